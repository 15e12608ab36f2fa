-- The job queue and the runner API's tables. See submission/JobQueue.java and README "Job queue".

-- What a gpu-runner presents on /api/runner. Admins create and revoke tokens at /admin/runners.
-- Only the SHA-256 of a token is stored, so a leaked table cannot be replayed.
CREATE TABLE runner_token (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         VARCHAR(64)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    -- The first characters of the token, so admins can tell tokens apart without the secret.
    token_hint   VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_seen_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    version      INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE job (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id            BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind                VARCHAR(40)  NOT NULL,
    -- What kind of runner slot the job needs; a claim names the kinds it has free.
    resource            VARCHAR(8)   NOT NULL CHECK (resource IN ('cpu', 'gpu')),
    payload             JSONB        NOT NULL,
    state               VARCHAR(12)  NOT NULL
                        CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    priority            INTEGER      NOT NULL DEFAULT 0,
    -- Incremented by each claim, so (id, attempt) names one run and fences off older ones.
    attempt             INTEGER      NOT NULL DEFAULT 0 CHECK (attempt >= 0),
    max_attempts        INTEGER      NOT NULL CHECK (max_attempts >= 1),
    runner_id           BIGINT       REFERENCES runner_token (id),
    lease_until         TIMESTAMPTZ,
    cancel_requested_at TIMESTAMPTZ,
    queued_at           TIMESTAMPTZ  NOT NULL,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    error_class         VARCHAR(20)
                        CHECK (error_class IN ('OK', 'COMPILE_ERROR', 'CONFIG_ERROR', 'TIME_LIMIT',
                               'MEMORY_LIMIT', 'OUTPUT_LIMIT', 'DISK_LIMIT', 'RUNTIME_ERROR',
                               'INVALID_OUTPUT', 'RUNNER_LOST', 'CANCELLED')),
    message             TEXT,
    version             INTEGER      NOT NULL DEFAULT 0,
    -- A running job always has a lease (the reaper looks for expired ones), and only a running one.
    CONSTRAINT job_lease_ck CHECK ((state = 'RUNNING') = (lease_until IS NOT NULL)),
    CONSTRAINT job_finished_ck CHECK (
        (state IN ('SUCCEEDED', 'FAILED', 'CANCELLED'))
        = (finished_at IS NOT NULL AND error_class IS NOT NULL))
);
-- Claims rank each learner's queued jobs; the partial indexes stay as small as the queue.
CREATE INDEX job_queued_idx ON job (owner_id, priority DESC, queued_at, id) WHERE state = 'QUEUED';
CREATE INDEX job_running_idx ON job (owner_id) WHERE state = 'RUNNING';
CREATE INDEX job_lease_idx ON job (lease_until) WHERE state = 'RUNNING';
CREATE INDEX job_owner_idx ON job (owner_id, queued_at DESC);

-- Progress events forwarded by the runner. The key makes a retried batch a no-op.
CREATE TABLE job_event (
    job_id     BIGINT      NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    attempt    INTEGER     NOT NULL,
    seq        BIGINT      NOT NULL CHECK (seq >= 0),
    type       VARCHAR(20) NOT NULL,
    payload    JSONB       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_id, attempt, seq)
);

-- Files uploaded by the runner (predictions, log tail). Sizes are capped by configuration; names
-- start with a letter or digit, so '.' and '..' can never be one.
CREATE TABLE job_output (
    job_id     BIGINT      NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    attempt    INTEGER     NOT NULL,
    name       VARCHAR(64) NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    bytes      BYTEA       NOT NULL,
    size       INTEGER     NOT NULL CHECK (size = octet_length(bytes)),
    sha256     VARCHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_id, attempt, name)
);
