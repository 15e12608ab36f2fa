package vn.hocsau.submission;

import java.util.List;
import vn.hocsau.dsl.DslError;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/**
 * A config or Java source refused by the check before queueing: nothing is stored, nothing is
 * charged and no job is made. The problem type is {@code urn:hocsau:lab:preflight} and {@code line}
 * the line at fault (0 when no one line is).
 */
public class PreflightRefusedException extends DomainException {

  private final DslError dsl;
  private final String key;
  private final List<String> args;
  private final int line;

  /** A problem the network DSL found. */
  PreflightRefusedException(DslError dsl) {
    super(dsl.getMessage());
    this.dsl = dsl;
    this.key = dsl.code().key();
    this.args = dsl.args();
    this.line = dsl.line();
  }

  /** A problem of the pre-flight check itself ({@code preflight_*} message key). */
  PreflightRefusedException(String key, int line, String... args) {
    super(key);
    this.dsl = null;
    this.key = key;
    this.args = List.of(args);
    this.line = line;
  }

  /** The message key, e.g. {@code dsl_unknown_layer_suggest} or {@code preflight_memory}. */
  public String key() {
    return key;
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
    return dsl != null
        ? DslText.message(dsl, language)
        : DslText.at(language, line, 0, LabMessages.translate(language, key, args));
  }

  @Override
  public Long line() {
    return (long) line;
  }
}
