package vn.hocsau.job;

/**
 * A stored progress event.
 *
 * @param data the event's JSON, as the runner sent it
 */
public record JobEventView(long seq, String type, String data) {}
