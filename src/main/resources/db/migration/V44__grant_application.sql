-- Applications for GPU hours (grant feature): a learner's letter, the hours per week and the weeks
-- asked for, optionally for one course, and the decision. An approved application is the grant:
-- hours_granted per week from valid_from (a week start) to valid_until.
CREATE TABLE grant_application (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    course_id       BIGINT      REFERENCES course (id) ON DELETE CASCADE,
    letter          TEXT        NOT NULL,
    hours_requested INT         NOT NULL CHECK (hours_requested > 0),
    weeks_requested INT         NOT NULL CHECK (weeks_requested > 0),
    status          VARCHAR(12) NOT NULL
        CHECK (status IN ('PENDING', 'NEEDS_INFO', 'APPROVED', 'REJECTED')),
    hours_granted   INT         CHECK (hours_granted > 0),
    valid_from      TIMESTAMPTZ,
    valid_until     TIMESTAMPTZ,
    decision_note   TEXT,
    decided_by      BIGINT      REFERENCES app_user (id) ON DELETE SET NULL,
    decided_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    submitted_at    TIMESTAMPTZ NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    CHECK (status <> 'APPROVED' OR (hours_granted IS NOT NULL AND valid_from IS NOT NULL
                                    AND valid_until > valid_from))
);
CREATE INDEX grant_application_user_idx ON grant_application (user_id);
CREATE INDEX grant_application_queue_idx ON grant_application (submitted_at)
    WHERE status = 'PENDING';
-- One open application per learner and course (or general), so the starter quota of a pending
-- application cannot be stacked.
CREATE UNIQUE INDEX grant_application_open_idx ON grant_application (user_id, coalesce(course_id, 0))
    WHERE status IN ('PENDING', 'NEEDS_INFO');
