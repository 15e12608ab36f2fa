package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule for what an import adds, changes and removes, by slug and content hash. */
class ChangesTest {

  @Test
  void addedAndChangedInFileOrderRemovedSortedUnreadableLeftAlone() {
    Map<String, String> stored = Map.of("b", "1", "a", "1", "z", "9", "hong", "7");
    Map<String, String> read = new LinkedHashMap<>();
    read.put("moi", "5");
    read.put("b", "2");
    read.put("a", "1");
    read.put("cung-moi", "6");
    Changes c = Changes.between(stored, read, List.of("hong"));
    assertEquals(List.of("moi", "cung-moi"), c.added());
    assertEquals(List.of("b"), c.changed());
    assertEquals(List.of("z"), c.removed());
  }

  @Test
  void aNewCourseAddsEverythingAndTheSameFilesChangeNothing() {
    Map<String, String> read = new LinkedHashMap<>(Map.of("x", "1"));
    assertEquals(List.of("x"), Changes.between(Map.of(), read, List.of()).added());
    assertTrue(Changes.between(Map.of("x", "1"), read, List.of()).isEmpty());
  }
}
