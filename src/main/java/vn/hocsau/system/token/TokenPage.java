package vn.hocsau.system.token;

import java.util.List;

/**
 * What {@code templates/tokenPage.html} renders: the tokens, the one just created, and a notice or
 * an error. The page's texts are the messages whose keys start with {@code keys}: {@code
 * <keys>s_title}, {@code <keys>s_intro}, {@code <keys>s_none} for the page and {@code
 * <keys>_created}, {@code <keys>_col_name} … for the rest, so each feature words its own page.
 *
 * @param keys the start of the page's message keys, such as {@code api_token}
 * @param path where the page lives; the form posts there and revokes under it
 */
public record TokenPage(
    String keys,
    String path,
    List<? extends TokenListing> tokens,
    NewToken created,
    String notice,
    String error) {

  /** The key of a message about one token, such as {@code api_token_col_name}. */
  public String key(String name) {
    return keys + "_" + name;
  }

  /** The key of a message about the page, such as {@code api_tokens_title}. */
  public String pageKey(String name) {
    return keys + "s_" + name;
  }
}
