package vn.hocsau.runner.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classic-BPF seccomp program for bwrap's {@code --seccomp}: it denies (EPERM) the system calls a
 * training job never needs and that widen the kernel's attack surface — ptrace and cross-process
 * memory access, io_uring, keyrings, bpf, perf events, userfaultfd, module and kexec loading,
 * mounts and namespaces — and kills x32-ABI and foreign-architecture calls, which would bypass the
 * number checks. Everything else is allowed: the JVM and native BLAS need a lot. The numbers are
 * x86-64's; on other architectures the runner runs without this filter.
 */
public final class SeccompFilter {

  /** System calls denied with EPERM, by name, with their numbers on x86-64. */
  static final Map<String, Integer> DENIED_CALLS =
      mapOf(
          Map.entry("ptrace", 101),
          Map.entry("process_vm_readv", 310),
          Map.entry("process_vm_writev", 311),
          Map.entry("io_uring_setup", 425),
          Map.entry("io_uring_enter", 426),
          Map.entry("io_uring_register", 427),
          Map.entry("add_key", 248),
          Map.entry("request_key", 249),
          Map.entry("keyctl", 250),
          Map.entry("bpf", 321),
          Map.entry("perf_event_open", 298),
          Map.entry("userfaultfd", 323),
          Map.entry("kexec_load", 246),
          Map.entry("kexec_file_load", 320),
          Map.entry("init_module", 175),
          Map.entry("finit_module", 313),
          Map.entry("delete_module", 176),
          Map.entry("mount", 165),
          Map.entry("umount2", 166),
          Map.entry("pivot_root", 155),
          Map.entry("open_tree", 428),
          Map.entry("move_mount", 429),
          Map.entry("fsopen", 430),
          Map.entry("fsmount", 432),
          Map.entry("mount_setattr", 442),
          Map.entry("unshare", 272),
          Map.entry("setns", 308),
          Map.entry("name_to_handle_at", 303),
          Map.entry("open_by_handle_at", 304),
          Map.entry("acct", 163),
          Map.entry("swapon", 167),
          Map.entry("swapoff", 168),
          Map.entry("reboot", 169),
          Map.entry("syslog", 103));

  /** System call numbers on x86-64 that return EPERM. */
  static final List<Integer> DENIED = List.copyOf(DENIED_CALLS.values());

  private static final int LD_W_ABS = 0x20;
  private static final int JEQ_K = 0x15;
  private static final int JGE_K = 0x35;
  private static final int RET_K = 0x06;
  private static final int AUDIT_ARCH_X86_64 = 0xC000003E;
  private static final int X32_SYSCALL_BIT = 0x40000000;
  private static final int RET_ALLOW = 0x7fff0000;
  private static final int RET_EPERM = 0x00050000 | 1;
  private static final int RET_KILL_PROCESS = 0x80000000;

  private SeccompFilter() {}

  /**
   * The names of the denied system calls, in the order of the BPF program, for a container engine's
   * JSON profile ({@code vn.hocsau.runner.container.SeccompProfile}).
   */
  public static List<String> deniedNames() {
    return List.copyOf(DENIED_CALLS.keySet());
  }

  @SafeVarargs
  private static Map<String, Integer> mapOf(Map.Entry<String, Integer>... entries) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> entry : entries) {
      map.put(entry.getKey(), entry.getValue());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** Whether the filter fits this machine. */
  public static boolean supported() {
    String arch = System.getProperty("os.arch");
    return arch.equals("amd64") || arch.equals("x86_64");
  }

  /** The program as {@code struct sock_filter[]} in native byte order. */
  static byte[] program() {
    int n = DENIED.size();
    int allow = 4 + n;
    int eperm = allow + 1;
    int kill = allow + 2;
    ByteBuffer out = ByteBuffer.allocate((kill + 1) * 8).order(ByteOrder.nativeOrder());
    // seccomp_data: int nr at offset 0, u32 arch at offset 4.
    put(out, LD_W_ABS, 0, 0, 4);
    put(out, JEQ_K, 0, kill - 2, AUDIT_ARCH_X86_64);
    put(out, LD_W_ABS, 0, 0, 0);
    put(out, JGE_K, kill - 4, 0, X32_SYSCALL_BIT);
    for (int i = 0; i < n; i++) {
      int at = 4 + i;
      put(out, JEQ_K, eperm - at - 1, 0, DENIED.get(i));
    }
    put(out, RET_K, 0, 0, RET_ALLOW);
    put(out, RET_K, 0, 0, RET_EPERM);
    put(out, RET_K, 0, 0, RET_KILL_PROCESS);
    return out.array();
  }

  private static void put(ByteBuffer out, int code, int jt, int jf, int k) {
    out.putShort((short) code).put((byte) jt).put((byte) jf).putInt(k);
  }
}
