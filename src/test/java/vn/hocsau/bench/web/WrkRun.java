package vn.hocsau.bench.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code wrk --latency} run and what its report says. */
final class WrkRun {

  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  /** What one run measured; {@code rssMaxMb} is filled in by the caller's sampler. */
  record Result(
      WebBench.Target target,
      double requestsPerSecond,
      double p50Ms,
      double p99Ms,
      long requests,
      long errors,
      double rssMaxMb) {
    Result withRss(double mb) {
      return new Result(target, requestsPerSecond, p50Ms, p99Ms, requests, errors, mb);
    }
  }

  private WrkRun() {}

  static Result run(
      String url, String cookie, int connections, String duration, WebBench.Target target)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("wrk", "--latency", "-t", "2"));
    command.addAll(List.of("-c", Integer.toString(connections), "-d", duration));
    command.addAll(List.of("-H", "Accept-Language: vi"));
    if (cookie != null) {
      command.addAll(List.of("-H", "Cookie: " + cookie));
    }
    command.add(url);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    return parse(out, target);
  }

  static Result parse(String out, WebBench.Target target) {
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher m = PERCENTILE.matcher(out);
    while (m.find()) {
      double ms = millis(Double.parseDouble(m.group(2)), m.group(3));
      if (m.group(1).equals("50")) {
        p50 = ms;
      } else {
        p99 = ms;
      }
    }
    long errors = 0;
    Matcher s = SOCKET.matcher(out);
    if (s.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(s.group(g));
      }
    }
    Matcher n = NON_2XX.matcher(out);
    if (n.find()) {
      errors += Long.parseLong(n.group(1));
    }
    return new Result(
        target, number(RATE, out), p50, p99, (long) number(TOTAL, out), errors, Double.NaN);
  }

  private static double number(Pattern p, String out) {
    Matcher m = p.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("Unreadable wrk report:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double millis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
