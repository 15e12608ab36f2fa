-- How many learners each lab's public board has, kept by statement triggers on lab_board_entry.
-- Every board page showed the count (for its pager) with count(*) over the lab's entries: 12 ms at
-- 85,000 learners, on every view, and the page's largest cost under load (bench/web). The entries
-- change only when a learner enters or leaves the board (their first scored submission, a
-- disqualification, a rebuild), so this row is written rarely and read on every view.
CREATE TABLE lab_board_size (
    lab_id   BIGINT PRIMARY KEY REFERENCES lab (id) ON DELETE CASCADE,
    learners BIGINT NOT NULL CHECK (learners >= 0)
);

INSERT INTO lab_board_size (lab_id, learners)
SELECT lab_id, count(*) FROM lab_board_entry GROUP BY lab_id;

-- Transition tables hold exactly the rows a statement inserted or deleted (for INSERT ... ON
-- CONFLICT DO UPDATE, only the inserted ones), so one update per statement and lab is exact.
CREATE FUNCTION lab_board_size_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lab_board_size AS s (lab_id, learners)
    SELECT lab_id, count(*) FROM inserted GROUP BY lab_id
    ON CONFLICT (lab_id) DO UPDATE SET learners = s.learners + EXCLUDED.learners;
    RETURN NULL;
END $$;

CREATE FUNCTION lab_board_size_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lab_board_size s SET learners = s.learners - d.n
      FROM (SELECT lab_id, count(*) AS n FROM deleted GROUP BY lab_id) d
     WHERE s.lab_id = d.lab_id;
    RETURN NULL;
END $$;

CREATE TRIGGER lab_board_size_insert AFTER INSERT ON lab_board_entry
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION lab_board_size_inserted();
CREATE TRIGGER lab_board_size_delete AFTER DELETE ON lab_board_entry
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION lab_board_size_deleted();
