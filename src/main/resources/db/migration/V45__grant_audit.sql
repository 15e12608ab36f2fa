-- Everything that happened to a grant application: who did what, when, with which hours and reason.
CREATE TABLE grant_audit (
    id             BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT      NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
    action         VARCHAR(20) NOT NULL
        CHECK (action IN ('submitted', 'resubmitted', 'approved', 'rejected', 'asked-info')),
    actor_id       BIGINT      REFERENCES app_user (id) ON DELETE SET NULL,
    hours          INT,
    detail         TEXT        NOT NULL DEFAULT '',
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX grant_audit_application_idx ON grant_audit (application_id);
