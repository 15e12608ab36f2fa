package vn.hocsau.lab;

/** A stored download of a lab (a starter file or the sample submission): its name and bytes. */
public record StoredDownload(String name, byte[] bytes) {}
