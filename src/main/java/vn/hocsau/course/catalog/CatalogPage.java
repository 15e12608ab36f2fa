package vn.hocsau.course.catalog;

import java.util.List;

/** Everything the catalog page shows. */
public record CatalogPage(CatalogFilter filter, List<CourseCard> courses, List<String> tags) {}
