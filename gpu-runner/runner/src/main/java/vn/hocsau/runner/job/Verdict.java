package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the runner reports for one attempt.
 *
 * @param errorClass the class
 * @param message what the learner reads, or {@code null}
 * @param problem the trainer's coded problem ({@code code}, {@code args}, {@code line}, {@code
 *     column}, {@code place}) for the platform to word in the learner's language, or {@code null}
 */
public record Verdict(ErrorClass errorClass, String message, ObjectNode problem) {

  static Verdict of(ErrorClass errorClass, String message) {
    return new Verdict(errorClass, message, null);
  }
}
