package vn.hocsau.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a runner slot can execute: a job on CPU only, or a job that gets one GPU. In configuration a
 * GPU slot is {@code gpu} (the k-th GPU slot gets GPU k) or {@code gpu:N} (GPU N, as {@code
 * /dev/nvidiaN}), so runners sharing a machine with several GPUs can split them.
 */
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

  /** The highest GPU number a slot may name. */
  public static final int MAX_GPU = 63;

  private static SlotKind parseOne(String entry, int position) {
    String lower = entry.toLowerCase(Locale.ROOT);
    if (lower.equals("cpu")) {
      return CPU;
    }
    if (lower.equals("gpu") || explicitGpu(lower, position) >= 0) {
      return GPU;
    }
    throw new IllegalArgumentException(
        "unknown slot kind '"
            + entry
            + "' at position "
            + position
            + " (expected cpu, gpu or gpu:N)");
  }

  /** N of a {@code gpu:N} entry; -1 for any other entry. */
  private static int explicitGpu(String lower, int position) {
    if (!lower.startsWith("gpu:")) {
      return -1;
    }
    String number = lower.substring(4).strip();
    if (!number.matches("[0-9]{1,2}") || Integer.parseInt(number) > MAX_GPU) {
      throw new IllegalArgumentException(
          "'"
              + lower
              + "' at position "
              + position
              + ": the GPU number must be from 0 to "
              + MAX_GPU
              + " (as in /dev/nvidia0)");
    }
    return Integer.parseInt(number);
  }

  /**
   * The GPU of each slot of a list {@link #parseList} accepted, in slot order: -1 for a CPU slot, N
   * for {@code gpu:N}, and for a plain {@code gpu} the number of GPU slots before it.
   *
   * @throws IllegalArgumentException when two slots would get the same GPU
   */
  public static List<Integer> gpus(String text) {
    String[] entries = text.split(",", -1);
    List<Integer> gpus = new ArrayList<>(entries.length);
    int gpuSlots = 0;
    for (int i = 0; i < entries.length; i++) {
      String lower = entries[i].strip().toLowerCase(Locale.ROOT);
      int gpu =
          lower.equals("cpu") ? -1 : lower.equals("gpu") ? gpuSlots : explicitGpu(lower, i + 1);
      if (gpu >= 0) {
        gpuSlots++;
        int other = gpus.indexOf(gpu);
        if (other >= 0) {
          throw new IllegalArgumentException(
              "slots "
                  + (other + 1)
                  + " and "
                  + (i + 1)
                  + " both get GPU "
                  + gpu
                  + "; a GPU holds one job at a time (write gpu:N to choose, e.g. gpu:0,gpu:1)");
        }
      }
      gpus.add(gpu);
    }
    return List.copyOf(gpus);
  }

  /** The lower-case name used in configuration. */
  public String configValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
