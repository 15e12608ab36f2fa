package vn.hocsau.system.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One log record as one JSON object on one line: {@code timestamp}, {@code level}, {@code
 * loggerName}, {@code message}, {@code threadName}, the MDC as the {@code mdc} object and an
 * exception's stack trace as the {@code stackTrace} string.
 *
 * <p>Written with Jackson rather than with JBoss LogManager's own {@code JsonFormatter}: that one
 * needs JSON-P, and the log manager sits in the runner's boot class loader, which cannot see the
 * application's libraries.
 */
final class JsonLineFormatter extends ExtFormatter {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String format(ExtLogRecord record) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
      json.writeStringField("level", record.getLevel().getName());
      json.writeStringField("loggerName", record.getLoggerName());
      json.writeStringField("message", formatMessage(record));
      json.writeStringField("threadName", record.getThreadName());
      Map<String, String> mdc = new TreeMap<>(record.getMdcCopy());
      if (!mdc.isEmpty()) {
        json.writeObjectFieldStart("mdc");
        for (Map.Entry<String, String> e : mdc.entrySet()) {
          json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
      }
      if (record.getThrown() != null) {
        StringWriter stack = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(stack));
        json.writeStringField("stackTrace", stack.toString());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }
}
