package vn.hocsau.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamps of one finished job as the platform recorded them (milliseconds since the epoch):
 * accepted ({@code job.queued_at}), claimed ({@code started_at}), verdict ({@code finished_at}),
 * the first epoch event and the last event as received ({@code job_event.created_at}), plus the
 * trainer's own start-up marks ({@code -Dhocsau.timing=true}, a {@code log} event).
 */
record OverheadSample(
    long accepted,
    long claimed,
    long firstEpoch,
    long lastEvent,
    long verdict,
    String errorClass,
    Map<String, Long> trainerMarks) {

  private static final Pattern MARK = Pattern.compile("(\\w+)=\\+?(-?\\d+)");

  static OverheadSample load(Connection db, long jobId) throws SQLException {
    String sql =
        """
        SELECT (extract(epoch FROM j.queued_at) * 1000)::bigint,
               (extract(epoch FROM j.started_at) * 1000)::bigint,
               (SELECT (extract(epoch FROM min(e.created_at)) * 1000)::bigint FROM job_event e
                 WHERE e.job_id = j.id AND e.attempt = j.attempt AND e.type = 'epoch'),
               (SELECT (extract(epoch FROM max(e.created_at)) * 1000)::bigint FROM job_event e
                 WHERE e.job_id = j.id AND e.attempt = j.attempt),
               (extract(epoch FROM j.finished_at) * 1000)::bigint,
               j.error_class,
               (SELECT e.payload ->> 'message' FROM job_event e
                 WHERE e.job_id = j.id AND e.attempt = j.attempt AND e.type = 'log'
                   AND e.payload ->> 'message' LIKE 'startup timing:%' LIMIT 1)
          FROM job j WHERE j.id = ?
        """;
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, jobId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("no job " + jobId);
        }
        return new OverheadSample(
            row.getLong(1),
            row.getLong(2),
            row.getLong(3),
            row.getLong(4),
            row.getLong(5),
            row.getString(6),
            marks(row.getString(7)));
      }
    }
  }

  /** {@code start=...} is absolute; the other marks are milliseconds after it. */
  static Map<String, Long> marks(String line) {
    Map<String, Long> marks = new LinkedHashMap<>();
    if (line != null) {
      Matcher m = MARK.matcher(line);
      while (m.find()) {
        marks.put(m.group(1), Long.parseLong(m.group(2)));
      }
    }
    return marks;
  }

  /** A trainer mark as an absolute time, or -1 when the trainer did not report it. */
  long trainerAt(String mark) {
    Long start = trainerMarks.get("start");
    Long offset = trainerMarks.get(mark);
    if (start == null || start < 0 || offset == null || offset < 0) {
      return -1;
    }
    return "start".equals(mark) ? start : start + offset;
  }
}
