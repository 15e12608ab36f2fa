package vn.hocsau.grant;

import java.time.Instant;
import java.util.List;

/**
 * A grant application as its learner and its reviewers see it.
 *
 * @param courseSlug the course, or null for any course
 * @param courseTitle the course's title in the reader's language, or null
 * @param hoursGranted GPU hours per week granted, or null unless approved
 * @param validFrom the first day of the grant, written in the reader's language, or null
 * @param validUntil the day the grant ends, or null
 * @param decisionNote the reviewer's reason, question or note, or null
 * @param submittedOn the day it was last sent, in the reader's language
 * @param history what happened to it, oldest first
 */
public record ApplicationView(
    long id,
    String courseSlug,
    String courseTitle,
    String letter,
    int hoursRequested,
    int weeksRequested,
    ApplicationStatus status,
    Integer hoursGranted,
    String validFrom,
    String validUntil,
    String decisionNote,
    Instant submittedAt,
    String submittedOn,
    List<HistoryEntry> history) {

  /** Whether it waits for a reviewer. */
  public boolean waiting() {
    return status == ApplicationStatus.PENDING;
  }

  /** Whether the learner may edit it and send it again. */
  public boolean editable() {
    return status == ApplicationStatus.NEEDS_INFO;
  }

  /**
   * One step in an application's history.
   *
   * @param action {@code submitted}, {@code resubmitted}, {@code approved}, {@code rejected} or
   *     {@code asked-info}
   * @param actor who did it, by display name
   * @param hours the hours granted, or null
   * @param detail the reason, question or note, or empty
   * @param at when, in the reader's language
   */
  public record HistoryEntry(
      String action, String actor, Integer hours, String detail, String at) {}
}
