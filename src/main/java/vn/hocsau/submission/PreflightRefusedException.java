package vn.hocsau.submission;

import java.util.List;
import java.util.Locale;
import vn.hocsau.dsl.DslError;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * A config or Java source refused by the check before queueing: nothing is stored, nothing is
 * charged and no job is made. The problem type is {@code urn:hocsau:lab:preflight} and {@code line}
 * the line at fault (0 when no one line is).
 */
public class PreflightRefusedException extends DomainException {

  /** A problem of the pre-flight check itself, as opposed to one the network DSL found. */
  enum Problem {
    /** The network needs more memory than the lab grants: need MiB, budget MiB, batch size. */
    MEMORY,
    /** Training would take longer than the lab's wall-clock limit: seconds, limit. */
    TIME,
    /** The Java source declares no top-level class. */
    JAVA_NO_CLASS,
    /** The Java source declares several top-level classes: their count. */
    JAVA_MANY_CLASSES,
    /** The class does not implement {@code LabModel}: its name. */
    JAVA_NOT_MODEL,
    /** The file is not named after its class: class name, file name. */
    JAVA_FILE_NAME;

    String text(LabMessages m, List<String> a) {
      return switch (this) {
        case MEMORY -> m.preflight_memory(a.get(0), a.get(1), a.get(2));
        case TIME -> m.preflight_time(a.get(0), a.get(1));
        case JAVA_NO_CLASS -> m.preflight_java_no_class();
        case JAVA_MANY_CLASSES -> m.preflight_java_many_classes(a.get(0));
        case JAVA_NOT_MODEL -> m.preflight_java_not_model(a.get(0));
        case JAVA_FILE_NAME -> m.preflight_java_file_name(a.get(0), a.get(1));
      };
    }
  }

  private final DslError dsl;
  private final Problem problem;
  private final List<String> args;
  private final int line;

  /** A problem the network DSL found. */
  PreflightRefusedException(DslError dsl) {
    super(dsl.getMessage());
    this.dsl = dsl;
    this.problem = null;
    this.args = dsl.args();
    this.line = dsl.line();
  }

  /** A problem of the pre-flight check itself. */
  PreflightRefusedException(Problem problem, int line, String... args) {
    super(problem.name());
    this.dsl = null;
    this.problem = problem;
    this.args = List.of(args);
    this.line = line;
  }

  /** The problem's code, e.g. {@code dsl_unknown_layer_suggest} or {@code preflight_memory}. */
  public String key() {
    return dsl != null ? dsl.code().key() : "preflight_" + problem.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String problemType() {
    return "urn:hocsau:lab:preflight";
  }

  @Override
  public String message(Language language) {
    LabMessages m = Bundles.in(language, LabMessages.class);
    return dsl != null ? DslText.message(dsl, m) : DslText.at(m, line, 0, problem.text(m, args));
  }

  @Override
  public Long line() {
    return (long) line;
  }
}
