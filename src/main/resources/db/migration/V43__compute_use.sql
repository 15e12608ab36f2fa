-- The GPU-hour meter (grant feature): one row per job, holding the job's estimate while it runs
-- ('reserved'), then what the job queue's charging rule (ComputeCharge) charged, converted to GPU
-- seconds at the slot's rate ('charged'), or nothing when the charge was waived or the platform
-- failed the job ('refunded'). The job id is the key, so a retried event never counts a job twice.
CREATE TABLE compute_use (
    job_id           BIGINT           PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    user_id          BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    course_id        BIGINT           REFERENCES course (id) ON DELETE CASCADE,
    resource         VARCHAR(8)       NOT NULL,
    state            VARCHAR(10)      NOT NULL CHECK (state IN ('reserved', 'charged', 'refunded')),
    reserved_seconds DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (reserved_seconds >= 0),
    charged_seconds  DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (charged_seconds >= 0),
    -- The week a job counts in is the week it was submitted.
    counted_at       TIMESTAMPTZ      NOT NULL,
    settled_at       TIMESTAMPTZ
);
CREATE INDEX compute_use_user_week_idx ON compute_use (user_id, counted_at);
