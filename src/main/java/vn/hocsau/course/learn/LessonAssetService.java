package vn.hocsau.course.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.hocsau.course.CourseAssetRepository;
import vn.hocsau.course.CourseRepository;

/**
 * Finds the images that lessons reference. Only files the importer stored can be served; a path is
 * matched exactly, never resolved on disk, so no path can reach any other file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonAssetService {

  @Inject CourseRepository courses;
  @Inject CourseAssetRepository assets;

  /** The image {@code path} of module {@code moduleSlug} of a published course. */
  public Optional<LessonAsset> find(String courseSlug, String moduleSlug, String path) {
    if (path.contains("..") || path.contains("\\") || path.startsWith("/")) {
      return Optional.empty();
    }
    return courses
        .findPublished(courseSlug)
        .flatMap(c -> assets.find(c.id, moduleSlug, path))
        .map(a -> new LessonAsset(a.data, a.contentType, a.contentHash));
  }
}
