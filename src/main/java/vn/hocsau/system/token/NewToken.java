package vn.hocsau.system.token;

/** A token just created: its listing and, this once, its plain text. */
public interface NewToken {

  TokenListing view();

  /** The plain token; it exists nowhere else. */
  String token();
}
