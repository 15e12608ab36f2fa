package vn.hocsau.trainer;

/**
 * A failure the learner caused and should read about: a wrong config, code that does not compile,
 * code that threw. {@link Main} turns it into {@code /out/verdict.json} and the exit status of the
 * contract (docs/training-jobs.md, section 3). The message is written for the learner.
 */
public final class TrainerException extends RuntimeException {

  /** The learner-caused verdicts and their exit statuses. */
  public enum ErrorClass {
    CONFIG_ERROR(2),
    COMPILE_ERROR(3),
    RUNTIME_ERROR(4);

    private final int exitStatus;

    ErrorClass(int exitStatus) {
      this.exitStatus = exitStatus;
    }

    /** The trainer's exit status for this verdict. */
    public int exitStatus() {
      return exitStatus;
    }
  }

  private final ErrorClass errorClass;
  private final CodedProblem problem;

  public TrainerException(ErrorClass errorClass, String message) {
    this(errorClass, message, null, null);
  }

  public TrainerException(ErrorClass errorClass, String message, Throwable cause) {
    this(
        errorClass,
        message,
        cause,
        cause instanceof vn.hocsau.dsl.DslError d ? CodedProblem.of(d) : null);
  }

  /**
   * A failure with its code for the verdict file.
   *
   * @param problem the code and arguments the platform words, or null for English only
   */
  public TrainerException(
      ErrorClass errorClass, String message, Throwable cause, CodedProblem problem) {
    super(message, cause);
    this.errorClass = errorClass;
    this.problem = problem;
  }

  /** A {@code CONFIG_ERROR}: the submission is wrong. */
  public static TrainerException config(String message) {
    return new TrainerException(ErrorClass.CONFIG_ERROR, message);
  }

  /**
   * A {@code CONFIG_ERROR} from the network DSL: its English message, and its code, arguments and
   * line for the verdict file, so that the platform can say it in the learner's language.
   */
  public static TrainerException config(vn.hocsau.dsl.DslError problem) {
    return new TrainerException(ErrorClass.CONFIG_ERROR, problem.getMessage(), problem);
  }

  /** The code and arguments behind this exception, or null when it has only its message. */
  public CodedProblem problem() {
    return problem;
  }

  public ErrorClass errorClass() {
    return errorClass;
  }
}
