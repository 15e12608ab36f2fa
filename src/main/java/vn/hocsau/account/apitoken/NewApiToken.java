package vn.hocsau.account.apitoken;

import vn.hocsau.system.token.NewToken;

/** A token just created: its view and, this once, its plain text. */
public record NewApiToken(ApiTokenView view, String token) implements NewToken {}
