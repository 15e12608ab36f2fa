-- A course's own weekly compute quota (grant feature), set by its instructors or an admin on
-- /instructor/courses/{slug}/compute-quota; courses without a row use hocsau.grants.weekly-gpu-seconds.
CREATE TABLE course_compute_quota (
    course_id      BIGINT      PRIMARY KEY REFERENCES course (id) ON DELETE CASCADE,
    weekly_seconds BIGINT      NOT NULL CHECK (weekly_seconds >= 0),
    updated_by     BIGINT      REFERENCES app_user (id) ON DELETE SET NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
