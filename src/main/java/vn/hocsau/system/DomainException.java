package vn.hocsau.system;

import vn.hocsau.system.i18n.Language;

/**
 * A refusal that a feature throws from its service: the request cannot be done as asked, and
 * nothing was changed. It carries what every front door needs, so that {@code
 * system.web.ErrorMapper} maps all of them without knowing any feature: the HTTP status, the
 * problem type of the API's problem document, and the explanation in the caller's language.
 *
 * <p>A resource that shows the refusal on its own page catches it; one that does not lets it reach
 * the mapper, which renders the error page (pages) or a problem document ({@code /api}, the runner
 * API included). No stack trace is taken: a refusal is an answer, not a bug.
 */
public abstract class DomainException extends RuntimeException {

  /** A refusal described by {@code debugMessage}, for logs only; users see {@link #message}. */
  protected DomainException(String debugMessage) {
    super(debugMessage, null, false, false);
  }

  /** The HTTP status of the refusal. */
  public abstract int status();

  /**
   * The problem document's {@code type}: a stable URN where API clients switch on it, else {@code
   * about:blank} (the default), where the status says all there is.
   */
  public String problemType() {
    return "about:blank";
  }

  /** The explanation, in {@code language}. */
  public abstract String message(Language language);

  /**
   * The first offending line of an uploaded file, added to the problem document as {@code line}, or
   * null (the default) when the refusal is not about a file.
   */
  public Long line() {
    return null;
  }
}
