-- Courses imported from courses/, and what learners do with them (enrolment, progress, resume).
-- Stable keys come from the files: course slug, and course slug + lesson slug for a lesson, so a
-- learner's history survives edits and re-imports.

-- unaccent() is only STABLE (its dictionary could change), so it cannot back an index. Pinning the
-- dictionary makes this wrapper safe to declare IMMUTABLE.
CREATE FUNCTION hs_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE course (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            VARCHAR(100) NOT NULL UNIQUE,
    title_vi        VARCHAR(300),
    title_en        VARCHAR(300),
    summary_vi      TEXT,
    summary_en      TEXT,
    level           VARCHAR(20)  NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    tags            TEXT[]       NOT NULL DEFAULT '{}',
    languages       TEXT[]       NOT NULL DEFAULT '{}',
    published       BOOLEAN      NOT NULL DEFAULT TRUE,
    minutes         INTEGER      NOT NULL DEFAULT 0,
    -- SHA-256 over everything imported for the course: equal hash, nothing to do.
    content_hash    VARCHAR(64)  NOT NULL,
    -- Unaccented, lower-case titles and summaries: the text that typo-tolerant search compares.
    search_text     TEXT         NOT NULL DEFAULT '',
    -- Titles, summaries and lesson text in both languages, unaccented.
    search_document TSVECTOR     NOT NULL DEFAULT ''::tsvector,
    imported_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX course_search_document_idx ON course USING gin (search_document);
CREATE INDEX course_search_text_trgm_idx ON course USING gin (search_text gin_trgm_ops);

CREATE TABLE course_prerequisite (
    course_id         BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    prerequisite_slug VARCHAR(100) NOT NULL,
    position          INTEGER      NOT NULL,
    PRIMARY KEY (course_id, prerequisite_slug)
);

CREATE TABLE course_module (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    slug      VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL,
    title_vi  VARCHAR(300),
    title_en  VARCHAR(300),
    -- A module that left the files stays, hidden, so nothing that points to it breaks.
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    UNIQUE (course_id, slug)
);

CREATE TABLE lesson (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id          BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    module_id          BIGINT       NOT NULL REFERENCES course_module (id),
    slug               VARCHAR(100) NOT NULL,
    position           INTEGER      NOT NULL,
    current_version_id BIGINT,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    UNIQUE (course_id, slug)
);
CREATE INDEX lesson_module_idx ON lesson (module_id);

-- One row per distinct content of a lesson (both languages and its images): a new row exactly when
-- the lesson's content hash changes.
CREATE TABLE lesson_version (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lesson_id    BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    version      INTEGER     NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    title_vi     VARCHAR(300),
    title_en     VARCHAR(300),
    markdown_vi  TEXT,
    markdown_en  TEXT,
    minutes      INTEGER     NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (lesson_id, version)
);
ALTER TABLE lesson
    ADD CONSTRAINT lesson_current_version_fk
    FOREIGN KEY (current_version_id) REFERENCES lesson_version (id);

-- Images next to lessons, stored so that any replica can serve them. Only these are served.
CREATE TABLE course_asset (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id    BIGINT       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    module_slug  VARCHAR(100) NOT NULL,
    reference    VARCHAR(500) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    data         BYTEA        NOT NULL,
    UNIQUE (course_id, module_slug, reference)
);

-- Unenrolling sets unenrolled_at; enrolling again adds a row, so the history stays.
CREATE TABLE enrolment (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    course_id     BIGINT      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    enrolled_at   TIMESTAMPTZ NOT NULL,
    unenrolled_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX enrolment_active_uk ON enrolment (user_id, course_id) WHERE unenrolled_at IS NULL;

CREATE TABLE lesson_progress (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    lesson_id BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    done_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, lesson_id)
);

-- The last lesson a learner opened in a course, for "continue where you left off".
CREATE TABLE course_visit (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    course_id  BIGINT      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    lesson_id  BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    visited_at TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, course_id)
);
