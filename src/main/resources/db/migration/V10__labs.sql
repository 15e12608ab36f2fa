-- Labs and competitions, and the submissions learners make to them. The `lab` feature owns these
-- tables (it imports labs/<slug>/lab.yaml with its course and scores submissions); `leaderboard`
-- ranks from them. Datasets, their files and hidden labels get their own tables in later migrations.

CREATE TABLE lab (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id            BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    slug                 VARCHAR(100) NOT NULL,
    kind                 VARCHAR(12)  NOT NULL CHECK (kind IN ('lab', 'competition')),
    -- grading.Metric's key: accuracy, macro-f1, logloss, roc-auc, rmse, mae.
    metric               VARCHAR(16)  NOT NULL,
    higher_is_better     BOOLEAN      NOT NULL,
    has_leaderboard      BOOLEAN      NOT NULL,
    -- A lab passes at this score (in the metric's own direction); competitions may have none.
    pass_mark            DOUBLE PRECISION,
    starts_at            TIMESTAMPTZ,
    -- After the deadline the public board freezes and new submissions are refused.
    deadline             TIMESTAMPTZ,
    -- From this instant the private scores and the private board are shown.
    reveal_at            TIMESTAMPTZ,
    -- The daily submission limit resets at 00:00 in this zone (an IANA name).
    time_zone            VARCHAR(64)  NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    daily_limit          INTEGER      NOT NULL CHECK (daily_limit >= 1),
    max_final_selections INTEGER      NOT NULL DEFAULT 2 CHECK (max_final_selections >= 1),
    published            BOOLEAN      NOT NULL DEFAULT TRUE,
    version              INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (course_id, slug)
);

CREATE TABLE lab_submission (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lab_id          BIGINT       NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    user_id         BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind            VARCHAR(12)  NOT NULL
                    CHECK (kind IN ('predictions', 'config', 'java', 'dl4j-json', 'dl4j-zip')),
    -- PENDING: waiting for its training job. SCORED: both scores set. INVALID: the predictions
    -- failed validation (learner's fault, not charged). FAILED: the job failed.
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'SCORED', 'INVALID', 'FAILED')),
    job_id          BIGINT       REFERENCES job (id) ON DELETE SET NULL,
    public_score    DOUBLE PRECISION,
    private_score   DOUBLE PRECISION,
    -- Whether it counts against the daily limit: not for validation errors or platform faults.
    charged         BOOLEAN      NOT NULL,
    selected_final  BOOLEAN      NOT NULL DEFAULT FALSE,
    -- A client's Idempotency-Key: the same key twice is one submission.
    idempotency_key VARCHAR(100),
    note            VARCHAR(500),
    -- Why it is INVALID or FAILED: a message key and its arguments (JSON), translated when shown.
    problem         JSONB,
    created_at      TIMESTAMPTZ  NOT NULL,
    scored_at       TIMESTAMPTZ,
    version         INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT lab_submission_scored_ck
        CHECK ((status = 'SCORED') = (public_score IS NOT NULL AND private_score IS NOT NULL)),
    UNIQUE (user_id, lab_id, idempotency_key)
);
-- The public board: each learner's best scored submission, earliest first on ties.
CREATE INDEX lab_submission_board_idx
    ON lab_submission (lab_id, user_id, public_score, created_at, id) WHERE status = 'SCORED';
CREATE INDEX lab_submission_user_idx ON lab_submission (user_id, lab_id, created_at DESC);
CREATE INDEX lab_submission_job_idx ON lab_submission (job_id) WHERE job_id IS NOT NULL;
