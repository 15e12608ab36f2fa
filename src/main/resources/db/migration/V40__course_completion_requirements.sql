-- Completion rules that name their assessments (course.yaml completion: quizzes / labs), and the
-- course version certificates print. NULL requirements: the rule names none (every quiz and graded
-- lab counts with lessons-and-quizzes, as before).
ALTER TABLE course
    ADD COLUMN completion_version INTEGER NOT NULL DEFAULT 1 CHECK (completion_version >= 1),
    -- JSON: {"quizzes": [{"module": "slug", "min_score": 70 | null}], "labs": ["slug"]}
    ADD COLUMN completion_requirements TEXT;
