import java.io.*;
import java.lang.reflect.Field;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** Hostile learner programs for the sandbox suite; args[0] picks the attack. */
public class Hostile {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (mode) {
      case "spin1" -> { while (true) { } }
      case "spinN" -> {
        for (int i = 0; i < 8; i++) { new Thread(() -> { while (true) { } }).start(); }
        Thread.sleep(Long.MAX_VALUE);
      }
      case "sleep" -> Thread.sleep(Long.MAX_VALUE);
      case "stdin" -> { System.out.println("read " + System.in.read()); Thread.sleep(Long.MAX_VALUE); }
      case "heap" -> { List<byte[]> keep = new ArrayList<>(); while (true) keep.add(new byte[1 << 20]); }
      case "direct" -> { List<ByteBuffer> keep = new ArrayList<>(); while (true) keep.add(ByteBuffer.allocateDirect(1 << 20)); }
      case "unsafe" -> {
        Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Object unsafe = f.get(null);
        var allocate = unsafe.getClass().getMethod("allocateMemory", long.class);
        var set = unsafe.getClass().getMethod("setMemory", long.class, long.class, byte.class);
        while (true) { long a = (long) allocate.invoke(unsafe, 16L << 20); set.invoke(unsafe, a, 16L << 20, (byte) 1); }
      }
      case "forkjava" -> {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<Process> children = new ArrayList<>();
        while (true) {
          try { children.add(new ProcessBuilder(java, "-Xmx16m", "-cp", "/job", "Hostile", "forkjava").start()); }
          catch (IOException e) { Thread.sleep(10); }
        }
      }
      case "forksh" -> {
        new ProcessBuilder("/bin/sh", "-c", "f() { f | f & }; f").inheritIO().start();
        Thread.sleep(Long.MAX_VALUE);
      }
      case "threads" -> { while (true) { Thread t = new Thread(() -> { try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } }); t.setDaemon(true); t.start(); } }
      case "filltmp" -> fill(Path.of("/tmp/fill"));
      case "fillout" -> fill(Path.of("/out/fill"));
      case "inodes" -> { for (int i = 0; ; i++) Files.writeString(Path.of("/tmp/f" + i), "x"); }
      case "sparse" -> {
        try (RandomAccessFile f = new RandomAccessFile("/tmp/sparse", "rw")) { f.setLength(1L << 40); System.out.println("LEAK sparse 1 TB allowed"); }
        catch (IOException e) { System.out.println("sparse refused: " + e.getMessage()); }
      }
      case "bigpredictions" -> { try (RandomAccessFile f = new RandomAccessFile("/out/predictions.csv", "rw")) { f.setLength(30L << 20); } }
      case "flood" -> { byte[] line = "flood flood flood flood flood flood flood flood\n".repeat(100).getBytes(); for (long i = 0; i < (1L << 30) / line.length; i++) System.out.write(line); }
      case "giantline" -> { System.out.print("x".repeat(600_000)); System.out.println(); predictions(); }
      case "badutf8" -> {
        System.out.write(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0x1b, '[', '3', '1', 'm', 'r', 'e', 'd', 0x07, '\r', '\n'});
        System.out.flush();
        predictions();
      }
      case "network" -> network(Integer.parseInt(rest[0]));
      case "read" -> { for (String path : rest) tryRead(path); tryRead("/etc/shadow"); tryRead("/root/.m2/settings.xml"); predictions(); }
      case "env" -> env();
      case "hunt" -> hunt(rest);
      case "write" -> { for (String path : List.of("/job/x", "/usr/x", "/etc/x", "/data/train-features", "/job/Hostile.class", System.getProperty("java.home") + "/x")) tryWrite(path); predictions(); }
      case "daemon" -> {
        new ProcessBuilder("/bin/sh", "-c", "setsid sh -c 'sleep 600' </dev/null >/dev/null 2>&1 & nohup sleep 600 </dev/null >/dev/null 2>&1 &").start().waitFor();
        predictions();
      }
      case "symlink" -> Files.createSymbolicLink(Path.of("/out/predictions.csv"), Path.of(rest[0]));
      case "hardlink" -> { Files.writeString(Path.of("/out/real.csv"), "id,prediction\n0,1\n"); Files.createLink(Path.of("/out/predictions.csv"), Path.of("/out/real.csv")); }
      case "fifo" -> {
        new ProcessBuilder("mkfifo", "/out/predictions.csv", "/out/events.jsonl").inheritIO().start().waitFor();
      }
      case "directory" -> Files.createDirectory(Path.of("/out/predictions.csv"));
      case "plant" -> {
        Files.createSymbolicLink(Path.of("/out/evil"), Path.of(rest[0]));
        Files.createSymbolicLink(Path.of("/tmp/evil"), Path.of(rest[0]));
        Files.createSymbolicLink(Path.of("/out/evildir"), Path.of(rest[0]).getParent());
        predictions();
      }
      case "kernel" -> {
        for (String flag : List.of("-U", "-n", "-m", "-p", "-r")) {
          int status = new ProcessBuilder("unshare", flag, "true").inheritIO().start().waitFor();
          if (status == 0) System.out.println("LEAK unshare " + flag + " worked");
        }
        String seccomp = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Seccomp:")).findFirst().orElse("Seccomp: none");
        System.out.println("seccomp mode " + seccomp.substring(8).strip());
        if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
          // Raw system calls Java cannot make: ptrace(PTRACE_TRACEME) and io_uring_setup.
          String probe = "my $p = syscall(101, 0, 0, 0, 0); print $p == -1 ? \"ptrace refused: $!\\n\" : \"LEAK ptrace allowed\\n\";"
              + " my $params = \"\\0\" x 120; my $u = syscall(425, 1, $params); print $u == -1 ? \"io_uring refused: $!\\n\" : \"LEAK io_uring allowed\\n\";";
          new ProcessBuilder("/usr/bin/perl", "-e", probe).inheritIO().start().waitFor();
        }
        tryWrite("/proc/sys/kernel/hostname");
        tryWrite("/sys/fs/cgroup/x");
        predictions();
      }
      case "events" -> {
        try (PrintWriter w = new PrintWriter(new FileWriter("/out/events.jsonl"))) {
          w.println("{\"type\":\"started\",\"epochs\":1}");
          w.println("not json");
          w.println("{\"type\":\"evil\"}");
          w.println("{\"type\":\"log\",\"message\":\"" + "y".repeat(5000) + "\"}");
          w.println("{\"type\":\"epoch\",\"epoch\":1,\"loss\":0.5}");
        }
        predictions();
      }
      default -> throw new IllegalArgumentException(mode);
    }
  }

  static void fill(Path path) throws IOException {
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(path)) { while (true) out.write(block); }
  }

  static void predictions() throws IOException {
    Files.writeString(Path.of("/out/predictions.csv"), "id,prediction\n0,1\n");
    System.out.println("DONE");
  }

  static void tryRead(String path) {
    try { byte[] b = Files.readAllBytes(Path.of(path)); System.out.println("LEAK read " + path + " " + b.length); }
    catch (IOException | RuntimeException e) { System.out.println("refused read " + path); }
  }

  static void tryWrite(String path) {
    try { Files.writeString(Path.of(path), "pwned"); System.out.println("LEAK wrote " + path); }
    catch (IOException | RuntimeException e) { System.out.println("refused write " + path); }
  }

  static void network(int port) throws IOException {
    List<InetSocketAddress> targets = List.of(
        new InetSocketAddress("127.0.0.1", port), new InetSocketAddress("1.1.1.1", 443),
        new InetSocketAddress("169.254.169.254", 80), new InetSocketAddress("::1", port),
        new InetSocketAddress("2606:4700:4700::1111", 443));
    for (InetSocketAddress target : targets) {
      try (Socket s = new Socket()) { s.connect(target, 1000); System.out.println("LEAK connected " + target); }
      catch (IOException e) { System.out.println("refused " + target + ": " + e.getMessage()); }
    }
    try { System.out.println("LEAK dns " + InetAddress.getByName("example.com")); }
    catch (IOException e) { System.out.println("refused dns"); }
    try (DatagramSocket d = new DatagramSocket()) {
      d.send(new DatagramPacket(new byte[] {1}, 1, new InetSocketAddress("8.8.8.8", 53)));
      System.out.println("LEAK udp sent");
    } catch (IOException e) { System.out.println("refused udp"); }
    predictions();
  }

  static void env() throws IOException {
    StringBuilder seen = new StringBuilder(System.getenv().toString());
    for (String path : List.of("/proc/self/environ", "/proc/1/environ", "/proc/1/cmdline", "/proc/self/cmdline")) {
      try { seen.append(new String(Files.readAllBytes(Path.of(path)), StandardCharsets.ISO_8859_1)); }
      catch (IOException e) { seen.append("unreadable ").append(path); }
    }
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try { seen.append(new String(Files.readAllBytes(p.resolve("environ")), StandardCharsets.ISO_8859_1)); }
        catch (IOException e) { }
      }
    }
    System.out.println(seen.indexOf("hsr_") >= 0 ? "LEAK secret in environment" : "no secret; env=" + System.getenv().keySet());
    predictions();
  }

  /**
   * Walks the whole visible filesystem (but /proc, /sys and /dev) for files whose bytes match one
   * of the targets, given as size:sha256; prints FOUND for each hit and how many files it saw.
   */
  static void hunt(String[] targets) throws Exception {
    Map<Long, Set<String>> bySize = new HashMap<>();
    for (String t : targets) {
      String[] parts = t.split(":");
      bySize.computeIfAbsent(Long.parseLong(parts[0]), k -> new HashSet<>()).add(parts[1]);
    }
    long[] seen = {0};
    Files.walkFileTree(Path.of("/"), new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
        String d = dir.toString();
        return d.equals("/proc") || d.equals("/sys") || d.equals("/dev") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
        seen[0]++;
        Set<String> hashes = bySize.get(a.size());
        if (a.isRegularFile() && hashes != null) {
          try {
            String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            if (hashes.contains(sha)) System.out.println("FOUND " + sha + " at " + file);
          } catch (Exception e) { }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) { return FileVisitResult.CONTINUE; }
    });
    System.out.println("hunted " + seen[0] + " files");
    predictions();
  }
}
