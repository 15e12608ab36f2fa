package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What can be told of a Java submission without compiling it. */
class JavaSourceCheckTest {

  private static final String MODEL =
      """
      import vn.hocsau.trainer.api.*;
      // public class InAComment implements LabModel {}
      public class MyNet implements LabModel {
        String s = "public class InAString {";
        public static class Inner {}
      }
      """;

  @Test
  void theOnePublicLabModelClassIsFound() {
    JavaSourceCheck.Found found = JavaSourceCheck.check(MODEL, null);
    assertEquals("MyNet", found.name());
    assertEquals(3, found.line());
    assertEquals("MyNet", JavaSourceCheck.check(MODEL, "MyNet.java").name());
  }

  @Test
  void theCoursesOwnStarterAndReferenceModelsPass() throws java.io.IOException {
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("courses"))) {
      List<java.nio.file.Path> models =
          files.filter(p -> p.getFileName().toString().equals("Model.java")).toList();
      assertTrue(models.size() >= 2, "models: " + models);
      for (java.nio.file.Path model : models) {
        assertEquals(
            "Model",
            JavaSourceCheck.check(java.nio.file.Files.readString(model), "Model.java").name(),
            model.toString());
      }
    }
  }

  @Test
  void whatJavacOrTheTrainerWouldRefuseIsRefusedWithItsLine() {
    assertEquals(
        "preflight_java_no_class",
        assertThrows(
                PreflightRefusedException.class, () -> JavaSourceCheck.check("class A {}", null))
            .key());
    PreflightRefusedException two =
        assertThrows(
            PreflightRefusedException.class,
            () -> JavaSourceCheck.check(MODEL + "\npublic class B implements LabModel {}\n", null));
    assertEquals("preflight_java_many_classes", two.key());
    assertEquals(8L, two.line());
    assertEquals(
        "preflight_java_not_model",
        assertThrows(
                PreflightRefusedException.class,
                () -> JavaSourceCheck.check("public class A implements Runnable {}", null))
            .key());
    assertEquals(
        "preflight_java_file_name",
        assertThrows(
                PreflightRefusedException.class, () -> JavaSourceCheck.check(MODEL, "Model.java"))
            .key());
  }
}
