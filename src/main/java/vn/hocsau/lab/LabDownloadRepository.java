package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.content.LabDownloads;

/**
 * The downloads of each lab ({@code lab_download}): starter files and the sample submission, their
 * bytes in the blob store, so that any replica serves what the last import stored.
 */
@ApplicationScoped
public class LabDownloadRepository {

  @Inject EntityManager em;
  @Inject DatasetRepository blobs;

  /** Replaces the downloads of a lab with {@code downloads}. */
  void replace(Long labId, List<LabDownloads.Download> downloads, Instant now) {
    em.createNativeQuery("DELETE FROM lab_download WHERE lab_id = :l")
        .setParameter("l", labId)
        .executeUpdate();
    for (LabDownloads.Download d : downloads) {
      em.createNativeQuery(
              "INSERT INTO lab_download (lab_id, name, role, sha256, size)"
                  + " VALUES (:l, :n, :r, :h, :s)")
          .setParameter("l", labId)
          .setParameter("n", d.name())
          .setParameter("r", d.role())
          .setParameter("h", blobs.putBlob(d.bytes(), now))
          .setParameter("s", (long) d.bytes().length)
          .executeUpdate();
    }
  }

  /** The names of a lab's downloads: starter files by name, then the sample submission. */
  public List<String> names(Long labId) {
    return em.createNativeQuery(
            "SELECT name FROM lab_download WHERE lab_id = :l ORDER BY role DESC, name",
            String.class)
        .setParameter("l", labId)
        .getResultList();
  }

  /** The names of a lab's starter files (not the sample submission), in order. */
  public List<String> starterNames(Long labId) {
    return em.createNativeQuery(
            "SELECT name FROM lab_download WHERE lab_id = :l AND role = 'starter' ORDER BY name",
            String.class)
        .setParameter("l", labId)
        .getResultList();
  }

  /** One download of a lab, by its exact stored name; anything but a plain name finds nothing. */
  public Optional<StoredDownload> find(Long labId, String name) {
    if (name == null || !LabDownloads.NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT d.name, b.bytes FROM lab_download d JOIN blob b ON b.sha256 = d.sha256"
                    + " WHERE d.lab_id = :l AND d.name = :n")
            .setParameter("l", labId)
            .setParameter("n", name)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new StoredDownload((String) r[0], (byte[]) r[1]))
        .findFirst();
  }
}
