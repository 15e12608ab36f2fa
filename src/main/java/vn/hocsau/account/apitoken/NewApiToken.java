package vn.hocsau.account.apitoken;

/** A token just created: its view and, this once, its plain text. */
public record NewApiToken(ApiTokenView view, String token) {}
