package vn.hocsau.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A learner's application for GPU hours, and, once approved, the grant itself: {@link
 * #hoursGranted} GPU hours per week from {@link #validFrom} to {@link #validUntil}.
 */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  /** The course the hours are for, or null for any course. */
  @Column(name = "course_id")
  public Long courseId;

  @Column(nullable = false, columnDefinition = "text")
  public String letter;

  @Column(name = "hours_requested", nullable = false)
  public int hoursRequested;

  @Column(name = "weeks_requested", nullable = false)
  public int weeksRequested;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  public ApplicationStatus status;

  @Column(name = "hours_granted")
  public Integer hoursGranted;

  @Column(name = "valid_from")
  public Instant validFrom;

  @Column(name = "valid_until")
  public Instant validUntil;

  /** The reviewer's reason (rejected), question (needs info) or note (approved). */
  @Column(name = "decision_note", columnDefinition = "text")
  public String decisionNote;

  @Column(name = "decided_by")
  public Long decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** When the learner last sent it: the queue's age counts from here. */
  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  @Version public int version;
}
