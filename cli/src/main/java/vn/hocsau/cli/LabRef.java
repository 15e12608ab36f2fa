package vn.hocsau.cli;

import java.util.regex.Pattern;

/** A lab as named on the command line: {@code course/slug}. */
public record LabRef(String course, String slug) {

  private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** Parses {@code course/slug}; both parts are lower-case slugs, so they are safe in a URL. */
  public static LabRef parse(String text, Messages m) {
    String[] parts = text == null ? new String[0] : text.split("/", -1);
    if (parts.length != 2
        || !PART.matcher(parts[0]).matches()
        || !PART.matcher(parts[1]).matches()) {
      throw new CliException(ExitCodes.USAGE, m.get("error.lab-name", text), m.get("hint.labs"));
    }
    return new LabRef(parts[0], parts[1]);
  }

  @Override
  public String toString() {
    return course + "/" + slug;
  }
}
