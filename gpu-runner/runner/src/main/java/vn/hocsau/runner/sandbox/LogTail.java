package vn.hocsau.runner.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a job's stdout and stderr, within a byte budget, for the learner's log. */
final class LogTail {

  private final long maxChars;
  private final Deque<String> lines = new ArrayDeque<>();
  private long chars;

  LogTail(long maxChars) {
    this.maxChars = maxChars;
  }

  synchronized void add(String line) {
    lines.addLast(line);
    chars += line.length() + 1;
    while (chars > maxChars && lines.size() > 1) {
      chars -= lines.removeFirst().length() + 1;
    }
  }

  synchronized String text() {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
