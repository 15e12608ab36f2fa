-- Queue-time estimates read the last finished jobs of one kind and resource.
CREATE INDEX job_history_idx ON job (kind, resource, finished_at DESC) WHERE state = 'SUCCEEDED';
