package vn.hocsau.runner.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One event of an attempt, numbered by the runner.
 *
 * @param seq position within the attempt, from 0
 * @param type {@code started}, {@code epoch}, {@code finished} or {@code log}
 * @param data the event's fields
 */
public record Event(long seq, String type, ObjectNode data) {}
