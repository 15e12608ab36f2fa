package vn.hocsau.course.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * {@code hocsau course push}: instructors import a course folder, sent as a zip, through the API. A
 * dry run (the default) answers what would be added, changed and removed, and what learners keep;
 * {@code dryRun=false} imports it when its files have no error.
 */
@Path("/api/v1/courses/{slug}/import")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@Tag(name = "courses")
public class CoursePushApi {

  @Inject CoursePush push;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check or import a course folder",
      description =
          "The body is a zip of one course folder (course.yaml at its top or in its one folder),"
              + " at most 10 MiB, 200 MiB and 5000 files unpacked. With dryRun=true (the default)"
              + " nothing is written: the answer lists the problems (file:line:column: message)"
              + " and the lessons, quizzes and labs that would be added, changed or removed. With"
              + " dryRun=false the course is imported when it has no error; removed parts are"
              + " hidden or unpublished, never deleted, so learners keep their history.")
  @APIResponse(responseCode = "200", description = "The plan, applied or not")
  @APIResponse(responseCode = "400", description = "Not a zip, or an unsafe file name")
  @APIResponse(responseCode = "403", description = "Not an instructor of this course")
  @APIResponse(responseCode = "413", description = "Too large once unpacked")
  @APIResponse(responseCode = "422", description = "No course.yaml in the zip")
  public ImportPlan push(
      @RestPath String slug,
      @Parameter(description = "Only compare (true, the default) or also import (false)")
          @RestQuery
          @DefaultValue("true")
          boolean dryRun,
      byte[] zip) {
    if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 100) {
      throw new NotFoundException();
    }
    return push.push(
        slug,
        zip == null ? new byte[0] : zip,
        !dryRun,
        user.requireId(),
        user.isAdmin(),
        language.get());
  }
}
