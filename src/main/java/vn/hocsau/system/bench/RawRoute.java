package vn.hocsau.system.bench;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web benchmark's yardstick ({@code bench/web}): a bare Vert.x route on the platform's own
 * server that answers {@code GET /bench/raw/{bytes}} with a constant buffer of that size, so the
 * pages can be compared with the most this server could do for a response of their size (no routing
 * through REST, no session, no database, no template).
 *
 * <p>Off unless {@code hocsau.bench.raw-route=true}; the benchmark starts its own platform with it.
 * Off, the path is not routed at all and answers 404 like any unknown path.
 */
@ApplicationScoped
public class RawRoute {

  /** Largest buffer served: a lesson page is a few tens of kilobytes. */
  static final int MAX_BYTES = 1 << 20;

  @ConfigProperty(name = "hocsau.bench.raw-route", defaultValue = "false")
  boolean enabled;

  // One size is benchmarked at a time; the buffer is built once and served as is.
  private final AtomicReference<Buffer> body = new AtomicReference<>(Buffer.buffer());

  void register(@Observes Router router) {
    if (!enabled) {
      return;
    }
    router
        .get("/bench/raw/:bytes")
        .handler(
            ctx -> {
              int bytes;
              try {
                bytes = Integer.parseInt(ctx.pathParam("bytes"));
              } catch (NumberFormatException e) {
                bytes = -1;
              }
              if (bytes < 0 || bytes > MAX_BYTES) {
                ctx.response().setStatusCode(400).end();
                return;
              }
              ctx.response()
                  .putHeader("Content-Type", "text/html; charset=UTF-8")
                  .end(buffer(bytes));
            });
  }

  private Buffer buffer(int bytes) {
    Buffer current = body.get();
    if (current.length() != bytes) {
      byte[] filler = new byte[bytes];
      Arrays.fill(filler, (byte) 'x');
      current = Buffer.buffer(filler);
      body.set(current);
    }
    return current;
  }
}
