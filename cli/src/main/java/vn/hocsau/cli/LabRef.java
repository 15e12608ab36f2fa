package vn.hocsau.cli;

import java.util.regex.Pattern;

/** A lab as named on the command line: {@code course/slug}. */
public record LabRef(String course, String slug) {

  private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** Parses {@code course/slug}; both parts are lower-case slugs, so they are safe in a URL. */
  public static LabRef parse(String text) {
    String[] parts = text == null ? new String[0] : text.split("/", -1);
    if (parts.length != 2
        || !PART.matcher(parts[0]).matches()
        || !PART.matcher(parts[1]).matches()) {
      throw new CliException(
          ExitCodes.USAGE,
          "A lab is named course/slug (lower-case letters, digits and '-'), e.g. ml101/mnist; got: "
              + text);
    }
    return new LabRef(parts[0], parts[1]);
  }

  /** The API path of this lab, {@code /api/v1/labs/course/slug}. */
  public String path() {
    return "/api/v1/labs/" + course + "/" + slug;
  }

  @Override
  public String toString() {
    return course + "/" + slug;
  }
}
