-- Personal API tokens: a signed-in user's credential for the REST API and the command-line client.
-- Only the SHA-256 of a token is stored; the plain token is shown once, when it is created.
CREATE TABLE api_token (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(64)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    -- The first characters of the token, so its owner can tell tokens apart without the secret.
    token_hint   VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    version      INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX api_token_user ON api_token (user_id, created_at DESC);
