package vn.hocsau.lab;

/** One public file of a registered dataset: its role, name, SHA-256 and size. */
public record FileRow(String role, String name, String sha256, long size) {}
