package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes a folder tree without following symlinks: a link planted in it is removed as a link, and
 * whatever it points to is left alone (Judge0 CVE-2024-28189 deleted the target).
 */
public final class SafeDelete {

  private SafeDelete() {}

  /** Deletes {@code root} and everything below it; symlinks are deleted, never followed. */
  public static void tree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // walkFileTree does not follow links unless FOLLOW_LINKS is passed; a link to a directory is
    // visited as a file, so visitFile deletes the link itself.
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            deleteQuietlyIfGone(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            deleteQuietlyIfGone(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteQuietlyIfGone(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (NoSuchFileException e) {
      // Already gone: nothing to do.
    }
  }
}
