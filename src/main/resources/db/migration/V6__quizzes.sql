-- Quizzes imported from each module's quiz.yaml, and learners' attempts at them. A quiz is keyed by
-- course + module slug, and its questions keep the ids from the file, so attempts survive edits.

CREATE TABLE module_quiz (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id    BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    module_slug  VARCHAR(100) NOT NULL,
    -- The QuizSource (settings and questions) as JSON: what the grader is rebuilt from.
    source_json  TEXT         NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    -- A quiz that left the files stays, hidden, so the attempts that point to it keep their meaning.
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    imported_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (course_id, module_slug)
);

-- One row per graded submission. The submission key comes from a hidden field of the form, so a
-- double click or a retry after a timeout finds the row already there instead of adding one.
CREATE TABLE quiz_attempt (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    quiz_id          BIGINT           NOT NULL REFERENCES module_quiz (id) ON DELETE CASCADE,
    attempt_number   INTEGER          NOT NULL,
    submission_key   VARCHAR(64)      NOT NULL,
    answers_json     TEXT             NOT NULL,
    scores_json      TEXT             NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    percent          DOUBLE PRECISION NOT NULL,
    passed           BOOLEAN          NOT NULL,
    created_at       TIMESTAMPTZ      NOT NULL,
    UNIQUE (user_id, quiz_id, submission_key),
    UNIQUE (user_id, quiz_id, attempt_number)
);
