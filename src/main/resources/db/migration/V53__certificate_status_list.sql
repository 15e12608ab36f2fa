-- Revocation published as a W3C Bitstring Status List (certificate feature). Each certificate gets
-- one position, drawn from a sequence; the list number and the index inside it are derived from it
-- in Java (StatusListEntry), so an issued certificate's position never changes. Existing rows get
-- distinct values here: a volatile default is evaluated once per row when the column is added.
CREATE SEQUENCE certificate_status_seq MINVALUE 0 START WITH 0;
ALTER TABLE certificate
    ADD COLUMN status_seq BIGINT NOT NULL DEFAULT nextval('certificate_status_seq');
ALTER SEQUENCE certificate_status_seq OWNED BY certificate.status_seq;
CREATE UNIQUE INDEX certificate_status_seq_idx ON certificate (status_seq);
