-- The completion rule of course.yaml ("completion:"), so that the site can tell when a learner has
-- completed a course: every lesson done, and with lessons-and-quizzes every quiz passed too.
ALTER TABLE course
    ADD COLUMN completion_rule VARCHAR(30) NOT NULL DEFAULT 'all-lessons'
        CHECK (completion_rule IN ('all-lessons', 'lessons-and-quizzes')),
    -- Percent a quiz's best score must reach; NULL: each quiz's own pass_mark.
    ADD COLUMN completion_min_quiz_score INTEGER
        CHECK (completion_min_quiz_score BETWEEN 0 AND 100);
