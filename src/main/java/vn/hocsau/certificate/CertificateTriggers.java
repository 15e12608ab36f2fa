package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.hocsau.course.progress.LessonDone;
import vn.hocsau.quiz.QuizAttemptRecorded;
import vn.hocsau.submission.LabPassRecorded;
import vn.hocsau.submission.LabRescored;

/**
 * Issues certificates the moment a learner's progress may have completed a course: a lesson marked
 * done, a quiz attempt graded, a lab pass recorded. Each runs after the triggering transaction has
 * committed, in a new transaction of its own (the triggering one is over by then), so a failure
 * here never undoes the learner's progress; the certificates page checks again anyway.
 */
@ApplicationScoped
public class CertificateTriggers {

  private static final Logger LOG = Logger.getLogger(CertificateTriggers.class);

  @Inject CertificateIssuer issuer;
  @Inject CertificateRevocations revocations;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onLessonDone(@Observes(during = TransactionPhase.AFTER_SUCCESS) LessonDone event) {
    check(event.userId(), event.courseId());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onQuiz(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizAttemptRecorded event) {
    check(event.userId(), event.courseId());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onLabPass(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabPassRecorded event) {
    check(event.userId(), event.courseId());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onRescore(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabRescored event) {
    if (event.passedBefore() && !event.passes()) {
      revocations.noteEvidenceRescored(event);
    }
  }

  private void check(long userId, long courseId) {
    try {
      issuer.issueIfComplete(userId, courseId);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Could not check the certificate of user %d in course %d", userId, courseId);
    }
  }
}
