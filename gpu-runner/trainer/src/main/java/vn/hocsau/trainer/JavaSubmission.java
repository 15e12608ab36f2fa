package vn.hocsau.trainer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import vn.hocsau.trainer.api.LabModel;

/**
 * Compiles a learner's Java source in memory against the trainer's own classpath (DL4J, ND4J and
 * {@code vn.hocsau.trainer.api}) and creates its {@link LabModel}. The code runs in the trainer's
 * JVM: the sandbox around the whole process is the security boundary, not the JVM.
 */
final class JavaSubmission {

  static final int MAX_SOURCE_CHARS = 200_000;
  private static final int MAX_REPORTED_ERRORS = 10;

  private JavaSubmission() {}

  /** Compiles {@code source} and instantiates its one public {@link LabModel} class. */
  static LabModel load(String fileName, String source) {
    String className =
        fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : "";
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw TrainerException.config(
          "a Java submission must be a file named after its class, such as Model.java; got "
              + fileName);
    }
    if (source.length() > MAX_SOURCE_CHARS) {
      throw TrainerException.config(
          "the Java source is longer than " + MAX_SOURCE_CHARS + " characters");
    }
    Map<String, byte[]> classes = compile(fileName, source);
    ClassLoader loader = new MemoryClassLoader(classes, JavaSubmission.class.getClassLoader());
    Class<?> model = findModel(loader, classes, fileName);
    try {
      return (LabModel) model.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      throw TrainerException.config(
          model.getSimpleName() + " needs a public constructor with no arguments");
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw threw(model.getSimpleName() + "()", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw TrainerException.config("cannot create " + model.getSimpleName() + ": " + e);
    }
  }

  static String describe(Throwable e) {
    StackTraceElement frame = learnerFrame(e);
    String where = frame == null ? "" : " at " + frame.getFileName() + ":" + frame.getLineNumber();
    return exception(e) + where;
  }

  /**
   * The {@code RUNTIME_ERROR} for learner code that threw in {@code method} ({@code build()},
   * {@code train()}, {@code Model()}): coded {@code java_threw} with the method and the exception,
   * at the line of the learner's own frame nearest the throw.
   */
  static TrainerException threw(String method, Throwable e) {
    StackTraceElement frame = learnerFrame(e);
    return new TrainerException(
        TrainerException.ErrorClass.RUNTIME_ERROR,
        method + " threw " + describe(e),
        e,
        new CodedProblem(
            CodedProblem.JAVA_THREW,
            List.of(method, exception(e)),
            frame == null ? 0 : Math.max(0, frame.getLineNumber()),
            0,
            null));
  }

  private static String exception(Throwable e) {
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** The first frame of the learner's own code, or null. */
  private static StackTraceElement learnerFrame(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getFileName() != null
          && !frame.getClassName().startsWith("vn.hocsau.trainer.")
          && !frame.getClassName().startsWith("org.")
          && !frame.getClassName().startsWith("java")
          && !frame.getClassName().startsWith("jdk.")) {
        return frame;
      }
    }
    return null;
  }

  private static Map<String, byte[]> compile(String fileName, String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("the trainer runs on a JRE: Java sources need a JDK");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = new HashMap<>();
    StandardJavaFileManager standard =
        compiler.getStandardFileManager(
            diagnostics, Locale.ENGLISH, java.nio.charset.StandardCharsets.UTF_8);
    JavaFileManager files = new MemoryFileManager(standard, classes);
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-proc:none",
            "-g",
            "-encoding",
            "UTF-8",
            "-Xmaxerrs",
            "50");
    JavaFileObject unit = new SourceText(fileName, source);
    CompilerOutput output = new CompilerOutput();
    boolean ok;
    try {
      ok = compiler.getTask(output, files, diagnostics, options, null, List.of(unit)).call();
    } catch (RuntimeException | StackOverflowError e) {
      throw CompilerOutput.crashed(e);
    }
    if (!ok) {
      List<String> errors = new ArrayList<>();
      Diagnostic<? extends JavaFileObject> first = null;
      int count = 0;
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        count++;
        first = first == null ? d : first;
        if (errors.size() < MAX_REPORTED_ERRORS) {
          String message = d.getMessage(Locale.ENGLISH).replace('\n', ' ').replaceAll("\\s+", " ");
          errors.add(fileName + ":" + d.getLineNumber() + ": " + message);
        }
      }
      if (first == null) {
        // javac catches its own crashes, prints them to its output and reports no diagnostic.
        throw output.crash();
      }
      // The javac text stays as javac wrote it; the code lets the platform lead with a sentence in
      // the learner's language that names the first error's line and column.
      throw new TrainerException(
          TrainerException.ErrorClass.COMPILE_ERROR,
          String.join("\n", errors),
          null,
          new CodedProblem(
              CodedProblem.JAVA_COMPILE_ERROR,
              List.of("" + count),
              position(first.getLineNumber()),
              position(first.getColumnNumber()),
              null));
    }
    return classes;
  }

  /** javac's 1-based position, or 0 for {@link Diagnostic#NOPOS} and beyond an int. */
  private static int position(long javac) {
    return javac > 0 && javac <= Integer.MAX_VALUE ? (int) javac : 0;
  }

  private static Class<?> findModel(
      ClassLoader loader, Map<String, byte[]> classes, String fileName) {
    List<Class<?>> models = new ArrayList<>();
    for (String name : classes.keySet()) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (LabModel.class.isAssignableFrom(type)
            && Modifier.isPublic(type.getModifiers())
            && !Modifier.isAbstract(type.getModifiers())
            && type.getEnclosingClass() == null) {
          models.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw TrainerException.config("cannot load compiled class " + name + ": " + e);
      }
    }
    if (models.size() != 1) {
      throw TrainerException.config(
          fileName
              + " must declare exactly one public class that implements"
              + " vn.hocsau.trainer.api.LabModel; found "
              + models.size());
    }
    return models.get(0);
  }

  private static final class SourceText extends SimpleJavaFileObject {
    private final String text;

    SourceText(String fileName, String text) {
      super(URI.create("string:///" + fileName), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, byte[]> classes;

    MemoryFileManager(JavaFileManager delegate, Map<String, byte[]> classes) {
      super(delegate);
      this.classes = classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(
          URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }

  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
