package vn.hocsau.quiz.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One graded submission of a quiz by a learner. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "quiz_id", nullable = false)
  public Long quizId;

  @Column(name = "attempt_number", nullable = false)
  public int attemptNumber;

  @Column(name = "submission_key", nullable = false, length = 64)
  public String submissionKey;

  @Column(name = "answers_json", nullable = false)
  public String answersJson;

  @Column(name = "scores_json", nullable = false)
  public String scoresJson;

  @Column(nullable = false)
  public double score;

  @Column(nullable = false)
  public double percent;

  @Column(nullable = false)
  public boolean passed;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
