package vn.hocsau.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/** The admin page that lists users and changes their roles. */
@Path("/admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminUserResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance users(List<UserView> users, String notice, String error);
  }

  @Inject AdminUserService admin;
  @Inject CurrentLanguage language;

  @GET
  public TemplateInstance list() {
    return Templates.users(admin.list(), null, null);
  }

  @POST
  @Path("{id}/role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeRole(@RestPath Long id, @RestForm String role) {
    try {
      UserView changed = admin.changeRole(id, role);
      return Response.ok(
              Templates.users(
                  admin.list(),
                  language.messages(AccountMessages.class).admin_role_saved(changed.displayName()),
                  null))
          .build();
    } catch (AccountException e) {
      String message = e.message(language.get());
      Response.Status status =
          e.problems().containsValue(AccountProblem.USER_NOT_FOUND)
              ? Response.Status.NOT_FOUND
              : Response.Status.BAD_REQUEST;
      return Response.status(status).entity(Templates.users(admin.list(), null, message)).build();
    }
  }
}
