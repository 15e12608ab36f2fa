package vn.hocsau.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.take.QuizService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/**
 * The Open Badges 3.0 download, checked as an outside verifier would: the proof is recomputed here
 * with the JDK's Ed25519 and the key from {@code /issuer}, not with the server's own code.
 */
@QuarkusTest
class OpenBadgeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject TestAccounts accounts;
  @Inject CourseImporter importer;
  @Inject QuizService quizzes;
  @Inject CertificateRepository certificates;
  @Inject CertificateRows rows;

  @TempDir Path dir;
  private AppUser learner;
  private String slug;

  @BeforeEach
  void setUp() {
    slug = "ob-" + Long.toString(System.nanoTime(), 36);
    CourseFolder.write(
        dir,
        slug,
        "{rule: all-lessons, version: 3, quizzes: [{module: mot, min_score: 60}]}",
        true);
    assertEquals(List.of(), importer.importFolder(dir).rejected());
    learner = accounts.create("learner");
    rows.rename(learner.id, "Trần Văn Bình");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theBadgeHasTheRequiredFieldsAndNoEmailAndItsProofVerifiesWithTheIssuerKey()
      throws Exception {
    StoredCertificate c = complete();
    String text =
        given()
            .get("/verify/" + c.publicId() + "/badge.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(text.contains(learner.email), text);
    assertFalse(text.contains("Trần Văn Bình"), "the name appears only hashed");
    Map<String, Object> badge = JSON.readValue(text, Map.class);

    assertEquals(
        List.of(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        badge.get("@context"));
    assertTrue(((String) badge.get("id")).endsWith("/verify/" + c.publicId()));
    assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), badge.get("type"));
    Map<String, Object> issuer = (Map<String, Object>) badge.get("issuer");
    assertTrue(((String) issuer.get("id")).endsWith("/issuer"));
    assertEquals(List.of("Profile"), issuer.get("type"));
    assertEquals(JSON.readValue(c.payload(), Map.class).get("issuedAt"), badge.get("validFrom"));
    assertTrue(((String) badge.get("validFrom")).endsWith("Z"));
    Map<String, Object> subject = (Map<String, Object>) badge.get("credentialSubject");
    assertEquals(List.of("AchievementSubject"), subject.get("type"));
    Map<String, Object> identity = ((List<Map<String, Object>>) subject.get("identifier")).get(0);
    assertEquals("IdentityObject", identity.get("type"));
    assertEquals(true, identity.get("hashed"));
    assertEquals("name", identity.get("identityType"));
    assertEquals(
        "sha256$" + sha256Hex("Trần Văn Bình" + identity.get("salt")),
        identity.get("identityHash"));
    Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
    assertTrue(((String) achievement.get("id")).endsWith("/courses/" + slug + "#v3"));
    assertEquals(List.of("Achievement"), achievement.get("type"));
    assertFalse(((String) achievement.get("name")).isBlank());
    assertFalse(((String) achievement.get("description")).isBlank());
    assertTrue(
        ((String) ((Map<String, Object>) achievement.get("criteria")).get("narrative"))
            .contains("at least 60%"));
    Map<String, Object> proof = (Map<String, Object>) badge.get("proof");
    assertEquals("DataIntegrityProof", proof.get("type"));
    assertEquals("eddsa-jcs-2022", proof.get("cryptosuite"));
    assertEquals("assertionMethod", proof.get("proofPurpose"));
    assertEquals(issuer.get("id") + "#" + c.keyId(), proof.get("verificationMethod"));

    PublicKey key = issuerKey((String) proof.get("verificationMethod"));
    assertTrue(verifies(badge, key), "the untouched badge verifies");
    for (String[] path :
        new String[][] {
          {"name"},
          {"validFrom"},
          {"id"},
          {"credentialSubject", "achievement", "name"},
          {"credentialSubject", "achievement", "id"},
          {"issuer", "name"},
          {"proof", "created"},
          {"proof", "verificationMethod"},
        }) {
      Map<String, Object> copy = JSON.readValue(text, Map.class);
      Map<String, Object> node = copy;
      for (int i = 0; i < path.length - 1; i++) {
        node = (Map<String, Object>) node.get(path[i]);
      }
      node.put(path[path.length - 1], node.get(path[path.length - 1]) + "x");
      assertFalse(verifies(copy, key), "changed " + String.join(".", path));
    }
    Map<String, Object> copy = JSON.readValue(text, Map.class);
    Map<String, Object> id =
        ((List<Map<String, Object>>)
                ((Map<String, Object>) copy.get("credentialSubject")).get("identifier"))
            .get(0);
    id.put("identityHash", "sha256$" + sha256Hex("Someone Else" + id.get("salt")));
    assertFalse(verifies(copy, key), "another learner's hash");
    // The server's own verifier agrees with this one.
    assertTrue(DataIntegrityProof.verify(badge, key));
  }

  @Test
  void unknownAndMalformedIdsAre404AndARevokedBadgeIsGone() {
    given().get("/verify/" + PublicIds.next() + "/badge.json").then().statusCode(404);
    given().get("/verify/not-an-id/badge.json").then().statusCode(404);

    StoredCertificate c = complete();
    rows.setPayload(c.publicId(), c.payload().replace("Trần Văn Bình", "Trần Văn Bìnhx"));
    given().get("/verify/" + c.publicId() + "/badge.json").then().statusCode(404);
    rows.setPayload(c.publicId(), c.payload());

    AppUser admin = accounts.create("admin");
    Csrf.with(as(admin))
        .formParam("reason", "sao chép bài")
        .post("/verify/" + c.publicId() + "/revoke")
        .then()
        .statusCode(303);
    given()
        .get("/verify/" + c.publicId() + "/badge.json")
        .then()
        .statusCode(410)
        .contentType("application/json")
        .body(containsString("\"revoked\""));
    given()
        .get("/verify/" + c.publicId())
        .then()
        .body(not(containsString("/verify/" + c.publicId() + "/badge.json")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRevocationIsPublishedInTheSignedBitstringStatusList() throws Exception {
    StoredCertificate c = complete();
    Map<String, Object> badge =
        JSON.readValue(
            given().get("/verify/" + c.publicId() + "/badge.json").then().extract().asString(),
            Map.class);
    Map<String, Object> entry = (Map<String, Object>) badge.get("credentialStatus");
    assertEquals("BitstringStatusListEntry", entry.get("type"));
    assertEquals("revocation", entry.get("statusPurpose"));
    String listUrl = (String) entry.get("statusListCredential");
    int index = Integer.parseInt((String) entry.get("statusListIndex"));
    assertEquals(listUrl + "#" + index, entry.get("id"));
    String listPath = listUrl.substring(listUrl.indexOf("/credentials/status/"));

    Map<String, Object> list = statusList(listPath);
    assertFalse(revoked(list, index), "a valid certificate's bit is clear");

    AppUser admin = accounts.create("admin");
    Csrf.with(as(admin))
        .formParam("reason", "gian lận")
        .post("/verify/" + c.publicId() + "/revoke")
        .then()
        .statusCode(303);
    Map<String, Object> after = statusList(listPath);
    assertTrue(revoked(after, index), "the revocation is in the list");
    Map<String, Object> forged = JSON.readValue(JSON.writeValueAsString(after), Map.class);
    ((Map<String, Object>) forged.get("credentialSubject"))
        .put("encodedList", BitstringStatusList.encode(List.of()));
    PublicKey key =
        issuerKey((String) ((Map<String, Object>) forged.get("proof")).get("verificationMethod"));
    assertFalse(verifies(forged, key), "a list with the bit cleared no longer verifies");

    given().get("/credentials/status/999999").then().statusCode(404);
    given().get("/credentials/status/0").then().statusCode(404);
    given().get("/credentials/status/1;drop").then().statusCode(404);
  }

  /** Fetches a status list credential and checks its shape and its proof, as a verifier would. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> statusList(String path) throws Exception {
    Map<String, Object> list =
        JSON.readValue(given().get(path).then().statusCode(200).extract().asString(), Map.class);
    assertEquals(
        List.of("VerifiableCredential", "BitstringStatusListCredential"), list.get("type"));
    Map<String, Object> subject = (Map<String, Object>) list.get("credentialSubject");
    assertEquals("BitstringStatusList", subject.get("type"));
    assertEquals("revocation", subject.get("statusPurpose"));
    Map<String, Object> proof = (Map<String, Object>) list.get("proof");
    assertTrue(verifies(list, issuerKey((String) proof.get("verificationMethod"))));
    return list;
  }

  @SuppressWarnings("unchecked")
  private static boolean revoked(Map<String, Object> list, int index) {
    String encoded =
        (String) ((Map<String, Object>) list.get("credentialSubject")).get("encodedList");
    return BitstringStatusList.isSet(encoded, index);
  }

  @Test
  void theVerifyPageAndTheLearnersListLinkTheBadge() {
    StoredCertificate c = complete();
    String link = "/verify/" + c.publicId() + "/badge.json";
    given().get("/verify/" + c.publicId()).then().statusCode(200).body(containsString(link));
    as(learner).get("/certificates").then().statusCode(200).body(containsString(link));
  }

  /** Fetches /issuer and rebuilds the Ed25519 key of {@code method} from its Multikey. */
  @SuppressWarnings("unchecked")
  private static PublicKey issuerKey(String method) throws Exception {
    Map<String, Object> profile =
        JSON.readValue(
            given().get("/issuer").then().statusCode(200).extract().asString(), Map.class);
    assertEquals(List.of("Profile"), profile.get("type"));
    Map<String, Object> vm =
        ((List<Map<String, Object>>) profile.get("verificationMethod"))
            .stream().filter(m -> method.equals(m.get("id"))).findFirst().orElseThrow();
    assertEquals("Multikey", vm.get("type"));
    assertEquals(profile.get("id"), vm.get("controller"));
    String multibase = (String) vm.get("publicKeyMultibase");
    assertTrue(multibase.startsWith("z"));
    byte[] multikey = Base58.decode(multibase.substring(1));
    assertEquals(34, multikey.length);
    assertEquals((byte) 0xed, multikey[0]);
    assertEquals((byte) 0x01, multikey[1]);
    byte[] der = new byte[44];
    byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    System.arraycopy(prefix, 0, der, 0, 12);
    System.arraycopy(multikey, 2, der, 12, 32);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
  }

  /** eddsa-jcs-2022 verification, written out from the W3C text. */
  @SuppressWarnings("unchecked")
  private static boolean verifies(Map<String, Object> secured, PublicKey key) throws Exception {
    Map<String, Object> document = new LinkedHashMap<>(secured);
    Map<String, Object> config =
        new LinkedHashMap<>((Map<String, Object>) document.remove("proof"));
    String proofValue = (String) config.remove("proofValue");
    config.put("@context", document.get("@context"));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] configHash = sha.digest(CanonicalJson.write(config).getBytes(StandardCharsets.UTF_8));
    byte[] docHash = sha.digest(CanonicalJson.write(document).getBytes(StandardCharsets.UTF_8));
    byte[] hashData = Arrays.copyOf(configHash, 64);
    System.arraycopy(docHash, 0, hashData, 32, 32);
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(hashData);
    return verifier.verify(Base58.decode(proofValue.substring(1)));
  }

  private static String sha256Hex(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private StoredCertificate complete() {
    Csrf.with(as(learner)).post("/courses/" + slug + "/enrol").then().statusCode(303);
    Csrf.with(as(learner)).post("/courses/" + slug + "/lessons/bai/done").then().statusCode(303);
    quizzes.submit(
        slug,
        "mot",
        learner.id,
        "pass",
        Map.of("q1", List.of("a"), "q2", List.of("a"), "q3", List.of("a")),
        Language.VI);
    List<StoredCertificate> held = certificates.ofUser(learner.id);
    assertEquals(1, held.size());
    return held.get(0);
  }

  private RequestSpecification as(AppUser user) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(user.id));
  }
}
