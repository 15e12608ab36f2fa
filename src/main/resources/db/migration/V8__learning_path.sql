-- The learning path of courses/path.yaml: stages of courses, imported with the courses. One row,
-- holding the validated file as JSON; an import with an equal hash changes nothing.
CREATE TABLE learning_path (
    id           SMALLINT    PRIMARY KEY CHECK (id = 1),
    source_json  TEXT        NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL
);
