package vn.hocsau.system.security;

/** A form was posted without the CSRF token that matches the visitor's cookie. */
public class CsrfException extends RuntimeException {

  /** Creates the exception; the message shown to users comes from the message bundle. */
  public CsrfException() {
    super("missing or wrong CSRF token", null, false, false);
  }
}
