package vn.hocsau.course.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.dashboard.CourseDashboardService;
import vn.hocsau.course.dashboard.Dashboard;
import vn.hocsau.course.render.LessonPreview;
import vn.hocsau.quiz.QuizMessages;
import vn.hocsau.quiz.editor.GiftFile;
import vn.hocsau.quiz.editor.QuizEditService;
import vn.hocsau.quiz.editor.QuizFormService;
import vn.hocsau.quiz.editor.QuizGiftExport;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.i18n.Language;

/**
 * The instructor's pages: the list of courses, a course's dashboard, its lessons, the lesson editor
 * with preview, and the export of a course as a zip in the {@code courses/} format.
 */
@Path("/instructor/courses")
@RolesAllowed(Roles.INSTRUCTOR)
public class CourseEditorResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance courses(List<EditorPages.CourseRow> courses);

    static native TemplateInstance overview(EditorPages.Overview course);

    static native TemplateInstance lesson(EditorPages.LessonForm form);

    static native TemplateInstance dashboard(Dashboard dashboard);

    static native TemplateInstance quiz(EditorPages.QuizForm form);
  }

  @Inject CourseEditorService editor;
  @Inject CourseDashboardService dashboards;
  @Inject LessonEditService lessons;
  @Inject LessonPreview preview;
  @Inject QuizGiftExport giftExport;
  @Inject QuizEditService quizEdits;
  @Inject QuizFormService questionForms;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance courses() {
    return Templates.courses(editor.all(language.get()));
  }

  @GET
  @Path("{slug}")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance dashboard(@RestPath String slug) {
    return Templates.dashboard(
        dashboards.of(slug, language.get()).orElseThrow(NotFoundException::new));
  }

  @GET
  @Path("{slug}/edit")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance overview(@RestPath String slug) {
    return Templates.overview(
        editor.overview(slug, language.get()).orElseThrow(NotFoundException::new));
  }

  @GET
  @Path("{slug}/export")
  @Produces("application/zip")
  public Response export(@RestPath String slug) {
    byte[] zip = editor.zip(slug).orElseThrow(NotFoundException::new);
    return Response.ok(zip)
        .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"")
        .build();
  }

  @GET
  @Path("{slug}/modules/{module}/quiz.gift")
  @Produces("text/plain; charset=utf-8")
  public Response gift(@RestPath String slug, @RestPath String module, @RestQuery String lang) {
    Language in = Language.fromCode(lang).orElse(language.get());
    String gift = giftExport.gift(slug, module, in).orElseThrow(NotFoundException::new);
    return Response.ok(gift)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + slug + "-" + module + "." + in.code() + ".gift\"")
        .build();
  }

  @GET
  @Path("{slug}/modules/{module}/quiz/edit")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance quiz(
      @RestPath String slug, @RestPath String module, @RestQuery boolean saved) {
    String yaml = quizEdits.text(slug, module).orElseThrow(NotFoundException::new);
    return quizForm(slug, module, yaml, "", List.of(), List.of(), null, saved);
  }

  @POST
  @Path("{slug}/modules/{module}/quiz/edit")
  @Produces(MediaType.TEXT_HTML)
  public Object saveQuiz(
      @RestPath String slug,
      @RestPath String module,
      @RestForm String action,
      @RestForm String yaml,
      @RestForm String gift,
      @RestForm("gift_lang") String giftLang) {
    String current = quizEdits.text(slug, module).orElseThrow(NotFoundException::new);
    if ("gift".equals(action)) {
      return addGift(slug, module, current, gift, giftLang);
    }
    CheckedEdit.Saved saved =
        quizEdits.save(slug, module, yaml == null ? "" : yaml, user.requireId());
    if (!saved.problems().isEmpty()) {
      return quizForm(slug, module, yaml, "", saved.problems(), List.of(), null, false);
    }
    return quizSaved(slug, module);
  }

  /**
   * A GIFT file uploaded on the quiz editor: its questions are added as if the text had been
   * pasted, once the file is known to be small enough and UTF-8 text.
   */
  @POST
  @Path("{slug}/modules/{module}/quiz/gift-file")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  public Object uploadGift(
      @RestPath String slug,
      @RestPath String module,
      @RestForm FileUpload file,
      @RestForm("gift_lang") String giftLang) {
    String current = quizEdits.text(slug, module).orElseThrow(NotFoundException::new);
    GiftFile.Read read = GiftFile.read(file);
    if (read.problem() != null) {
      String problem = read.problem().message(language.messages(QuizMessages.class));
      return Response.status(read.problem().status())
          .entity(quizForm(slug, module, current, "", List.of(), List.of(), problem, false))
          .build();
    }
    return addGift(slug, module, current, read.text(), giftLang);
  }

  private Object addGift(String slug, String module, String current, String gift, String giftLang) {
    Language in = Language.fromCode(giftLang).orElse(language.get());
    QuizEditService.GiftImport result = quizEdits.addGift(slug, module, gift, in, user.requireId());
    if (!result.errors().isEmpty()) {
      return quizForm(slug, module, current, gift, List.of(), result.errors(), null, false);
    }
    if (!result.saved().problems().isEmpty()) {
      return quizForm(
          slug, module, current, gift, result.saved().problems(), List.of(), null, false);
    }
    return quizSaved(slug, module);
  }

  private static Response quizSaved(String slug, String module) {
    return Response.seeOther(
            URI.create(
                "/instructor/courses/" + slug + "/modules/" + module + "/quiz/edit?saved=true"))
        .build();
  }

  private TemplateInstance quizForm(
      String slug,
      String module,
      String yaml,
      String gift,
      List<String> problems,
      List<vn.hocsau.quiz.gift.GiftError> giftErrors,
      String uploadProblem,
      boolean saved) {
    boolean edited = editor.overview(slug, language.get()).map(o -> o.edited()).orElse(false);
    return Templates.quiz(
        new EditorPages.QuizForm(
            slug,
            module,
            yaml,
            gift == null ? "" : gift,
            language.get().code(),
            edited,
            problems,
            giftErrors,
            saved,
            questionForms.questions(slug, module).orElse(List.of()),
            uploadProblem,
            GiftFile.MAX_BYTES / 1024));
  }

  @GET
  @Path("{slug}/lessons/{lesson}/edit")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance lesson(
      @RestPath String slug, @RestPath String lesson, @RestQuery boolean saved) {
    LessonEdit edit = lessons.current(slug, lesson).orElseThrow(NotFoundException::new);
    return form(slug, lesson, edit, null, List.of(), saved);
  }

  @POST
  @Path("{slug}/lessons/{lesson}/edit")
  @Produces(MediaType.TEXT_HTML)
  public Object save(
      @RestPath String slug,
      @RestPath String lesson,
      @RestForm String action,
      @RestForm("title_vi") String titleVi,
      @RestForm("markdown_vi") String markdownVi,
      @RestForm("title_en") String titleEn,
      @RestForm("markdown_en") String markdownEn,
      @RestForm String minutes) {
    String module = lessons.moduleOf(slug, lesson).orElseThrow(NotFoundException::new);
    LessonEdit edit = new LessonEdit(titleVi, markdownVi, titleEn, markdownEn, minutes);
    if (!"save".equals(action)) {
      String markdown = edit.hasVi() ? edit.markdownVi() : edit.markdownEn();
      return form(slug, lesson, edit, preview.html(markdown, slug, module), List.of(), false);
    }
    CheckedEdit.Saved saved = lessons.save(slug, lesson, edit, user.requireId());
    if (!saved.problems().isEmpty()) {
      return form(slug, lesson, edit, null, saved.problems(), false);
    }
    URI back =
        URI.create("/instructor/courses/" + slug + "/lessons/" + lesson + "/edit?saved=true");
    return Response.seeOther(back).build();
  }

  private TemplateInstance form(
      String slug,
      String lesson,
      LessonEdit edit,
      String previewHtml,
      List<String> problems,
      boolean saved) {
    LessonVersion v = lessons.version(slug, lesson).orElseThrow(NotFoundException::new);
    String module = lessons.moduleOf(slug, lesson).orElseThrow(NotFoundException::new);
    boolean edited = editor.overview(slug, language.get()).map(o -> o.edited()).orElse(false);
    return Templates.lesson(
        new EditorPages.LessonForm(
            slug, lesson, module, v.version, edited, edit, previewHtml, problems, saved));
  }
}
