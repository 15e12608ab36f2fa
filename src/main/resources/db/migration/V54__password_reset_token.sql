-- Password-reset links of local accounts (owned by account). Only the SHA-256 of a link's token is
-- stored, so a copy of the database resets no password. A link works once and until expires_at;
-- every link of a user is deleted when one is used and whenever the password changes.
CREATE TABLE password_reset_token (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX password_reset_token_user ON password_reset_token (user_id);
CREATE INDEX password_reset_token_expires ON password_reset_token (expires_at);
