-- Every change to a lab's public board (lab_board_entry, kept by V15's triggers from scored
-- submissions, disqualifications and rebuilds) or to its private board snapshot (the state row of
-- V31, written when the snapshot is computed and deleted when a write makes it stale) is announced
-- on the channel hocsau_board_changed with 'course-slug/lab-slug' as payload; a change of any
-- learner's display name (shown on every board) with '*'. Each replica's
-- system.pagecache.ChangeListener LISTENs and drops the board pages it keeps for anonymous visitors.
-- Statement triggers: one notification per lab and statement, however many rows (a rebuild writes
-- thousands), and PostgreSQL folds identical ones of a transaction and delivers them at commit.
CREATE FUNCTION board_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    board TEXT;
BEGIN
    FOR board IN
        SELECT DISTINCT c.slug || '/' || l.slug
          FROM (SELECT DISTINCT lab_id FROM changed) ch
          JOIN lab l ON l.id = ch.lab_id
          JOIN course c ON c.id = l.course_id
    LOOP
        PERFORM pg_notify('hocsau_board_changed', board);
    END LOOP;
    RETURN NULL;
END $$;

-- A transition table serves one event only, so each table has a trigger per event. (When a lab or
-- course is deleted, the join above finds nothing; V60's and V64's triggers announce that change.)
CREATE TRIGGER board_entry_insert_notify AFTER INSERT ON lab_board_entry
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION board_change_notify();
CREATE TRIGGER board_entry_update_notify AFTER UPDATE ON lab_board_entry
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION board_change_notify();
CREATE TRIGGER board_entry_delete_notify AFTER DELETE ON lab_board_entry
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION board_change_notify();

CREATE TRIGGER private_board_insert_notify AFTER INSERT ON lab_private_board_state
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION board_change_notify();
CREATE TRIGGER private_board_update_notify AFTER UPDATE ON lab_private_board_state
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION board_change_notify();
CREATE TRIGGER private_board_delete_notify AFTER DELETE ON lab_private_board_state
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION board_change_notify();

CREATE FUNCTION board_names_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hocsau_board_changed', '*');
    RETURN NULL;
END $$;

CREATE TRIGGER board_names_notify AFTER UPDATE OF display_name ON app_user
    FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
    EXECUTE FUNCTION board_names_notify();
