package vn.hocsau.lab;

/** A registered dataset's public description, as other features read it. */
public record DatasetRow(
    Long id,
    String slug,
    String title,
    String format,
    String task,
    int numClasses,
    String inputShape,
    int testRows) {}
