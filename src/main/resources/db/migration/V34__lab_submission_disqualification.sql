-- A submission disqualified for cheating keeps its status and scores (so reinstating it restores
-- everything) but ranks nowhere: not on the public board, not on the private board (a disqualified
-- final selection does not count), and not as the learner's best score or pass. Every reader of
-- SCORED submissions adds "disqualified_at IS NULL".
ALTER TABLE lab_submission
    ADD COLUMN disqualified_at     TIMESTAMPTZ,
    ADD COLUMN disqualified_reason VARCHAR(500),
    ADD CONSTRAINT lab_submission_disqualified_ck
        CHECK ((disqualified_at IS NULL) = (disqualified_reason IS NULL));

-- The board functions of V15, with disqualified submissions left out.
CREATE OR REPLACE FUNCTION lab_board_refresh(p_lab BIGINT, p_user BIGINT) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    v_higher   BOOLEAN;
    v_deadline TIMESTAMPTZ;
    v_best     RECORD;
    v_count    INTEGER;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('lab_board:' || p_lab || ':' || p_user, 0));
    SELECT higher_is_better, deadline INTO v_higher, v_deadline FROM lab WHERE id = p_lab;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT s.id, s.public_score, s.created_at INTO v_best
      FROM lab_submission s
     WHERE s.lab_id = p_lab AND s.user_id = p_user AND s.status = 'SCORED'
       AND s.disqualified_at IS NULL
       AND (v_deadline IS NULL OR s.created_at <= v_deadline)
     ORDER BY CASE WHEN v_higher THEN -s.public_score ELSE s.public_score END, s.created_at, s.id
     LIMIT 1;
    IF NOT FOUND THEN
        DELETE FROM lab_board_entry WHERE lab_id = p_lab AND user_id = p_user;
        RETURN;
    END IF;
    SELECT count(*) INTO v_count
      FROM lab_submission s
     WHERE s.lab_id = p_lab AND s.user_id = p_user AND s.status = 'SCORED'
       AND s.disqualified_at IS NULL
       AND (v_deadline IS NULL OR s.created_at <= v_deadline);
    INSERT INTO lab_board_entry AS e
           (lab_id, user_id, submission_id, public_score, rank_key, best_at, submissions)
    VALUES (p_lab, p_user, v_best.id, v_best.public_score,
            CASE WHEN v_higher THEN -v_best.public_score ELSE v_best.public_score END,
            v_best.created_at, v_count)
    ON CONFLICT (lab_id, user_id) DO UPDATE
       SET submission_id = EXCLUDED.submission_id, public_score = EXCLUDED.public_score,
           rank_key = EXCLUDED.rank_key, best_at = EXCLUDED.best_at,
           submissions = EXCLUDED.submissions;
END $$;

CREATE OR REPLACE FUNCTION lab_board_rebuild(p_lab BIGINT) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lab_board_entry WHERE lab_id = p_lab;
    INSERT INTO lab_board_entry (lab_id, user_id, submission_id, public_score, rank_key, best_at,
                                 submissions)
    SELECT DISTINCT ON (s.user_id)
           s.lab_id, s.user_id, s.id, s.public_score,
           CASE WHEN l.higher_is_better THEN -s.public_score ELSE s.public_score END,
           s.created_at,
           count(*) OVER (PARTITION BY s.user_id)
      FROM lab_submission s
      JOIN lab l ON l.id = s.lab_id
     WHERE s.lab_id = p_lab AND s.status = 'SCORED' AND s.disqualified_at IS NULL
       AND (l.deadline IS NULL OR s.created_at <= l.deadline)
     ORDER BY s.user_id,
              CASE WHEN l.higher_is_better THEN -s.public_score ELSE s.public_score END,
              s.created_at, s.id;
END $$;

-- Disqualifying or reinstating a SCORED submission recomputes its learner's entry: the trigger's
-- first branch refreshes on any update of a row that was SCORED. The private board snapshot needs
-- nothing new: V31's trigger forgets it on every update of lab_submission.
DROP TRIGGER lab_submission_board ON lab_submission;
CREATE TRIGGER lab_submission_board
    AFTER INSERT OR DELETE
       OR UPDATE OF status, public_score, created_at, lab_id, user_id, disqualified_at
    ON lab_submission
    FOR EACH ROW EXECUTE FUNCTION lab_submission_board_trigger();

