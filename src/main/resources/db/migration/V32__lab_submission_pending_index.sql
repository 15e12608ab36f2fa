-- The pending-submission sweep (lab/PendingSubmissionSweep.java) looks for training submissions
-- still PENDING every minute; they are few (one per queued or running training job), so a partial
-- index keeps that look cheap however many submissions are scored.
CREATE INDEX lab_submission_pending_idx ON lab_submission (id) WHERE status = 'PENDING';
