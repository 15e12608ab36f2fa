package vn.hocsau.system.token;

import vn.hocsau.system.i18n.Language;

/** Why a token could not be created or revoked; each feature lists its own problems. */
public interface TokenProblem {

  /** The name of the problem, for logs. */
  String name();

  /** Whether the token asked for does not exist (for this caller). */
  boolean notFound();

  /** The explanation in {@code language}, from the feature's own message bundle. */
  String message(Language language);
}
