-- The private board, kept as a snapshot once computed. It is shown only after the reveal, and
-- computing it ranks every final selection of the lab: about 4 s at 1M submissions, and a page
-- view needs the rows, the count and the viewer's rank (docs/benchmarks.md). After the reveal it
-- hardly ever changes, so the first view computes it and later views read these rows.
--
-- A snapshot is valid while its lab_private_board_state row exists. Any write to the lab's
-- submissions, or a change of the lab's ranking settings, deletes that row (a primary-key delete,
-- nothing more, so scoring before the reveal pays almost nothing); the next view recomputes.
-- Writers take the lab's advisory lock shared and the recomputation takes it exclusive, so a
-- write that commits while the board is being computed cannot leave a stale snapshot behind.
CREATE TABLE lab_private_board (
    lab_id        BIGINT           NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    rank          INTEGER          NOT NULL,
    user_id       BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    private_score DOUBLE PRECISION NOT NULL,
    submissions   INTEGER          NOT NULL,
    PRIMARY KEY (lab_id, rank)
);
CREATE UNIQUE INDEX lab_private_board_user_idx ON lab_private_board (lab_id, user_id) INCLUDE (rank);

CREATE TABLE lab_private_board_state (
    lab_id      BIGINT      PRIMARY KEY REFERENCES lab (id) ON DELETE CASCADE,
    learners    INTEGER     NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION lab_private_board_forget() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'lab' THEN
        PERFORM pg_advisory_xact_lock_shared(hashtextextended('lab_private_board:' || NEW.id, 0));
        DELETE FROM lab_private_board_state WHERE lab_id = NEW.id;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM pg_advisory_xact_lock_shared(hashtextextended('lab_private_board:' || OLD.lab_id, 0));
        DELETE FROM lab_private_board_state WHERE lab_id = OLD.lab_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM pg_advisory_xact_lock_shared(hashtextextended('lab_private_board:' || NEW.lab_id, 0));
        DELETE FROM lab_private_board_state WHERE lab_id = NEW.lab_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER lab_submission_private_board
    AFTER INSERT OR DELETE OR UPDATE ON lab_submission
    FOR EACH ROW EXECUTE FUNCTION lab_private_board_forget();

CREATE TRIGGER lab_private_board_lab
    AFTER UPDATE OF higher_is_better, deadline, max_final_selections ON lab
    FOR EACH ROW EXECUTE FUNCTION lab_private_board_forget();
