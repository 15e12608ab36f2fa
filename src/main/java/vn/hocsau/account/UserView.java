package vn.hocsau.account;

import java.time.Instant;

/** What pages and JSON may know about a user. Never carries the password hash. */
public record UserView(
    Long id,
    String email,
    String displayName,
    String role,
    String language,
    Instant createdAt,
    boolean hasPassword) {}
