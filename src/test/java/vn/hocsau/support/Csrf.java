package vn.hocsau.support;

import io.restassured.specification.RequestSpecification;

/**
 * A valid double-submit pair for form posts in tests. Any well-formed value works, because the
 * defence is that another site can neither read nor set the visitor's cookie.
 */
public final class Csrf {

  /** A well-formed token. */
  public static final String TOKEN = "t".repeat(43);

  private Csrf() {}

  /**
   * Adds the CSRF cookie and form field to {@code request}, and encodes the form in UTF-8 as
   * browsers do (RestAssured would use ISO-8859-1 and turn Vietnamese letters into '?').
   */
  public static RequestSpecification with(RequestSpecification request) {
    return request
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .cookie("hs_csrf", TOKEN)
        .formParam("_csrf", TOKEN);
  }
}
