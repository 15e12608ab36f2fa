-- The files a lab folder offers learners as downloads: its starter files (labs/<slug>/starter/*)
-- and its sample_submission.csv. The bytes live in blob, so every stateless replica serves what the
-- import stored, never the files on its own disk. Names are plain file names, unique per lab.
CREATE TABLE lab_download (
    lab_id BIGINT      NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    name   VARCHAR(64) NOT NULL,
    role   VARCHAR(8)  NOT NULL CHECK (role IN ('starter', 'sample')),
    sha256 VARCHAR(64) NOT NULL REFERENCES blob (sha256),
    size   BIGINT      NOT NULL,
    PRIMARY KEY (lab_id, name)
);
