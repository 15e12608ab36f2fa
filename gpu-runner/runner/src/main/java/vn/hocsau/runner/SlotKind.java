package vn.hocsau.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a runner slot can execute: a job on CPU only, or a job that gets one GPU. */
public enum SlotKind {
  CPU,
  GPU;

  /**
   * Parses a comma-separated slot list such as {@code "cpu,cpu,gpu"}; one entry per slot, so the
   * runner runs at most that many jobs at once.
   *
   * @throws IllegalArgumentException naming the first bad entry and its 1-based position
   */
  public static List<SlotKind> parseList(String text) {
    String[] entries = text.split(",", -1);
    List<SlotKind> slots = new ArrayList<>(entries.length);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      if (entry.isEmpty()) {
        throw new IllegalArgumentException(
            "empty slot at position " + (i + 1) + " in '" + text + "' (expected e.g. cpu,cpu,gpu)");
      }
      slots.add(parseOne(entry, i + 1));
    }
    return List.copyOf(slots);
  }

  private static SlotKind parseOne(String entry, int position) {
    return switch (entry.toLowerCase(Locale.ROOT)) {
      case "cpu" -> CPU;
      case "gpu" -> GPU;
      default ->
          throw new IllegalArgumentException(
              "unknown slot kind '"
                  + entry
                  + "' at position "
                  + position
                  + " (expected cpu or gpu)");
    };
  }

  /** The lower-case name used in configuration. */
  public String configValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
