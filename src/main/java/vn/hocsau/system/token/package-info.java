/**
 * Bearer tokens shown once: what personal API tokens ({@code account.apitoken}) and runner tokens
 * ({@code job.runner}) share. Each feature keeps its own table, owner and rules (names, quotas);
 * here live the token format and its hash at rest ({@link vn.hocsau.system.token.TokenFormat}), the
 * columns both tables have ({@link vn.hocsau.system.token.TokenRow}), what a page lists ({@link
 * vn.hocsau.system.token.TokenListing}), the refusal ({@link
 * vn.hocsau.system.token.TokenException}) and the "create, show once, list, revoke" page ({@link
 * vn.hocsau.system.token.TokenPage}, rendered by {@code templates/tokenPage.html}).
 */
package vn.hocsau.system.token;
