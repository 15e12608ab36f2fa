-- A counter per course that moves with every change to what its learner pages are built from: the
-- course row itself, its modules, lessons (and so their current versions), quizzes and labs.
-- course.learn.CourseOutlines keeps each published course's outline in memory and checks this one
-- number per request, so an edit made on any replica is seen on the next page view of every replica.
ALTER TABLE course ADD COLUMN content_version BIGINT NOT NULL DEFAULT 0;

-- Any update of the course row counts, whichever columns it sets (the entity does not map this one).
CREATE FUNCTION course_content_version_self() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.content_version = OLD.content_version THEN
        NEW.content_version := OLD.content_version + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER course_content_version_self BEFORE UPDATE ON course
    FOR EACH ROW EXECUTE FUNCTION course_content_version_self();

-- A row of a course's content changed: its course (old and new, if it moved) has a new version.
CREATE FUNCTION course_content_version_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE course SET content_version = content_version + 1 WHERE id = OLD.course_id;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.course_id IS DISTINCT FROM OLD.course_id THEN
        UPDATE course SET content_version = content_version + 1 WHERE id = NEW.course_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER course_module_content_version AFTER INSERT OR UPDATE OR DELETE ON course_module
    FOR EACH ROW EXECUTE FUNCTION course_content_version_child();
CREATE TRIGGER lesson_content_version AFTER INSERT OR UPDATE OR DELETE ON lesson
    FOR EACH ROW EXECUTE FUNCTION course_content_version_child();
CREATE TRIGGER module_quiz_content_version AFTER INSERT OR UPDATE OR DELETE ON module_quiz
    FOR EACH ROW EXECUTE FUNCTION course_content_version_child();
CREATE TRIGGER lab_content_version AFTER INSERT OR UPDATE OR DELETE ON lab
    FOR EACH ROW EXECUTE FUNCTION course_content_version_child();
