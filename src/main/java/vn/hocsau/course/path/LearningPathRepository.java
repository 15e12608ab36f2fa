package vn.hocsau.course.path;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import vn.hocsau.content.LearningPathSource;

/** Reads and stores the one {@link LearningPath}. */
@ApplicationScoped
public class LearningPathRepository implements PanacheRepository<LearningPath> {

  /** The imported path, if any. */
  public Optional<LearningPathSource> current() {
    return find("id", LearningPath.ID)
        .firstResultOptional()
        .map(p -> LearningPathJson.read(p.sourceJson));
  }

  /** Stores {@code source} unless the same content is already stored; true when it wrote. */
  @Transactional
  public boolean store(LearningPathSource source, Instant now) {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('learning-path'))")
        .getSingleResult();
    LearningPath path = find("id", LearningPath.ID).firstResultOptional().orElse(null);
    if (path != null && path.contentHash.equals(source.contentHash())) {
      return false;
    }
    if (path == null) {
      path = new LearningPath();
    }
    path.sourceJson = LearningPathJson.write(source);
    path.contentHash = source.contentHash();
    path.importedAt = now;
    persist(path);
    return true;
  }
}
