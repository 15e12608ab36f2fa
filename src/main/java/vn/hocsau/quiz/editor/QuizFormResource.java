package vn.hocsau.quiz.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.course.editor.CheckedEdit;
import vn.hocsau.course.editor.CourseEditorService;
import vn.hocsau.course.editor.EditorPages;
import vn.hocsau.quiz.QuizMessages;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The quiz editor's forms: one page per question with the fields of its type, a blank one to add a
 * question of a chosen type, and deleting a question. Saves go through {@link QuizFormService}.
 */
@Path("/instructor/courses/{slug}/modules/{module}/quiz")
@RolesAllowed(Roles.INSTRUCTOR)
public class QuizFormResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance question(EditorPages.QuestionPage page);
  }

  @Inject QuizFormService forms;
  @Inject CourseEditorService editor;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Path("new-question")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance blank(
      @RestPath String slug, @RestPath String module, @RestQuery String type) {
    forms.questions(slug, module).orElseThrow(NotFoundException::new);
    return page(slug, module, QuestionForm.blank(knownType(type)), List.of(), List.of());
  }

  @POST
  @Path("new-question")
  @Produces(MediaType.TEXT_HTML)
  public Object add(
      @RestPath String slug, @RestPath String module, @BeanParam QuestionFormParams params) {
    return save(slug, module, params.toForm(null, knownType(params.type)));
  }

  @GET
  @Path("questions/{id}")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance question(
      @RestPath String slug, @RestPath String module, @RestPath String id) {
    QuestionForm form = forms.question(slug, module, id).orElseThrow(NotFoundException::new);
    return page(slug, module, form.withBlankRows(), List.of(), List.of());
  }

  @POST
  @Path("questions/{id}")
  @Produces(MediaType.TEXT_HTML)
  public Object edit(
      @RestPath String slug,
      @RestPath String module,
      @RestPath String id,
      @BeanParam QuestionFormParams params) {
    // The type and id come from the stored question, never from the form.
    QuestionForm stored = forms.question(slug, module, id).orElseThrow(NotFoundException::new);
    return save(slug, module, params.toForm(id, stored.type()));
  }

  @POST
  @Path("questions/{id}/delete")
  @Produces(MediaType.TEXT_HTML)
  public Object delete(@RestPath String slug, @RestPath String module, @RestPath String id) {
    CheckedEdit.Saved saved =
        forms.delete(slug, module, id, user.requireId()).orElseThrow(NotFoundException::new);
    if (!saved.problems().isEmpty()) {
      QuestionForm form = forms.question(slug, module, id).orElseThrow(NotFoundException::new);
      return page(slug, module, form.withBlankRows(), List.of(), saved.problems());
    }
    return back(slug, module);
  }

  private Object save(String slug, String module, QuestionForm form) {
    QuizFormService.Outcome outcome =
        forms.save(slug, module, form, user.requireId()).orElseThrow(NotFoundException::new);
    if (outcome.ok()) {
      return back(slug, module);
    }
    List<String> problems =
        outcome.problems().stream()
            .map(p -> p.message(language.messages(QuizMessages.class)))
            .toList();
    List<String> saveProblems = outcome.saved() == null ? List.of() : outcome.saved().problems();
    return Response.status(422)
        .entity(page(slug, module, form.withBlankRows(), problems, saveProblems))
        .build();
  }

  private TemplateInstance page(
      String slug,
      String module,
      QuestionForm form,
      List<String> problems,
      List<String> saveProblems) {
    boolean edited = editor.overview(slug, language.get()).map(o -> o.edited()).orElse(false);
    return Templates.question(
        new EditorPages.QuestionPage(slug, module, edited, form, problems, saveProblems));
  }

  private static String knownType(String type) {
    if (type == null || !QuestionForm.TYPES.contains(type)) {
      throw new NotFoundException();
    }
    return type;
  }

  private static Response back(String slug, String module) {
    return Response.seeOther(
            URI.create(
                "/instructor/courses/" + slug + "/modules/" + module + "/quiz/edit?saved=true"))
        .build();
  }
}
