package vn.hocsau.course;

import vn.hocsau.system.i18n.Language;

/** Picks the stored text for a language, falling back to the other one when it is not written. */
public final class Localize {

  private Localize() {}

  /** The text in {@code language}, else the other one, else empty. */
  public static String pick(Language language, String vi, String en) {
    String first = language == Language.EN ? en : vi;
    String second = language == Language.EN ? vi : en;
    return first != null ? first : second != null ? second : "";
  }
}
