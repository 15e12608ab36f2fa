package vn.hocsau.submission;

import java.time.Instant;

/** One lab in the API's list. */
public record LabSummary(
    String course, String slug, String kind, String title, String metric, Instant deadline) {}
