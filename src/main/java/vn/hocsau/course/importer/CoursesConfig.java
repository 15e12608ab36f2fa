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
}
