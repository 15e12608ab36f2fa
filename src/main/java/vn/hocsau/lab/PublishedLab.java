package vn.hocsau.lab;

/** A published lab with the slug of its course. */
public record PublishedLab(String courseSlug, Lab lab) {}
