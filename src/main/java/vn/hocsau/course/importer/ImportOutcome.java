package vn.hocsau.course.importer;

/** What importing one course did to the database. */
public enum ImportOutcome {
  CREATED,
  UPDATED,
  UNCHANGED
}
