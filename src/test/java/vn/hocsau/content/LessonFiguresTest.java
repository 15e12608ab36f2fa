package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lesson's figure blocks must name a figure the site can build, or the course check says where.
 */
class LessonFiguresTest {

  private static List<String> problems(String body) {
    Path root = Path.of("courses");
    Problems problems = new Problems(root);
    LessonFigures.check(body, 5, root.resolve("c/modules/01-m/01-b.vi.md"), problems);
    return problems.found().stream().map(Problem::toString).toList();
  }

  @Test
  void knownFiguresPass() {
    assertEquals(
        List.of(),
        problems("Text.\n\n```figure neuron\nAlt.\n```\n\n~~~figure training-2d\nAlt.\n~~~\n"));
    assertEquals(List.of(), problems("```yaml\nfigure: neuron\n```\n"));
  }

  @Test
  void anUnknownMissingOrExtraNameIsAnErrorOnItsLine() {
    assertEquals(
        List.of(
            "courses/c/modules/01-m/01-b.vi.md:7: a figure block names one known figure: ```figure <name>,"
                + " one of [convolution, gradient-descent, neuron, training-2d]"),
        problems("Text.\n\n```figure rocket\nAlt.\n```\n"));
    assertEquals(1, problems("```figure\nAlt.\n```\n").size());
    assertEquals(1, problems("```figure neuron onload\nAlt.\n```\n").size());
  }
}
