package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.hocsau.job.JobOrigin;
import vn.hocsau.job.JobOrigins;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.Labs;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * Tells the job page which lab a training job was submitted to: links back to the lab and its
 * leaderboard, and to the lab page with the submitted text in the editor ("edit and resubmit");
 * and, when the platform failed to score the job's result, says so and that it is not charged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LabJobOrigins implements JobOrigins {

  @Inject LabSubmissionRepository submissions;
  @Inject Labs labs;

  @Override
  public Optional<JobOrigin> of(long jobId, Language language) {
    return submissions.byJob(jobId).flatMap(s -> origin(s, language));
  }

  /** The platform's fault after the job ended (scoring failed even on the sweep's retry). */
  private static String fault(LabSubmission s, Language language) {
    if (s.status != SubmissionStatus.FAILED || s.problem == null) {
      return null;
    }
    SubmissionProblem problem = SubmissionProblem.parse(s.problem);
    return ProblemText.SCORING_FAILED.equals(problem.key())
        ? ProblemText.of(problem, Bundles.in(language, LabMessages.class))
        : null;
  }

  private Optional<JobOrigin> origin(LabSubmission s, Language language) {
    Lab lab = labs.findById(s.labId);
    return labs.courseSlug(lab)
        .map(
            course -> {
              String url = "/labs/" + course + "/" + lab.slug;
              return new JobOrigin(
                  LabService.title(lab, language),
                  url,
                  lab.hasLeaderboard ? url + "/leaderboard" : null,
                  s.kind.text() ? url + "?from=" + s.id + "#lab-code" : null,
                  fault(s, language));
            });
  }
}
