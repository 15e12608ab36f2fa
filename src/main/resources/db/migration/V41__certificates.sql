-- Certificates of course completion (certificate feature). The signed record is stored exactly as
-- signed (payload: canonical JSON, RFC 8785), so what the verify page shows is what was signed; the
-- other columns only find and constrain rows, and verification checks they agree with the payload.
CREATE TABLE certificate (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 128 random bits, base32 (RFC 4648, lower case, no padding): the ID printed and verified.
    public_id      VARCHAR(32)  NOT NULL UNIQUE,
    -- Kept when the account is deleted: an employer may still verify years later.
    user_id        BIGINT       REFERENCES app_user (id) ON DELETE SET NULL,
    course_id      BIGINT       REFERENCES course (id) ON DELETE SET NULL,
    course_slug    VARCHAR(100) NOT NULL,
    course_version INTEGER      NOT NULL,
    payload        TEXT         NOT NULL,
    -- Ed25519 over the UTF-8 bytes of payload, base64url without padding; key_id names the key.
    signature      VARCHAR(100) NOT NULL,
    key_id         VARCHAR(100) NOT NULL,
    issued_at      TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoked_reason VARCHAR(500),
    revoked_by     BIGINT       REFERENCES app_user (id) ON DELETE SET NULL,
    -- Set when the learner asked for a reissue (a new name): the public ID of the new certificate.
    superseded_by  VARCHAR(32),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
-- One certificate per learner per course version, even under concurrent triggers
-- (INSERT ... ON CONFLICT DO NOTHING). A revoked one still counts, so a trigger never reissues what
-- an instructor revoked; only a reissue (which sets superseded_by) makes room for a new one.
CREATE UNIQUE INDEX certificate_one_per_version
    ON certificate (user_id, course_id, course_version) WHERE superseded_by IS NULL;
CREATE INDEX certificate_user_idx ON certificate (user_id);
