package vn.hocsau.runner.sandbox;

/**
 * Limits applied to a job's control group.
 *
 * @param memoryBytes RAM for everything the job holds, tmpfs pages included; swap is never given
 * @param pids most processes and threads at once
 * @param cpus CPU quota, in whole CPUs
 */
public record CgroupLimits(long memoryBytes, int pids, int cpus) {}
