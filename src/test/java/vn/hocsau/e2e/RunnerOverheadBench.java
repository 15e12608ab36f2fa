package vn.hocsau.e2e;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.runner.NewRunnerToken;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Runner overhead for a tiny job, as the learner sees it: a real gpu-runner process claims config
 * submissions to the sample lab (a 16-unit MLP, 2 epochs, 270 training rows) one at a time, and the
 * platform's own timestamps give accepted → claimed → first epoch event → last event → verdict.
 * Each variant (sandboxed or not, with the shared class archive or without) gets {@code
 * -Dbench.runs} measured jobs (default 10), all in the same run, in {@code -Dbench.rounds} turns
 * (default 2): each turn starts a fresh runner of that variant and runs one warm-up job first. The
 * trainer runs with {@code -Dhocsau.timing=true} so its start-up marks explain the figure. Run with
 * {@code bench/runner/run.sh}; prints a Markdown table and writes it to {@code
 * target/bench/runner.md}.
 */
@QuarkusTest
@Tag("bench")
class RunnerOverheadBench {

  static final String CONFIG =
      """
      epochs: 2
      batchSize: 32
      optimizer: {type: adam, lr: 0.01}
      layers:
        - dense: {units: 16, activation: relu}
        - output: {}
      """;

  static final String TIMING = "-Dhocsau.timing=true";

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject DataSource dataSource;

  @Test
  void measure() throws Exception {
    fixtures.importAll();
    fixtures.clearJobs();
    int runs = Integer.getInteger("bench.runs", 10);
    int rounds = Math.max(1, Math.min(runs, Integer.getInteger("bench.rounds", 2)));
    Map<String, List<OverheadSample>> results = new LinkedHashMap<>();
    Files.createDirectories(Path.of("target/bench"));
    // Variants take turns, so load from other work on the machine falls on all of them alike.
    for (int round = 0; round < rounds; round++) {
      int jobs = runs / rounds + (round < runs % rounds ? 1 : 0);
      for (Map.Entry<String, Map<String, String>> variant : variants().entrySet()) {
        results
            .computeIfAbsent(variant.getKey(), v -> new ArrayList<>())
            .addAll(measure(variant.getValue(), jobs));
        // Kept per variant: the class archive's start-up line and any job warnings are in it.
        Files.copy(
            RunnerProcess.WORK.resolve("runner.log"),
            Path.of("target/bench/runner-" + variant.getKey().replaceAll("[^a-z]+", "-") + ".log"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    String table =
        OverheadTable.render(
            results,
            List.of(
                new String[] {BWRAP, NONE},
                new String[] {BWRAP, BWRAP_NO_CDS},
                new String[] {NONE, NONE_NO_CDS},
                new String[] {BWRAP, BWRAP_C2}));
    String report =
        "Runner overhead: "
            + runs
            + " jobs per variant in "
            + rounds
            + " rounds (a fresh runner and 1 warm-up job per variant and round), tiny MLP (2"
            + " epochs) on diem-3-lop\n\n"
            + table;
    Path out = Path.of("target/bench/runner.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  static final String BWRAP = "bwrap";
  static final String NONE = "none";
  static final String BWRAP_NO_CDS = "bwrap, CDS off";
  static final String NONE_NO_CDS = "none, CDS off";
  static final String BWRAP_C2 = "bwrap, C2 on";

  /**
   * The runner settings of each variant: sandboxed and not, each with the shared class archive (the
   * default) and without it (as before the archive existed), and sandboxed with the C2 compiler
   * back on (as before one-CPU jobs ran C1 only).
   */
  static Map<String, Map<String, String>> variants() {
    Map<String, String> bwrap = Map.of("HOCSAU_TRAINER_JVM_FLAGS", TIMING);
    Map<String, String> none =
        Map.of(
            "HOCSAU_SANDBOX", "none",
            "HOCSAU_ALLOW_UNSANDBOXED", "i-understand",
            "HOCSAU_TRAINER_JVM_FLAGS", TIMING);
    Map<String, Map<String, String>> variants = new LinkedHashMap<>();
    variants.put(BWRAP, bwrap);
    variants.put(NONE, none);
    variants.put(BWRAP_NO_CDS, withArchiveOff(bwrap));
    variants.put(NONE_NO_CDS, withArchiveOff(none));
    // A one-CPU job's JVM runs C1 only; the operator's flags can put C2 back.
    variants.put(BWRAP_C2, Map.of("HOCSAU_TRAINER_JVM_FLAGS", TIMING + " -XX:TieredStopAtLevel=4"));
    return variants;
  }

  private static Map<String, String> withArchiveOff(Map<String, String> settings) {
    Map<String, String> off = new LinkedHashMap<>(settings);
    off.put("HOCSAU_CLASS_ARCHIVE", "off");
    return off;
  }

  private List<OverheadSample> measure(Map<String, String> settings, int runs) throws Exception {
    NewRunnerToken token = tokens.create("overhead bench");
    List<OverheadSample> samples = new ArrayList<>();
    try (RunnerProcess runner =
        RunnerProcess.start(site, token.token(), RunnerProcess.WORK, settings)) {
      for (int i = 0; i <= runs; i++) {
        OverheadSample sample = runOne(runner);
        if (!"OK".equals(sample.errorClass())) {
          throw new AssertionError(
              "job ended " + sample.errorClass() + "; runner output:\n" + runner.output());
        }
        if (i > 0) {
          samples.add(sample);
        }
      }
    } finally {
      tokens.revoke(token.view().id());
    }
    return samples;
  }

  /** Submits as a fresh learner (daily limits) and waits for the scored submission. */
  private OverheadSample runOne(RunnerProcess runner) throws Exception {
    AppUser user = accounts.create("learner");
    String session = accounts.login(user.id);
    Csrf.with(given().cookie(SessionCookie.NAME, session))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", CONFIG)
        .post("/labs/" + TrainingEndToEndTest.COURSE + "/" + TrainingEndToEndTest.SLUG + "/submit")
        .then()
        .statusCode(200);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    try (Connection db = dataSource.getConnection()) {
      while (Instant.now().isBefore(deadline)) {
        long jobId = finishedJob(db, user.id);
        if (jobId > 0) {
          return OverheadSample.load(db, jobId);
        }
        if (!runner.isAlive()) {
          throw new AssertionError("the runner exited:\n" + runner.output());
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("no outcome within 3 minutes; runner output:\n" + runner.output());
  }

  /** The learner's job once its submission left PENDING, else 0. */
  private static long finishedJob(Connection db, Long userId) throws SQLException {
    try (PreparedStatement statement =
        db.prepareStatement(
            "SELECT job_id FROM lab_submission WHERE user_id = ? AND status <> 'PENDING'")) {
      statement.setLong(1, userId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }
}
