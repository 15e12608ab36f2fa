package vn.hocsau.course.catalog;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import vn.hocsau.course.CourseMessages;
import vn.hocsau.system.i18n.Language;

/**
 * Course tags as learners read them. Tags are free slugs in {@code course.yaml}; the ones our
 * courses use have names in the course bundle, and any other is shown as written, so a new course
 * never shows an empty tag.
 */
final class TagNames {

  private TagNames() {}

  /** The name of {@code tag} in {@code language}. */
  static String of(String tag, Language language) {
    CourseMessages m =
        MessageBundles.get(CourseMessages.class, Localized.Literal.of(language.code()));
    return switch (tag) {
      case "neural-networks" -> m.tag_neural_networks();
      case "cnn" -> m.tag_cnn();
      case "rnn" -> m.tag_rnn();
      case "transformers" -> m.tag_transformers();
      case "fashion-mnist" -> m.tag_fashion_mnist();
      case "gradient-descent" -> m.tag_gradient_descent();
      case "basics" -> m.tag_basics();
      default -> tag;
    };
  }
}
