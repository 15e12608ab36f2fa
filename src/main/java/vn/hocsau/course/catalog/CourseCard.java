package vn.hocsau.course.catalog;

import java.util.List;

/**
 * A course as the catalog lists it, in the visitor's language where written.
 *
 * @param tags the names of its tags in the page language
 */
public record CourseCard(
    String slug, String title, String summary, String level, int minutes, List<String> tags) {}
