-- Every change to a course row (and so, through V60's triggers, to its modules, lessons, quizzes and
-- labs) is announced on the channel hocsau_course_changed with the course's slug as payload (the old
-- and the new slug when it was renamed). Each replica's system.pagecache.CourseChangeListener LISTENs
-- and drops the anonymous pages it keeps for that course, and the catalog pages. PostgreSQL delivers
-- a notification only after its transaction commits, and folds identical ones of a transaction.
CREATE FUNCTION course_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('hocsau_course_changed', OLD.slug);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('hocsau_course_changed', NEW.slug);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER course_change_notify AFTER INSERT OR UPDATE OR DELETE ON course
    FOR EACH ROW EXECUTE FUNCTION course_change_notify();
