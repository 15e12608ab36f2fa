package vn.hocsau.leaderboard;

import java.util.List;

/**
 * The public board as CSV (RFC 4180). Display names are chosen by learners, so every cell that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * is prefixed with {@code '}, as OWASP advises against CSV injection.
 */
final class LeaderboardCsv {

  private LeaderboardCsv() {}

  /** The header and one line per row. */
  static String of(List<BoardRow> rows) {
    StringBuilder out = new StringBuilder("rank,name,score,submissions\r\n");
    for (BoardRow r : rows) {
      out.append(r.rank())
          .append(',')
          .append(cell(r.name()))
          .append(',')
          .append(cell(Double.toString(r.score())))
          .append(',')
          .append(r.submissions())
          .append("\r\n");
    }
    return out.toString();
  }

  /** One cell, neutralised and quoted when needed. */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
