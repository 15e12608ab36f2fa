package vn.hocsau.system.token;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.hocsau.system.i18n.Language;

/**
 * The answers of one "create, show once, list, revoke" page, for the resource that declares its
 * routes and who may use them: the list, a creation (the plain token shown this once, never
 * cached), a revocation (with a notice), and a refusal shown on the page with its status.
 *
 * @param keys the page's message-key prefix, see {@link TokenPage#keys()}
 * @param path where the page lives, see {@link TokenPage#path()}
 * @param template the resource's checked template
 * @param tokens the tokens to list, newest first
 * @param language the caller's language, for refusals
 */
public record TokenPageResponses(
    String keys,
    String path,
    Function<TokenPage, TemplateInstance> template,
    Supplier<List<? extends TokenListing>> tokens,
    Language language) {

  /** The page with the tokens and nothing else. */
  public TemplateInstance list() {
    return page(null, null, null);
  }

  /** Creates a token and shows its plain text, once; the page must not be cached. */
  public Response create(Supplier<NewToken> create) {
    try {
      NewToken created = create.get();
      return Response.ok(page(created, null, null)).header("Cache-Control", "no-store").build();
    } catch (TokenException e) {
      return refused(e);
    }
  }

  /** Revokes a token; {@code revoke} does it and says so in the caller's language. */
  public Response revoke(Supplier<String> revoke) {
    try {
      return Response.ok(page(null, revoke.get(), null)).build();
    } catch (TokenException e) {
      return refused(e);
    }
  }

  private Response refused(TokenException e) {
    return Response.status(e.status()).entity(page(null, null, e.message(language))).build();
  }

  private TemplateInstance page(NewToken created, String notice, String error) {
    return template.apply(new TokenPage(keys, path, tokens.get(), created, notice, error));
  }
}
