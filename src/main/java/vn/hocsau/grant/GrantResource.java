package vn.hocsau.grant;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The learner's GPU hours: this week's quota, their applications, applying, and editing an
 * application a reviewer asked more about.
 */
@Path("/grants")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class GrantResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        QuotaView quota, QuotaPage quotaText, List<ApplicationView> applications, int decisionDays);

    static native TemplateInstance form(ApplicationForm form);

    static native TemplateInstance detail(ApplicationView application, int decisionDays);
  }

  /** The general quota in words. */
  public record QuotaPage(String left, String resets, String parts, String rule) {}

  @Inject GrantApplications applications;
  @Inject ComputeMeter meter;
  @Inject GrantsConfig config;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;
  @Inject java.time.Clock clock;

  @GET
  public TemplateInstance list() {
    long id = user.requireId();
    QuotaView quota = meter.quota(id, null, clock.instant());
    QuotaText text = new QuotaText(language.get(), config);
    GrantMessages m = Bundles.in(language.get(), GrantMessages.class);
    QuotaPage words =
        new QuotaPage(
            m.quota_left(text.hours(quota.leftSeconds()), text.hours(quota.limitSeconds())),
            m.quota_resets(text.moment(quota.resetsAt())),
            m.quota_parts(
                text.hours(quota.baseSeconds()),
                text.hours(quota.grantedSeconds()),
                text.hours(quota.starterSeconds())),
            m.quota_rule(String.valueOf(config.cpuRate())));
    return Templates.list(
        quota, words, applications.mine(id, language.get()), config.decisionDays());
  }

  @GET
  @Path("new")
  public TemplateInstance blank(@RestQuery String course) {
    String chosen = applications.courseExists(course) ? course : "";
    return Templates.form(form(null, chosen, "", "", "1", null));
  }

  @POST
  public Response apply(
      @RestForm String course,
      @RestForm String letter,
      @RestForm String hours,
      @RestForm String weeks) {
    try {
      ApplicationView a =
          applications.apply(
              user.requireId(),
              new GrantApplications.Form(course, letter, hours, weeks),
              language.get());
      return Response.seeOther(URI.create("/grants/" + a.id())).build();
    } catch (GrantException e) {
      return refused(e, form(null, course, letter, hours, weeks, e.message(language.get())));
    }
  }

  @GET
  @Path("{id}")
  public TemplateInstance show(@RestPath long id) {
    return Templates.detail(mine(id), config.decisionDays());
  }

  @GET
  @Path("{id}/edit")
  public Response edit(@RestPath long id) {
    ApplicationView a = mine(id);
    if (!a.editable()) {
      return Response.seeOther(URI.create("/grants/" + id)).build();
    }
    return Response.ok(
            Templates.form(
                form(
                    id,
                    a.courseSlug(),
                    a.letter(),
                    String.valueOf(a.hoursRequested()),
                    String.valueOf(a.weeksRequested()),
                    null)))
        .build();
  }

  @POST
  @Path("{id}")
  public Response resubmit(
      @RestPath long id, @RestForm String letter, @RestForm String hours, @RestForm String weeks) {
    ApplicationView a = mine(id);
    try {
      applications.resubmit(
          user.requireId(),
          id,
          new GrantApplications.Form(a.courseSlug(), letter, hours, weeks),
          language.get());
      return Response.seeOther(URI.create("/grants/" + id)).build();
    } catch (GrantException e) {
      return refused(e, form(id, a.courseSlug(), letter, hours, weeks, e.message(language.get())));
    }
  }

  /** The caller's application; anyone else's is not found. */
  private ApplicationView mine(long id) {
    try {
      return applications.one(user.requireId(), id, language.get());
    } catch (GrantException e) {
      throw new NotFoundException();
    }
  }

  private Response refused(GrantException e, ApplicationForm form) {
    if (e.problem() == GrantException.Problem.NOT_FOUND) {
      throw new NotFoundException();
    }
    return Response.status(e.status()).entity(Templates.form(form)).build();
  }

  private ApplicationForm form(
      Long id, String course, String letter, String hours, String weeks, String error) {
    List<ApplicationForm.CourseOption> options = applications.courseOptions(language.get());
    return new ApplicationForm(
        id,
        course == null ? "" : course,
        letter == null ? "" : letter,
        hours == null ? "" : hours,
        weeks == null ? "" : weeks,
        options,
        config.letterMinChars(),
        config.letterMaxChars(),
        config.maxHoursPerWeek(),
        config.maxWeeks(),
        config.decisionDays(),
        error);
  }
}
