package vn.hocsau.runner.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A classic-BPF seccomp program for bwrap's {@code --seccomp}: it denies (EPERM) the system calls a
 * training job never needs and that widen the kernel's attack surface — ptrace and cross-process
 * memory access, io_uring, keyrings, bpf, perf events, userfaultfd, module and kexec loading,
 * mounts and namespaces — and kills x32-ABI and foreign-architecture calls, which would bypass the
 * number checks. Everything else is allowed: the JVM and native BLAS need a lot. The numbers are
 * x86-64's; on other architectures the runner runs without this filter.
 */
final class SeccompFilter {

  /** System call numbers on x86-64 that return EPERM. */
  static final List<Integer> DENIED =
      List.of(
          101, // ptrace
          310, // process_vm_readv
          311, // process_vm_writev
          425, // io_uring_setup
          426, // io_uring_enter
          427, // io_uring_register
          248, // add_key
          249, // request_key
          250, // keyctl
          321, // bpf
          298, // perf_event_open
          323, // userfaultfd
          246, // kexec_load
          320, // kexec_file_load
          175, // init_module
          313, // finit_module
          176, // delete_module
          165, // mount
          166, // umount2
          155, // pivot_root
          428, // open_tree
          429, // move_mount
          430, // fsopen
          432, // fsmount
          442, // mount_setattr
          272, // unshare
          308, // setns
          303, // name_to_handle_at
          304, // open_by_handle_at
          163, // acct
          167, // swapon
          168, // swapoff
          169, // reboot
          103); // syslog

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

  /** Whether the filter fits this machine. */
  static boolean supported() {
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
