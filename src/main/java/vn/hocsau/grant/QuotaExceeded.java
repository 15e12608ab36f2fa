package vn.hocsau.grant;

import vn.hocsau.system.RefusalException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * Why a training submission was refused: its estimate would take the learner past this week's
 * quota. Thrown as a {@code submission.ComputeRefusedException}, so the lab page and the labs API
 * show it like the lab's own refusals.
 *
 * @param neededSeconds the job's estimate, in GPU seconds
 * @param leftSeconds what was left this week, in GPU seconds
 * @param week the week, for its reset time
 * @param applyUrl where to apply for more hours
 * @param config the quota settings (time zone of the reset)
 */
record QuotaExceeded(
    double neededSeconds,
    double leftSeconds,
    ComputeWeek week,
    String applyUrl,
    GrantsConfig config)
    implements RefusalException.Reason<GrantMessages> {

  @Override
  public String name() {
    return "COMPUTE_QUOTA";
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public Class<GrantMessages> bundle() {
    return GrantMessages.class;
  }

  @Override
  public String message(GrantMessages m) {
    // RefusalException calls explain(language), which we override to format in that language.
    return explain(Language.VI);
  }

  @Override
  public String explain(Language language) {
    GrantMessages m = Bundles.in(language, GrantMessages.class);
    QuotaText text = new QuotaText(language, config);
    return m.err_quota_exceeded(
        text.hours(neededSeconds),
        text.hours(Math.max(0, leftSeconds)),
        text.moment(week.end()),
        applyUrl);
  }
}
