package vn.hocsau.account;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.Language;

/**
 * What a verified OIDC token says about the person logging in, reduced to what a local account
 * needs. The role is the highest of ours among the token's realm roles.
 */
public record OidcLogin(
    String subject,
    String email,
    boolean emailVerified,
    String displayName,
    String role,
    Language language) {

  /** Reads the claims of {@code token}; {@code roles} are the roles Quarkus mapped from it. */
  public static OidcLogin of(JsonWebToken token, Set<String> roles) {
    String email = InputRules.normaliseEmail(text(token, "email"));
    return new OidcLogin(
        token.getSubject(),
        email,
        isTrue(token.getClaim("email_verified")),
        displayName(token, email),
        Roles.highest(roles),
        Language.fromCode(text(token, "locale")).orElse(Language.VI));
  }

  /** The first of name, preferred_username and the email's local part that is a valid name. */
  private static String displayName(JsonWebToken token, String email) {
    String localPart = email == null ? null : email.substring(0, Math.max(0, email.indexOf('@')));
    return Stream.of(text(token, "name"), text(token, "preferred_username"), localPart)
        .map(InputRules::normaliseName)
        .filter(name -> name != null && InputRules.checkName(name).isEmpty())
        .findFirst()
        .orElse("?");
  }

  // Depending on the claim, smallrye-jwt hands out plain Java values or JSON-P values.
  private static String text(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value instanceof JsonString json) {
      return json.getString();
    }
    return value instanceof String s ? s : null;
  }

  private static boolean isTrue(Object claim) {
    return Boolean.TRUE.equals(claim) || JsonValue.TRUE.equals(claim);
  }

  /** The email, if the token carries one that would be valid for a local account. */
  Optional<String> usableEmail() {
    return InputRules.checkEmail(email).isEmpty() ? Optional.of(email) : Optional.empty();
  }
}
