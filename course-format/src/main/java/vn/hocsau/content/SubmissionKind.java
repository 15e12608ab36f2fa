package vn.hocsau.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a learner may submit to a lab: a predictions file, scored at once, or a model trained by a
 * job. Its {@link #key} is the one spelling outside Java: {@code lab.yaml}'s {@code submissions},
 * the lab form's {@code kind}, {@code lab.accepted_kinds}, {@code lab_submission.kind} (whose CHECK
 * lists the keys) and the job payload the trainer reads.
 */
public enum SubmissionKind {
  /** A predictions CSV for the test features. */
  PREDICTIONS("predictions"),
  /** A network configuration in the YAML DSL. */
  CONFIG("config"),
  /** Learner Java code that builds the network. */
  JAVA("java"),
  /** A DL4J network configuration as JSON. */
  DL4J_JSON("dl4j-json"),
  /** A saved DL4J model, uploaded as a zip. */
  DL4J_ZIP("dl4j-zip");

  private final String key;

  SubmissionKind(String key) {
    this.key = key;
  }

  /** The spelling outside Java. */
  public String key() {
    return key;
  }

  /** Whether the learner types or pastes it as text (the code editor), rather than a file. */
  public boolean text() {
    return this != PREDICTIONS && this != DL4J_ZIP;
  }

  /** The kind spelled {@code key}, if there is one. */
  public static Optional<SubmissionKind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /**
   * The kind spelled {@code key}, which our own code wrote (a stored row).
   *
   * @throws IllegalArgumentException naming the value and the known keys, when it is none
   */
  public static SubmissionKind of(String key) {
    return fromKey(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown submission kind '" + key + "'; known: " + keys()));
  }

  /** Every key, in declaration order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(SubmissionKind::key).toList();
  }
}
