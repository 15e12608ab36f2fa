package vn.hocsau.bench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.bench.BenchPlatform;
import vn.hocsau.system.db.EmbeddedDatabase;

/**
 * The web tier against its limit (issue 17, {@code bench/web/run.sh}): {@code wrk} for a fixed time
 * at a fixed number of connections against a lesson page, the catalog with a search, the
 * leaderboard page of a lab with 1M submissions, a job page, and, in the same run, the bare Vert.x
 * route ({@code system.bench.RawRoute}) answering a constant buffer of the lesson page's size. The
 * platform is the packaged jar in its own process with production-like JVM flags, so its RSS is the
 * web app's alone.
 *
 * <p>Tagged {@code bench}: the normal build skips it. It needs {@code target/quarkus-app} (run.sh
 * packages first) and {@code wrk} on the PATH.
 */
@Tag("bench")
class WebBench {

  static final Path ROOT = BenchPlatform.ROOT;
  static final String COURSE = "nhap-mon-hoc-sau";
  static final String COMPETITION = "thoi-trang";
  static final String TRAINING_LAB = "phan-loai-diem";

  private static String setting(String name, String fallback) {
    return System.getProperty("bench.web." + name, fallback);
  }

  @Test
  void pagesAgainstTheRawRoute() throws Exception {
    String duration = setting("duration", "30s");
    int connections = Integer.parseInt(setting("connections", "64"));
    int submissions = Integer.parseInt(setting("submissions", "1000000"));
    List<String> jvm = List.of(setting("jvm", BenchPlatform.JVM_FLAGS).trim().split("\\s+"));
    // Extra environment for the platform, "NAME=value NAME=value" (malloc settings, say).
    Map<String, String> env = new LinkedHashMap<>();
    for (String pair : setting("env", "").trim().split("\\s+")) {
      if (!pair.isEmpty()) {
        env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    Path dir = ROOT.resolve("target/bench/web");
    Files.createDirectories(dir);

    try (EmbeddedPostgres db = EmbeddedDatabase.builder(dir.resolve("pg"), 0, false).start();
        BenchPlatform platform =
            BenchPlatform.start(db.getJdbcUrl("postgres", "postgres"), dir, jvm, env)) {
      try (Connection c = db.getPostgresDatabase().getConnection()) {
        BoardSeed.load(c, COURSE, COMPETITION, submissions);
      }
      BenchSession learner = BenchSession.logIn(platform.url(), BenchPlatform.DEMO_LEARNER);
      long job = BenchJob.finishedTrainingJob(platform, learner, COURSE, TRAINING_LAB);

      String lesson = "/courses/" + COURSE + "/lessons/no-ron";
      int lessonBytes = learner.get(lesson, false).body().getBytes(StandardCharsets.UTF_8).length;
      String search = "/courses?q=" + URLEncoder.encode("mạng nơ-ron", StandardCharsets.UTF_8);
      String board = "/labs/" + COURSE + "/" + COMPETITION + "/leaderboard";
      List<Target> targets =
          List.of(
              new Target(
                  "raw Vert.x route, " + lessonBytes + " B", "/bench/raw/" + lessonBytes, false),
              // The sign-in form: a small template, no database: what the page pipeline costs.
              new Target("sign-in form (template, no database)", "/login", false),
              new Target("lesson page (anonymous: page cache)", lesson, false),
              new Target("lesson page (signed in: rendered)", lesson, true),
              new Target("catalog with a search (anonymous: page cache)", search, false),
              new Target(
                  "leaderboard page, lab with "
                      + String.format(Locale.ROOT, "%,d", submissions)
                      + " submissions (anonymous: page cache)",
                  board,
                  false),
              new Target("leaderboard page (signed in: rendered)", board, true),
              new Target("job page (signed in)", "/jobs/" + job, true));
      for (Target t : targets) {
        assertEquals(200, learner.get(t.path(), t.signedIn()).statusCode(), t.path());
      }

      List<WrkRun.Result> results = new ArrayList<>();
      for (Target t : targets) {
        String cookie = t.signedIn() ? learner.cookieHeader() : null;
        // A short warm-up lets the JIT compile the page's path before it is measured.
        WrkRun.run(platform.url() + t.path(), cookie, connections, "5s", null);
        RssSampler rss = RssSampler.start(platform.pid());
        WrkRun.Result r = WrkRun.run(platform.url() + t.path(), cookie, connections, duration, t);
        results.add(r.withRss(rss.stop()));
      }
      String platformJvm = String.join(" ", jvm);
      if (!env.isEmpty()) {
        platformJvm += "; environment " + env;
      }
      String table = BenchTable.markdown(results, connections, duration, platformJvm);
      if (jvm.stream().anyMatch(f -> f.startsWith("-XX:NativeMemoryTracking"))) {
        // Where the resident memory went, by the JVM's own account, after every page's load.
        table += nativeMemory(platform.pid());
      }
      System.out.println(table);
      Files.createDirectories(ROOT.resolve("target/bench"));
      Files.writeString(ROOT.resolve("target/bench/web.md"), table);
      for (WrkRun.Result r : results) {
        assertEquals(0, r.errors(), r.target().name() + ": non-2xx answers or socket errors");
        assertTrue(r.requests() > 0, r.target().name());
      }
    }
  }

  private static String nativeMemory(long pid) throws Exception {
    Process jcmd =
        new ProcessBuilder("jcmd", Long.toString(pid), "VM.native_memory", "summary")
            .redirectErrorStream(true)
            .start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return "\n```\n" + out.strip() + "\n```\n";
  }

  /** One page under load. */
  record Target(String name, String path, boolean signedIn) {}

  /** Counts rows, for the seed's sanity check. */
  static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
