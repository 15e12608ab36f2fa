package vn.hocsau.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hocsau course validate|push}: the instructor's side, for course folders in git. */
@Command(
    name = "course",
    mixinStandardHelpOptions = true,
    subcommands = {CourseValidateCommand.class, CoursePushCommand.class})
class CourseCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: its usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
