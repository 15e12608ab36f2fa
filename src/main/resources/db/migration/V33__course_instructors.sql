-- Who teaches a course: the instructors (or admins) who may act for it, e.g. disqualify a
-- submission to one of its labs. Admins may act for every course without a row here. The course
-- feature owns this table; admins assign instructors at /instructor/courses/{slug}/instructors.
CREATE TABLE course_instructor (
    course_id BIGINT      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    user_id   BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    added_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_instructor_user_idx ON course_instructor (user_id);
