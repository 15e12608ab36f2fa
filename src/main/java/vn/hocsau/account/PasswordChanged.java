package vn.hocsau.account;

/**
 * Fired (synchronously, inside the transaction) whenever a local account's password changes, so
 * that whatever was granted by the old password or by an emailed link ends with it.
 */
public record PasswordChanged(Long userId) {}
