package vn.hocsau.system.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of a native query, read by column name rather than by position, so that a repository maps
 * each query to its record in one place and a reordered {@code SELECT} cannot shift a value into
 * the wrong field. Numbers are read through {@link Number}, because the JDBC type of a column
 * ({@code int4}, {@code int8}, {@code numeric}, {@code count(*)}) is not the record's concern.
 * PostgreSQL reports column labels in lower case: name them so in the SQL.
 */
public record SqlRow(Tuple tuple) {

  /** A native query whose rows are read with {@link #all} or {@link #first}. */
  public static Query query(EntityManager em, String sql) {
    return em.createNativeQuery(sql, Tuple.class);
  }

  /** Every row of a query made by {@link #query}. */
  @SuppressWarnings("unchecked")
  public static List<SqlRow> all(Query query) {
    return ((List<Tuple>) query.getResultList()).stream().map(SqlRow::new).toList();
  }

  /** The first row of a query made by {@link #query}, or null when it has none. */
  public static SqlRow first(Query query) {
    List<SqlRow> rows = all(query);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** A non-null number column as a {@code long}. */
  public long longValue(String column) {
    return number(column).longValue();
  }

  /** A non-null number column as an {@code int}. */
  public int intValue(String column) {
    return number(column).intValue();
  }

  /** A non-null number column as a {@code double}. */
  public double doubleValue(String column) {
    return number(column).doubleValue();
  }

  /** A number column that may be null, as a {@code Long}. */
  public Long nullableLong(String column) {
    Number n = number(column);
    return n == null ? null : n.longValue();
  }

  /** A number column that may be null. */
  public Double nullableDouble(String column) {
    Number n = (Number) tuple.get(column);
    return n == null ? null : n.doubleValue();
  }

  /** A text column, or null. */
  public String string(String column) {
    return (String) tuple.get(column);
  }

  /** A boolean column, or null. */
  public Boolean bool(String column) {
    return (Boolean) tuple.get(column);
  }

  /** A date column, or null; drivers return {@code java.sql.Date} or {@code LocalDate}. */
  public LocalDate date(String column) {
    Object value = tuple.get(column);
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }

  /** A timestamp column as an instant, or null; drivers differ in the type they return. */
  public Instant instant(String column) {
    Object value = tuple.get(column);
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  private Number number(String column) {
    return (Number) tuple.get(column);
  }
}
