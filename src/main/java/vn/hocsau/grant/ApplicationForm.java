package vn.hocsau.grant;

import java.util.List;

/**
 * The application form as the page shows it: what the learner typed, the rules, and an error.
 *
 * @param id the application being edited, or null for a new one
 * @param courses the courses one may apply for (slug and title)
 * @param error the refusal of the last try, or null
 */
public record ApplicationForm(
    Long id,
    String course,
    String letter,
    String hours,
    String weeks,
    List<CourseOption> courses,
    int minChars,
    int maxChars,
    int maxHours,
    int maxWeeks,
    int decisionDays,
    String error) {

  /** A course in the form's list. */
  public record CourseOption(String slug, String title) {}

  /** Where the form is sent. */
  public String action() {
    return id == null ? "/grants" : "/grants/" + id;
  }
}
