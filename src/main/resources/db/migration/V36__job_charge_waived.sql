-- Whether a finished job's charge was waived (ComputeCharge): kept with the job so that a feature
-- catching up on an end it never handled (the pending-submission sweep) applies the same decision
-- the job got when it ended. Ended jobs before this change: rebuilt from what they stored.
ALTER TABLE job ADD COLUMN charge_waived BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE job SET charge_waived = TRUE
WHERE state IN ('SUCCEEDED', 'FAILED', 'CANCELLED')
  AND (error_class = 'RUNNER_LOST'
       OR (state = 'CANCELLED' AND charged_seconds = 0)
       OR (error_class IN ('CONFIG_ERROR', 'COMPILE_ERROR') AND charged_seconds = 0));
