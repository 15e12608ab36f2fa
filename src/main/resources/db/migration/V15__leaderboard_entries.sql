-- The public leaderboard, materialised: one row per learner and lab holding that learner's best
-- SCORED submission made before the deadline. Ranking straight from lab_submission needs a
-- DISTINCT ON over every scored submission and a sort of every learner on each page view (hundreds
-- of milliseconds at 1M submissions, see docs/benchmarks.md); from this table a page is an index
-- range scan and "my rank" an index-only count.
--
-- Triggers keep it exact, whoever writes lab_submission: scoring, rescoring, deletion, and changes
-- to a lab's direction or deadline all recompute what they touch.
CREATE TABLE lab_board_entry (
    lab_id        BIGINT           NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    user_id       BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    submission_id BIGINT           NOT NULL,
    public_score  DOUBLE PRECISION NOT NULL,
    -- public_score turned so that smaller is always better (negated when higher is better), so one
    -- ascending index serves both directions.
    rank_key      DOUBLE PRECISION NOT NULL,
    -- When the best submission was made: ties go to the earlier one, then to the lower id.
    best_at       TIMESTAMPTZ      NOT NULL,
    -- How many scored submissions the learner made before the deadline.
    submissions   INTEGER          NOT NULL,
    PRIMARY KEY (lab_id, user_id)
);
-- In board order; user_id is included so that skipping to a deep page is an index-only scan.
CREATE INDEX lab_board_entry_rank_idx
    ON lab_board_entry (lab_id, rank_key, best_at, submission_id) INCLUDE (user_id);

-- Recomputes one learner's entry from their scored submissions. The advisory lock serialises the
-- recomputations of one learner, so two scorings committing at once cannot leave a stale best.
CREATE FUNCTION lab_board_refresh(p_lab BIGINT, p_user BIGINT) RETURNS void
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

-- Rebuilds a whole lab's board in one statement (after a change of direction or deadline, and for
-- bulk loads).
CREATE FUNCTION lab_board_rebuild(p_lab BIGINT) RETURNS void
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
     WHERE s.lab_id = p_lab AND s.status = 'SCORED'
       AND (l.deadline IS NULL OR s.created_at <= l.deadline)
     ORDER BY s.user_id,
              CASE WHEN l.higher_is_better THEN -s.public_score ELSE s.public_score END,
              s.created_at, s.id;
END $$;

CREATE FUNCTION lab_submission_board_trigger() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'SCORED' THEN
        PERFORM lab_board_refresh(OLD.lab_id, OLD.user_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'SCORED'
       AND (TG_OP = 'INSERT' OR OLD.lab_id <> NEW.lab_id OR OLD.user_id <> NEW.user_id
            OR OLD.status <> 'SCORED') THEN
        PERFORM lab_board_refresh(NEW.lab_id, NEW.user_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER lab_submission_board
    AFTER INSERT OR DELETE OR UPDATE OF status, public_score, created_at, lab_id, user_id
    ON lab_submission
    FOR EACH ROW EXECUTE FUNCTION lab_submission_board_trigger();

CREATE FUNCTION lab_board_lab_trigger() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lab_board_rebuild(NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER lab_board_lab
    AFTER UPDATE OF higher_is_better, deadline ON lab
    FOR EACH ROW
    WHEN (OLD.higher_is_better IS DISTINCT FROM NEW.higher_is_better
          OR OLD.deadline IS DISTINCT FROM NEW.deadline)
    EXECUTE FUNCTION lab_board_lab_trigger();
