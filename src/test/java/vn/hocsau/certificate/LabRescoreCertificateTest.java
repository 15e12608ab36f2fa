package vn.hocsau.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.lab.DatasetRegistry;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * A lab that earned a certificate loses its pass when an admin re-scores it after the dataset's
 * labels were fixed: the certificate stays valid, and its audit notes the re-score.
 */
@QuarkusTest
class LabRescoreCertificateTest {

  private static final String LAB = "phan-loai";

  @Inject TestAccounts accounts;
  @Inject CourseImporter importer;
  @Inject DatasetRegistry datasets;
  @Inject CertificateRepository certificates;

  @TempDir Path dir;

  @Test
  void aLabRescoredBelowItsPassMarkKeepsTheCertificateAndTheAuditNotesIt() throws IOException {
    String suffix = Long.toString(System.nanoTime(), 36);
    // The dataset's owner registers a private copy of diem-3-lop, so that fixing its labels later
    // touches no other test's dataset; same rows and split, so LabFixtures.predictions fits it.
    Path dataset = copyDataset(dir.resolve("datasets/diem-" + suffix));
    List<String> problems = new ArrayList<>();
    assertEquals(DatasetRegistry.Outcome.REGISTERED, datasets.register(dataset, problems));
    assertEquals(List.of(), problems);

    String slug = "cr-" + suffix;
    Path course =
        CourseFolder.write(
            dir.resolve("courses"), slug, "{rule: all-lessons, labs: [" + LAB + "]}", false);
    Path lab = Files.createDirectories(course.resolve("labs").resolve(LAB));
    Files.writeString(
        lab.resolve("lab.yaml"),
        "dataset: "
            + dataset.getFileName()
            + "\nkind: lab\npassMark: 0.8\nmetric: accuracy\nsubmissions: [predictions]\n"
            + "title: {vi: Phân loại điểm}\n");
    Files.writeString(lab.resolve("lab.vi.md"), "Phân loại các điểm.");
    assertEquals(List.of(), importer.importFolder(dir.resolve("courses")).rejected());

    AppUser learner = accounts.create("learner");
    post(learner, "/courses/" + slug + "/enrol");
    post(learner, "/courses/" + slug + "/lessons/bai/done");
    boolean[] right = new boolean[LabFixtures.testIds().size()];
    Arrays.fill(right, true);
    as(learner)
        .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
        .post("/api/v1/labs/" + slug + "/" + LAB + "/submissions")
        .then()
        .statusCode(201);
    List<StoredCertificate> held = certificates.ofUser(learner.id);
    assertEquals(1, held.size(), "the lab pass completes the course");
    StoredCertificate c = held.get(0);
    // The Open Badge carries the lab pass as evidence.
    given()
        .get("/verify/" + c.publicId() + "/badge.json")
        .then()
        .statusCode(200)
        .body(containsString("\"type\":[\"Evidence\"]"))
        .body(containsString("\"narrative\":\"lab " + LAB + ": accuracy 1"));

    // The least artificial way to lower a stored score: the owner finds wrong answers in the
    // dataset, fixes its test.csv and registers it again, then an admin re-scores the lab through
    // its page. Half of the public rows change label, so the learner's file now scores about 0.5.
    double expectedScore = fixLabelsOfHalfThePublicRows(dataset.resolve("test.csv"));
    assertTrue(expectedScore < 0.8, "below the pass mark: " + expectedScore);
    assertEquals(DatasetRegistry.Outcome.REGISTERED, datasets.register(dataset, problems));
    assertEquals(List.of(), problems);
    AppUser admin = accounts.create("admin");
    Csrf.with(as(admin)).post("/labs/" + slug + "/" + LAB + "/rescore").then().statusCode(303);

    given()
        .get("/verify/" + c.publicId())
        .then()
        .statusCode(200)
        .body(containsString("data-state=\"valid\""));
    assertEquals(List.of(c.publicId()), held(learner));
    List<String> audit = certificates.auditOf(c.id());
    assertEquals(2, audit.size(), audit.toString());
    assertEquals("issued: ", audit.get(0));
    assertTrue(
        audit.get(1).startsWith("evidence-rescored: lab " + LAB + " submission "), audit.get(1));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(": 1\\.0 -> ([0-9.]+), ").matcher(audit.get(1));
    assertTrue(m.find(), audit.get(1));
    assertEquals(expectedScore, Double.parseDouble(m.group(1)), 1e-4);
    assertTrue(audit.get(1).endsWith("below the pass mark; the certificate stays"), audit.get(1));

    // Re-scoring again changes nothing, so the audit gains nothing.
    Csrf.with(as(admin)).post("/labs/" + slug + "/" + LAB + "/rescore").then().statusCode(303);
    assertEquals(2, certificates.auditOf(c.id()).size());
  }

  private List<String> held(AppUser learner) {
    return certificates.ofUser(learner.id).stream().map(StoredCertificate::publicId).toList();
  }

  private static Path copyDataset(Path to) throws IOException {
    Path from = LabFixtures.TEST_CSV.getParent();
    Files.createDirectories(to);
    for (String name : List.of("dataset.yaml", "train.csv", "test.csv")) {
      Files.copy(from.resolve(name), to.resolve(name));
    }
    return to;
  }

  /**
   * Moves the label of every other public test row to the next class; returns the public score of
   * an all-right file against the old labels, under the new ones.
   */
  private static double fixLabelsOfHalfThePublicRows(Path testCsv) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(testCsv, StandardCharsets.UTF_8));
    boolean[] pub = LabFixtures.publicRows();
    int seen = 0;
    for (int i = 0; i < pub.length; i++) {
      if (pub[i] && seen++ % 2 == 0) {
        String[] c = lines.get(i + 1).split(",");
        c[3] = Integer.toString((Integer.parseInt(c[3]) + 1) % 3);
        lines.set(i + 1, String.join(",", c));
      }
    }
    Files.write(testCsv, lines, StandardCharsets.UTF_8);
    return (seen - (seen + 1) / 2) / (double) seen;
  }

  private RequestSpecification as(AppUser user) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(user.id));
  }

  private void post(AppUser user, String path) {
    Csrf.with(as(user)).post(path).then().statusCode(303);
  }
}
