package vn.hocsau.course.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.system.i18n.Language;

/** Finds published courses for the catalog. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

  @Inject CourseRepository courses;

  /** The courses matching {@code filter}, titled in {@code language} where written. */
  public CatalogPage search(CatalogFilter filter, Language language) {
    List<Course> found = courses.search(filter.q(), filter.level(), filter.tag(), filter.lang());
    // One query for every card's tags, not one per card.
    Map<Long, List<String>> tags = courses.tagsOf(found.stream().map(c -> c.id).toList());
    var cards =
        found.stream().map(c -> card(c, tags.getOrDefault(c.id, List.of()), language)).toList();
    var filters =
        courses.publishedTags().stream()
            .map(t -> new CatalogPage.Tag(t, TagNames.of(t, language)))
            .toList();
    return new CatalogPage(filter, cards, filters);
  }

  private static CourseCard card(Course c, List<String> tags, Language language) {
    return new CourseCard(
        c.slug,
        BilingualText.of(c.titleVi, c.titleEn).in(language),
        BilingualText.of(c.summaryVi, c.summaryEn).in(language),
        c.level,
        c.minutes,
        tags.stream().map(t -> TagNames.of(t, language)).toList());
  }
}
