package vn.hocsau.course.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    var cards =
        courses.search(filter.q(), filter.level(), filter.tag(), filter.lang()).stream()
            .map(c -> card(c, language))
            .toList();
    var tags =
        courses.publishedTags().stream()
            .map(t -> new CatalogPage.Tag(t, TagNames.of(t, language)))
            .toList();
    return new CatalogPage(filter, cards, tags);
  }

  private CourseCard card(Course c, Language language) {
    return new CourseCard(
        c.slug,
        BilingualText.of(c.titleVi, c.titleEn).in(language),
        BilingualText.of(c.summaryVi, c.summaryEn).in(language),
        c.level,
        c.minutes,
        courses.tags(c.id).stream().map(t -> TagNames.of(t, language)).toList());
  }
}
