package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code HOCSAU_SANDBOX=none}: the program runs as a plain child process of the runner, as the
 * runner's user, with the runner's view of the machine. The only protections left are the cleared
 * environment, the wall-time limit and the output cap. For trusted development machines only; every
 * job logs a warning saying so.
 */
public final class UnsandboxedSandbox implements Sandbox {

  private static final Logger LOG = Logger.getLogger(UnsandboxedSandbox.class.getName());

  private final SandboxHost host;

  /** A "sandbox" that isolates nothing, with scratch folders in the host's slot folders. */
  public UnsandboxedSandbox(SandboxHost host) {
    this.host = host;
  }

  @Override
  public String describe() {
    return "NO SANDBOX (HOCSAU_SANDBOX=none): learners' code runs with the runner's rights";
  }

  @Override
  public String dataPath(String role, Path hostFile) {
    return hostFile.toAbsolutePath().toString();
  }

  @Override
  public SandboxOutcome run(SandboxRequest request, SandboxListener listener, StopSignal stop)
      throws IOException {
    LOG.warning("running " + request.name() + " WITHOUT A SANDBOX (HOCSAU_SANDBOX=none)");
    Path slotDir = host.slotDir(request.slot());
    Path tmp = slotDir.resolve("tmp");
    Path out = slotDir.resolve("out");
    SafeDelete.tree(slotDir);
    Files.createDirectories(tmp);
    Files.createDirectories(out);
    Map<String, String> places = new LinkedHashMap<>();
    request.readOnlyBinds().forEach((inside, host) -> places.put(inside, host.toString()));
    places.put("/job", request.jobDir().toString());
    places.put("/out", out.toString());
    places.put("/tmp", tmp.toString());
    List<String> command = new ArrayList<>();
    for (String arg : request.command()) {
      command.add(translate(arg, places));
    }
    Map<String, String> environment = new HashMap<>(request.environment());
    environment.replaceAll((key, value) -> translate(value, places));
    EventsTail events = new EventsTail(out.resolve("events.jsonl"), listener);
    events.start();
    ProcessWatch.Ended ended;
    try {
      ended =
          ProcessWatch.run(
              command,
              environment,
              tmp.toFile(),
              request.limits(),
              listener,
              stop,
              // Without a cgroup, only processes still below the child can be found.
              process -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
              });
    } finally {
      events.stop();
    }
    Map<String, OutputFile> outputs = new HashMap<>();
    request.outputs().forEach((name, cap) -> outputs.put(name, OutputReader.read(out, name, cap)));
    SafeDelete.tree(slotDir);
    return new SandboxOutcome(
        ended.exitCode(),
        ended.wallSeconds(),
        0,
        ended.wallTimeExceeded(),
        ended.outputLimitExceeded(),
        ended.stopReason(),
        0,
        false,
        ended.log(),
        outputs);
  }

  /** Replaces a sandbox path prefix (such as {@code /job}) in an argument by the host folder. */
  static String translate(String arg, Map<String, String> places) {
    for (Map.Entry<String, String> place : places.entrySet()) {
      int at = arg.indexOf(place.getKey());
      if (at >= 0) {
        int end = at + place.getKey().length();
        boolean wholeSegment = end == arg.length() || arg.charAt(end) == '/';
        boolean starts = at == 0 || arg.charAt(at - 1) == '=' || arg.charAt(at - 1) == ':';
        if (wholeSegment && starts) {
          return arg.substring(0, at) + place.getValue() + arg.substring(end);
        }
      }
    }
    return arg;
  }
}
