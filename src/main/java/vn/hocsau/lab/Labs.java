package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Labs as other features read them. {@code lab} owns the {@code lab} and {@code lab_download}
 * tables and is the only feature that writes them (through the course import); this service offers
 * finders only, and callers treat what it returns as read-only.
 */
@ApplicationScoped
public class Labs {

  @Inject LabRepository labs;
  @Inject LabDownloadRepository downloads;

  /** The published lab {@code slug} of the course {@code courseSlug}. */
  public Optional<Lab> findPublished(String courseSlug, String slug) {
    return labs.findPublished(courseSlug, slug);
  }

  /** The lab with this id, published or not, or null. */
  public Lab findById(Long id) {
    return labs.findById(id);
  }

  /** Every lab of the course, published or not. */
  public List<Lab> ofCourse(Long courseId) {
    return labs.ofCourse(courseId);
  }

  /** How many published labs of the course have a pass mark. */
  public long gradedCount(Long courseId) {
    return labs.gradedCount(courseId);
  }

  /** Every published lab, with its course's slug. */
  public List<PublishedLab> published() {
    return labs.published();
  }

  /** The slug of the lab's course. */
  public Optional<String> courseSlug(Lab lab) {
    return labs.courseSlug(lab);
  }

  /** The names of the lab's downloads: starter files by name, then the sample submission. */
  public List<String> downloadNames(Long labId) {
    return downloads.names(labId);
  }

  /** One download of the lab, by its exact name. */
  public Optional<StoredDownload> download(Long labId, String name) {
    return downloads.find(labId, name);
  }

  /** The names of the lab's starter files (not the sample submission), in order. */
  public List<String> starterNames(Long labId) {
    return downloads.starterNames(labId);
  }
}
