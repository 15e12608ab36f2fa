-- A learner passed a lab: the gradebook and course completion read this.
CREATE TABLE lab_result (
    user_id       BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    lab_id        BIGINT           NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    best_score    DOUBLE PRECISION NOT NULL,
    submission_id BIGINT           NOT NULL REFERENCES lab_submission (id) ON DELETE CASCADE,
    passed_at     TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (user_id, lab_id)
);

-- Every score a re-scoring changed: old, new, who and when.
CREATE TABLE lab_score_audit (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id BIGINT           NOT NULL REFERENCES lab_submission (id) ON DELETE CASCADE,
    old_public    DOUBLE PRECISION,
    old_private   DOUBLE PRECISION,
    new_public    DOUBLE PRECISION,
    new_private   DOUBLE PRECISION,
    changed_by    BIGINT           REFERENCES app_user (id) ON DELETE SET NULL,
    changed_at    TIMESTAMPTZ      NOT NULL
);
CREATE INDEX lab_score_audit_submission_idx ON lab_score_audit (submission_id);
