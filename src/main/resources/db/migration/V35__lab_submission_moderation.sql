-- Every disqualification and reinstatement of a lab submission: who, when, which, and why. Rows are
-- only ever added. The lab feature owns it, as it owns lab_submission.
CREATE TABLE lab_submission_moderation (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id BIGINT       NOT NULL REFERENCES lab_submission (id) ON DELETE CASCADE,
    lab_id        BIGINT       NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    action        VARCHAR(12)  NOT NULL CHECK (action IN ('DISQUALIFY', 'REINSTATE')),
    reason        VARCHAR(500) NOT NULL CHECK (length(btrim(reason)) > 0),
    actor_id      BIGINT       REFERENCES app_user (id) ON DELETE SET NULL,
    acted_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX lab_submission_moderation_lab_idx ON lab_submission_moderation (lab_id, acted_at DESC);
