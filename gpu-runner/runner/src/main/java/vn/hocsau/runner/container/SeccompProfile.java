package vn.hocsau.runner.container;

import java.util.List;
import java.util.stream.Collectors;
import vn.hocsau.runner.sandbox.SeccompFilter;

/**
 * The bwrap sandbox's seccomp policy as a Docker/Podman JSON profile ({@code --security-opt
 * seccomp=FILE}), so both modes refuse the same system calls. The engines' default profiles allow
 * {@code ptrace} (kernel 4.8 and later), {@code unshare}, {@code mount} and {@code keyctl} for
 * processes without capabilities; ours does not.
 *
 * <p>Everything not listed is allowed, as in bwrap mode. Only x86-64 is listed, so libseccomp kills
 * calls of any other architecture (and of the x32 ABI). {@code clone} with a namespace flag is
 * refused, as bwrap's {@code --disable-userns} refuses new user namespaces; {@code clone3}, whose
 * flags a filter cannot read, returns ENOSYS so that the C library falls back to {@code clone}.
 */
public final class SeccompProfile {

  // CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET (and NEWTIME, 0x80).
  private static final List<Long> NAMESPACE_FLAGS =
      List.of(
          0x00020000L,
          0x02000000L,
          0x04000000L,
          0x08000000L,
          0x10000000L,
          0x20000000L,
          0x40000000L,
          0x00000080L);
  private static final int EPERM = 1;
  private static final int ENOSYS = 38;

  private SeccompProfile() {}

  /** The profile as JSON text. */
  public static String json() {
    StringBuilder rules = new StringBuilder();
    rules.append(rule(SeccompFilter.deniedNames(), EPERM, ""));
    rules.append(",\n").append(rule(List.of("clone3"), ENOSYS, ""));
    for (long flag : NAMESPACE_FLAGS) {
      String args =
          ", \"args\": [{\"index\": 0, \"value\": "
              + flag
              + ", \"valueTwo\": "
              + flag
              + ", \"op\": \"SCMP_CMP_MASKED_EQ\"}]";
      rules.append(",\n").append(rule(List.of("clone"), EPERM, args));
    }
    return "{\n\"defaultAction\": \"SCMP_ACT_ALLOW\",\n"
        + "\"architectures\": [\"SCMP_ARCH_X86_64\"],\n"
        + "\"syscalls\": [\n"
        + rules
        + "\n]\n}\n";
  }

  private static String rule(List<String> names, int errno, String args) {
    return "{\"names\": "
        + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ", "[", "]"))
        + ", \"action\": \"SCMP_ACT_ERRNO\", \"errnoRet\": "
        + errno
        + args
        + "}";
  }
}
