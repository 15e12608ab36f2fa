package vn.hocsau.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What tests do to the running Keycloak: obtain tokens with the password grant, read their claims,
 * and set up extra users and clients through the admin REST API.
 */
public final class KeycloakRealm {

  private final String realmUrl;
  private final String adminPassword;

  /** The realm at {@code realmUrl} (…/realms/hocsau); the admin logs in to the master realm. */
  public KeycloakRealm(String realmUrl, String adminPassword) {
    this.realmUrl = realmUrl;
    this.adminPassword = adminPassword;
  }

  /** An access token for {@code username} issued to the platform's own client. */
  public String webToken(String username, String password) {
    return token(realmUrl, "hocsau-web", KeycloakResource.CLIENT_SECRET, username, password);
  }

  /** An access token issued to {@code clientId}, a public client with direct access grants. */
  public String publicClientToken(String clientId, String username, String password) {
    return token(realmUrl, clientId, null, username, password);
  }

  /** An access token of the master realm's admin: same server, another realm. */
  public String adminToken() {
    return token(masterUrl(), "admin-cli", null, "admin", adminPassword);
  }

  /** The claims of a JWT, read without checking it. */
  public static JsonPath claims(String jwt) {
    byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
    return JsonPath.from(new String(payload, StandardCharsets.UTF_8));
  }

  /**
   * Creates a user with a password and, besides the default ones, {@code roles}; returns its id.
   */
  public String createUser(
      String username, String email, boolean emailVerified, String password, String... roles) {
    Map<String, Object> user =
        Map.of(
            "username", username,
            "email", email,
            "emailVerified", emailVerified,
            "firstName", "Test",
            "lastName", username,
            "enabled", true,
            "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)));
    String location =
        admin()
            .body(user)
            .post(adminUrl() + "/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    for (String role : roles) {
      grantRealmRole(id, role);
    }
    return id;
  }

  /** Adds the realm role {@code role} to the user {@code userId}. */
  public void grantRealmRole(String userId, String role) {
    Map<String, Object> representation =
        admin().get(adminUrl() + "/roles/" + role).then().statusCode(200).extract().as(Map.class);
    admin()
        .body(List.of(representation))
        .post(adminUrl() + "/users/" + userId + "/role-mappings/realm")
        .then()
        .statusCode(204);
  }

  /**
   * Creates a public client with direct access grants. With {@code audience} its access tokens also
   * name hocsau-web as audience; {@code lifespanSeconds} > 0 shortens their life.
   */
  public void createPublicClient(String clientId, boolean audience, int lifespanSeconds) {
    Map<String, Object> client = new HashMap<>();
    client.put("clientId", clientId);
    client.put("publicClient", true);
    client.put("directAccessGrantsEnabled", true);
    client.put("standardFlowEnabled", false);
    if (lifespanSeconds > 0) {
      client.put("attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)));
    }
    if (audience) {
      client.put(
          "protocolMappers",
          List.of(
              Map.of(
                  "name", "audience: hocsau-web",
                  "protocol", "openid-connect",
                  "protocolMapper", "oidc-audience-mapper",
                  "config",
                      Map.of(
                          "included.client.audience", "hocsau-web",
                          "access.token.claim", "true"))));
    }
    admin().body(client).post(adminUrl() + "/clients").then().statusCode(201);
  }

  /**
   * Lets the hocsau-web client redirect to {@code uriPattern} too: the tests listen on a random
   * port, which the realm file cannot know.
   */
  @SuppressWarnings("unchecked")
  public void allowRedirect(String uriPattern) {
    Map<String, Object> client =
        admin()
            .queryParam("clientId", "hocsau-web")
            .get(adminUrl() + "/clients")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("[0]");
    List<String> uris = new ArrayList<>((List<String>) client.get("redirectUris"));
    uris.add(uriPattern);
    client.put("redirectUris", uris);
    client.remove("secret"); // absent fields are left as they are; never echo the secret back
    admin().body(client).put(adminUrl() + "/clients/" + client.get("id")).then().statusCode(204);
  }

  private RequestSpecification admin() {
    return given().auth().oauth2(adminToken()).contentType(ContentType.JSON);
  }

  private String adminUrl() {
    return realmUrl.replace("/realms/", "/admin/realms/");
  }

  private String masterUrl() {
    return realmUrl.substring(0, realmUrl.lastIndexOf('/') + 1) + "master";
  }

  private static String token(
      String realm, String clientId, String secret, String username, String password) {
    RequestSpecification request =
        given()
            .formParam("grant_type", "password")
            .formParam("client_id", clientId)
            .formParam("username", username)
            .formParam("password", password)
            .formParam("scope", "openid");
    if (secret != null) {
      request.formParam("client_secret", secret);
    }
    return request
        .post(realm + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
