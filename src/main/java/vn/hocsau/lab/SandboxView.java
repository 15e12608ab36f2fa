package vn.hocsau.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host folders every training sandbox can read ({@code hocsau.labs.sandbox-visible-paths}, in
 * step with the runner's {@code SystemView}). A dataset's hidden files (its test labels) must lie
 * outside all of them, else learner code could read the labels and score 1.0; such a dataset is
 * refused at import.
 */
record SandboxView(List<Path> visible) {

  SandboxView {
    visible = visible.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  static SandboxView of(List<String> paths) {
    return new SandboxView(paths.stream().map(String::strip).map(Path::of).toList());
  }

  /**
   * Why a hidden file would be readable in a sandbox, or empty when it would not: it (or the file
   * its links lead to) lies under a visible folder, or it has other hard links that may.
   */
  Optional<String> exposure(Path hiddenFile) {
    List<Path> places = new ArrayList<>(List.of(hiddenFile.toAbsolutePath().normalize()));
    try {
      places.add(hiddenFile.toRealPath());
      Object links = Files.getAttribute(hiddenFile, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
      if (links instanceof Integer n && n > 1 && !Files.isSymbolicLink(hiddenFile)) {
        return Optional.of(
            hiddenFile
                + " has "
                + n
                + " hard links, and another name for it may be inside a training sandbox");
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Unreadable or no unix view: judged by its path alone.
    }
    for (Path place : places) {
      for (Path folder : visible) {
        if (place.startsWith(folder)) {
          return Optional.of(
              place + " lies under " + folder + ", which every training sandbox can read");
        }
      }
    }
    return Optional.empty();
  }
}
