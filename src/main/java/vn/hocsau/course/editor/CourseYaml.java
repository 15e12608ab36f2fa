package vn.hocsau.course.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;

/**
 * Writes {@code course.yaml} and {@code module.yaml} from stored fields. Every text is a YAML
 * double-quoted scalar (JSON string syntax is valid YAML), so no title can break the file.
 */
public final class CourseYaml {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CourseYaml() {}

  static String course(Course c, List<String> tags, List<String> prerequisites) {
    StringBuilder y = new StringBuilder();
    y.append("slug: ").append(c.slug).append('\n');
    localized(y, "title", c.titleVi, c.titleEn);
    localized(y, "summary", c.summaryVi, c.summaryEn);
    y.append("level: ").append(c.level).append('\n');
    y.append("tags: ").append(list(tags)).append('\n');
    y.append("prerequisites: ").append(list(prerequisites)).append('\n');
    if (c.completionMinQuizScore != null) {
      y.append("completion: {rule: ")
          .append(c.completionRule)
          .append(", min_quiz_score: ")
          .append(c.completionMinQuizScore)
          .append("}\n");
    } else {
      y.append("completion: ").append(c.completionRule).append('\n');
    }
    return y.toString();
  }

  static String module(CourseModule m) {
    StringBuilder y = new StringBuilder();
    localized(y, "title", m.titleVi, m.titleEn);
    return y.toString();
  }

  /** A double-quoted YAML scalar for {@code text}. */
  public static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void localized(StringBuilder y, String key, String vi, String en) {
    y.append(key).append(":\n");
    if (vi != null) {
      y.append("  vi: ").append(quote(vi)).append('\n');
    }
    if (en != null) {
      y.append("  en: ").append(quote(en)).append('\n');
    }
  }

  private static String list(List<String> items) {
    return "[" + String.join(", ", items.stream().map(CourseYaml::quote).toList()) + "]";
  }
}
