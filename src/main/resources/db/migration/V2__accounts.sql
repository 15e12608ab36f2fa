-- Local and OIDC accounts. One role per user; higher roles include lower ones (see Roles.java).
CREATE TABLE app_user (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100),
    role          VARCHAR(20)  NOT NULL DEFAULT 'learner'
                  CHECK (role IN ('learner', 'instructor', 'admin')),
    language      VARCHAR(5)   NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en')),
    oidc_subject  VARCHAR(255) UNIQUE,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0
);
-- Emails are compared case-insensitively; the unique index is the final guard against races.
CREATE UNIQUE INDEX app_user_email_lower_uk ON app_user (lower(email));

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE user_session (
    token_hash   VARCHAR(64) PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);
