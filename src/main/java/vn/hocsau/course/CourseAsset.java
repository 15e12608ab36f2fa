package vn.hocsau.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An image that a lesson references, stored in the database so every replica can serve it. */
@Entity
@Table(name = "course_asset")
public class CourseAsset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(name = "module_slug", nullable = false, length = 100)
  public String moduleSlug;

  /** The path as lessons write it, relative to the module folder. */
  @Column(nullable = false, length = 500)
  public String reference;

  @Column(name = "content_type", nullable = false, length = 100)
  public String contentType;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(nullable = false)
  public byte[] data;
}
