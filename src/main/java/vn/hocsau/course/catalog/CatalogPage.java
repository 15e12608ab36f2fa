package vn.hocsau.course.catalog;

import java.util.List;

/**
 * Everything the catalog page shows.
 *
 * @param tags every tag of a published course, for the filter
 */
public record CatalogPage(CatalogFilter filter, List<CourseCard> courses, List<Tag> tags) {

  /**
   * A course tag: its slug, as {@code course.yaml} writes it and the filter sends it, and its name
   * in the page language.
   */
  public record Tag(String slug, String name) {}
}
