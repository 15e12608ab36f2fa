package vn.hocsau.content;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks prerequisites across courses: each names an existing course, and no course depends on
 * itself through a chain, which would leave its learners nowhere to start.
 */
final class Prerequisites {

  /** The prerequisites one {@code course.yaml} names. */
  record Links(Path file, List<CourseHeader.Prerequisite> prerequisites) {

    List<String> slugs() {
      return prerequisites.stream().map(CourseHeader.Prerequisite::slug).toList();
    }
  }

  private Prerequisites() {}

  /**
   * @param courses every course folder by name, including courses with errors: a course that fails
   *     validation still exists, and naming it is not an error of the course that does
   */
  static void check(Map<String, Links> courses, Problems problems) {
    for (Links links : courses.values()) {
      for (CourseHeader.Prerequisite prerequisite : links.prerequisites()) {
        if (!courses.containsKey(prerequisite.slug())) {
          problems.error(
              links.file(),
              prerequisite.line(),
              "unknown prerequisite '" + prerequisite.slug() + "'");
        }
      }
    }
    for (Map.Entry<String, Links> course : courses.entrySet()) {
      Links links = course.getValue();
      shortestCycle(course.getKey(), courses)
          .ifPresent(
              cycle ->
                  problems.error(
                      links.file(),
                      lineOf(links, cycle.get(1)),
                      "prerequisite cycle: " + String.join(" -> ", cycle)));
    }
  }

  /** The shortest chain {@code start -> ... -> start}, found breadth first, if there is one. */
  private static Optional<List<String>> shortestCycle(String start, Map<String, Links> courses) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      String course = queue.poll();
      Links links = courses.get(course);
      for (String prerequisite : links == null ? List.<String>of() : links.slugs()) {
        if (prerequisite.equals(start)) {
          return Optional.of(path(start, course, cameFrom));
        }
        if (!cameFrom.containsKey(prerequisite)) {
          cameFrom.put(prerequisite, course);
          queue.add(prerequisite);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> path(String start, String last, Map<String, String> cameFrom) {
    List<String> path = new ArrayList<>();
    path.add(start);
    for (String at = last; !at.equals(start); at = cameFrom.get(at)) {
      path.add(at);
    }
    path.add(start);
    Collections.reverse(path.subList(1, path.size() - 1));
    return path;
  }

  private static int lineOf(Links links, String prerequisite) {
    return links.prerequisites().stream()
        .filter(p -> p.slug().equals(prerequisite))
        .mapToInt(CourseHeader.Prerequisite::line)
        .findFirst()
        .orElse(1);
  }
}
