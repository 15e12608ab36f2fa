-- The SHA-256 of each dataset's hidden file (its test labels, or its labelled test CSV). The file
-- is never stored; its hash lets the import refuse a dataset whose public files are the same bytes
-- as any dataset's hidden file, since public files are served to runners and learner code.
ALTER TABLE dataset ADD COLUMN hidden_sha256 VARCHAR(64);
CREATE INDEX dataset_hidden_sha_idx ON dataset (hidden_sha256);
