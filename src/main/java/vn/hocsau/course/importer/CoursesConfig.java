package vn.hocsau.course.importer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where course files live and when they are imported ({@code hocsau.courses.*}). */
@ConfigMapping(prefix = "hocsau.courses")
public interface CoursesConfig {

  /** The folder holding one subfolder per course; relative paths start at the working dir. */
  @WithDefault("courses")
  String dir();

  /** Whether to import {@link #dir()} when the application starts (on in dev). */
  @WithDefault("false")
  boolean importOnStart();

  /**
   * Import {@link #dir()} at start-up, then stop the application: exit status 0 when every course
   * was imported, 1 when any was rejected ({@code bin/import-courses} sets it).
   */
  @WithDefault("false")
  boolean exitAfterImport();
}
