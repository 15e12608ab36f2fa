-- Datasets shared by labs, and a content-addressed file store. Files live in PostgreSQL (not on a
-- replica's disk), so any number of stateless platform replicas serve the same bytes.

-- Files by SHA-256: dataset files, uploaded submission zips, predictions files.
CREATE TABLE blob (
    sha256     VARCHAR(64)    PRIMARY KEY,
    size       BIGINT      NOT NULL,
    bytes      BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE dataset (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            VARCHAR(100)     NOT NULL UNIQUE,
    title           VARCHAR(200)     NOT NULL,
    format          VARCHAR(4)       NOT NULL CHECK (format IN ('idx', 'csv')),
    task            VARCHAR(16)      NOT NULL CHECK (task IN ('classification', 'regression')),
    num_classes     INTEGER          NOT NULL,
    -- JSON array, e.g. [1, 28, 28] or [2].
    input_shape     VARCHAR(64)      NOT NULL,
    test_rows       INTEGER          NOT NULL,
    public_fraction DOUBLE PRECISION NOT NULL,
    split_seed      BIGINT           NOT NULL,
    -- SHA-256 over the yaml and the file hashes: registering the same dataset again is a no-op.
    fingerprint     VARCHAR(64)         NOT NULL,
    registered_at   TIMESTAMPTZ      NOT NULL
);

-- The public files of a dataset: what runners and learners may download. Never test labels.
CREATE TABLE dataset_file (
    dataset_id BIGINT       NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    role       VARCHAR(16)  NOT NULL CHECK (role IN ('train-features', 'train-labels', 'test-features')),
    name       VARCHAR(200) NOT NULL,
    sha256     VARCHAR(64)     NOT NULL REFERENCES blob (sha256),
    size       BIGINT       NOT NULL,
    PRIMARY KEY (dataset_id, role)
);
CREATE INDEX dataset_file_sha_idx ON dataset_file (sha256);

-- The hidden truth of each test row and whether it is public. Only scoring reads this table; no
-- route serves it, and the test-labels file itself is never stored as a blob.
CREATE TABLE dataset_answer (
    dataset_id BIGINT           NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    row_no     INTEGER          NOT NULL,
    test_id    VARCHAR(100)     NOT NULL,
    target     DOUBLE PRECISION NOT NULL,
    public_row BOOLEAN          NOT NULL,
    PRIMARY KEY (dataset_id, row_no)
);
