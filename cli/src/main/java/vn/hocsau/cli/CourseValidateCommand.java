package vn.hocsau.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hocsau.content.CoursesValidator;

/**
 * {@code hocsau course validate <dir> [--datasets d]}: checks a courses folder, or one course
 * folder, with the platform's own reader (the shared {@code course-format} module, compiled into
 * this jar), offline. Prints {@code file:line:column: message} per problem; exits 1 on any error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
class CourseValidateCommand implements Callable<Integer> {

  @ParentCommand CourseCommand course;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<dir>", descriptionKey = "dir", defaultValue = "courses")
  Path dir;

  @Option(names = "--datasets", paramLabel = "<dir>")
  Path datasets;

  @Override
  public Integer call() {
    HocsauCli cli = (HocsauCli) spec.root().userObject();
    int code = CoursesValidator.run(dir, datasets, cli.out, cli.err);
    cli.out.flush();
    return switch (code) {
      case 0 -> ExitCodes.OK;
      case 1 -> {
        cli.err.println(cli.messages.get("hint.prefix", cli.messages.get("hint.course-errors")));
        cli.err.flush();
        yield ExitCodes.INVALID_SUBMISSION;
      }
      default -> {
        cli.err.println(cli.messages.get("hint.prefix", cli.messages.get("hint.course-folder")));
        cli.err.flush();
        yield ExitCodes.LOCAL_IO;
      }
    };
  }
}
