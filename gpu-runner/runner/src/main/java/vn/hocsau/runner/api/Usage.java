package vn.hocsau.runner.api;

/**
 * What a run used, sent with {@code finish} so the platform can charge compute time.
 *
 * @param wallSeconds time the sandbox ran
 * @param cpuSeconds CPU time of all its processes
 * @param gpuSeconds GPU time: the wall time of a GPU job, which holds the whole GPU
 */
public record Usage(double wallSeconds, double cpuSeconds, double gpuSeconds) {}
