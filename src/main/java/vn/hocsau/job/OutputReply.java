package vn.hocsau.job;

/** What the platform stored for an uploaded output file. */
public record OutputReply(String name, int size, String sha256) {}
