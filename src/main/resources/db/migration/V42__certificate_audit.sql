-- Everything that happened to a certificate: issued, revoked (with the reason), reissued, and
-- evidence re-scored below its pass mark (the certificate stays; the audit notes it).
CREATE TABLE certificate_audit (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    certificate_id BIGINT      NOT NULL REFERENCES certificate (id) ON DELETE CASCADE,
    action         VARCHAR(30) NOT NULL
        CHECK (action IN ('issued', 'revoked', 'reissued', 'evidence-rescored')),
    actor_id       BIGINT      REFERENCES app_user (id) ON DELETE SET NULL,
    detail         TEXT        NOT NULL DEFAULT '',
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX certificate_audit_certificate_idx ON certificate_audit (certificate_id);
