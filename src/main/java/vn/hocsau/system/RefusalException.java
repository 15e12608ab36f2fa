package vn.hocsau.system;

import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * A {@link DomainException} whose reason is one value of a feature's enum: the enum knows its HTTP
 * status, its message bundle and its explanation there, so a feature's exception is only its enum,
 * a constructor and a typed accessor.
 */
public abstract class RefusalException extends DomainException {

  /**
   * One reason for a refusal.
   *
   * @param <B> the feature's message bundle
   */
  public interface Reason<B> {

    /** The reason's name, for logs. */
    String name();

    /** The HTTP status of the refusal. */
    int status();

    /** The feature's message bundle. */
    Class<B> bundle();

    /** The explanation, from the feature's bundle in the caller's language. */
    String message(B bundle);

    /** The explanation in {@code language}. */
    default String explain(Language language) {
      return message(Bundles.in(language, bundle()));
    }
  }

  private final Reason<?> reason;

  /** A refusal for {@code reason}. */
  protected RefusalException(Reason<?> reason) {
    super(reason.name());
    this.reason = reason;
  }

  /** Why the request was refused; subclasses return it typed. */
  protected Reason<?> reason() {
    return reason;
  }

  @Override
  public int status() {
    return reason.status();
  }

  @Override
  public String message(Language language) {
    return reason.explain(language);
  }
}
