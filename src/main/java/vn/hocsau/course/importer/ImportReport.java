package vn.hocsau.course.importer;

import java.util.List;

/**
 * What an import did.
 *
 * @param created courses that were new
 * @param updated courses whose content changed
 * @param unchanged courses whose content was already stored as is
 * @param rejected folders of courses that were not imported at all, because they have errors
 * @param problems every error and warning, as {@code file:line: message}
 * @param unpublished slugs of courses whose folder is gone from the imported folder: they are
 *     hidden, and their learners' history is kept
 */
public record ImportReport(
    int created,
    int updated,
    int unchanged,
    List<String> rejected,
    List<String> problems,
    List<String> unpublished) {

  /** Copies the lists. */
  public ImportReport {
    rejected = List.copyOf(rejected);
    problems = List.copyOf(problems);
    unpublished = List.copyOf(unpublished);
  }
}
