-- Where a course was imported from, and edits made on the site.
-- source_root: the absolute courses folder of the last import. When a later import of that folder
-- no longer finds the course's subfolder, the course is unpublished (learner history is kept).
ALTER TABLE course ADD COLUMN source_root TEXT;
-- Set when an instructor saves an edit on the site, cleared when the course is exported or a file
-- import writes it again: "this course has edits that are not in git yet".
ALTER TABLE course ADD COLUMN site_edited_at TIMESTAMPTZ;
-- Who wrote a lesson version on the site (NULL: the importer).
ALTER TABLE lesson_version ADD COLUMN edited_by BIGINT REFERENCES app_user (id) ON DELETE SET NULL;
-- The whole lesson file per language, as imported or saved, so an export writes back exactly the
-- files that produced this version (and a re-import of the export changes nothing).
ALTER TABLE lesson_version ADD COLUMN source_vi TEXT;
ALTER TABLE lesson_version ADD COLUMN source_en TEXT;
