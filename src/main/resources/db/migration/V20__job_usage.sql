-- What the sandbox of a job's final attempt used, as the runner reported it at finish (all optional:
-- older runners send nothing), and the compute time the learner is charged for the job. The rule is
-- submission/ComputeCharge.java; charged_seconds stays 0 for jobs that are not charged.
ALTER TABLE job
    ADD COLUMN usage_wall_seconds DOUBLE PRECISION CHECK (usage_wall_seconds >= 0),
    ADD COLUMN usage_cpu_seconds  DOUBLE PRECISION CHECK (usage_cpu_seconds >= 0),
    ADD COLUMN usage_gpu_seconds  DOUBLE PRECISION CHECK (usage_gpu_seconds >= 0),
    ADD COLUMN charged_seconds    DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (charged_seconds >= 0);

-- The monthly total on /jobs sums one learner's charges by finish time.
CREATE INDEX job_owner_finished_idx ON job (owner_id, finished_at) WHERE finished_at IS NOT NULL;
