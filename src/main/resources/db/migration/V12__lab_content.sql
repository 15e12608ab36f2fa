-- What lab.yaml adds to a lab: its dataset, text, accepted kinds, limits and baseline; and the
-- files a submission brought.
ALTER TABLE lab
    ADD COLUMN dataset_slug     VARCHAR(100),
    ADD COLUMN title_vi         VARCHAR(200),
    ADD COLUMN title_en         VARCHAR(200),
    -- Sanitized HTML rendered from the lab's Markdown at import.
    ADD COLUMN body_vi          TEXT,
    ADD COLUMN body_en          TEXT,
    -- Comma-separated lab_submission kinds, e.g. 'predictions,config'.
    ADD COLUMN accepted_kinds   VARCHAR(80) NOT NULL DEFAULT 'predictions',
    -- What a predictions file holds: labels, probabilities or values.
    ADD COLUMN output_format    VARCHAR(16) NOT NULL DEFAULT 'labels',
    ADD COLUMN wall_seconds     INTEGER     NOT NULL DEFAULT 600,
    ADD COLUMN memory_mb        INTEGER     NOT NULL DEFAULT 2048,
    ADD COLUMN max_epochs       INTEGER     NOT NULL DEFAULT 20,
    -- The predictions file in the lab folder that sets the baseline marker.
    ADD COLUMN baseline_sha256  VARCHAR(64),
    ADD COLUMN baseline_public  DOUBLE PRECISION,
    ADD COLUMN content_hash     VARCHAR(64),
    ADD COLUMN imported_at      TIMESTAMPTZ;

ALTER TABLE lab_submission
    -- The uploaded predictions file (kind predictions) or the job's, for re-scoring.
    ADD COLUMN predictions_sha256 VARCHAR(64),
    -- An uploaded model zip (kind dl4j-zip): the only submission blob a runner may fetch.
    ADD COLUMN zip_sha256         VARCHAR(64),
    ADD COLUMN file_name          VARCHAR(64);
CREATE INDEX lab_submission_zip_idx ON lab_submission (zip_sha256) WHERE zip_sha256 IS NOT NULL;
