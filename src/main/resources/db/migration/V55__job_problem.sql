-- The trainer's coded problem of a failed job (TrainerProblem: code, args, line, column, place), as
-- the runner forwarded it in finish, so the job page can word it in the learner's language. NULL
-- for jobs without one: older runners, verdicts the runner classified itself, and jobs before this.
-- Not kept in job.payload: that is the runner's input, handed out unchanged on every claim.
ALTER TABLE job ADD COLUMN problem JSONB;
