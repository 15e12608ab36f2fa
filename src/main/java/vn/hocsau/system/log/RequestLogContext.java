package vn.hocsau.system.log;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id that each of its log lines carries ({@code requestId} in the MDC, a
 * field of its own in the production profile's JSON lines) and that the response names in {@code
 * X-Request-Id}, so an operator can go from what a learner or a runner saw to what the platform
 * logged about it. A proxy's or client's own {@code X-Request-Id} is kept when it is a plain token;
 * anything else is replaced, so a client cannot write arbitrary text into the logs.
 */
public class RequestLogContext {

  /** The header that carries the id, in and out. */
  public static final String HEADER = "X-Request-Id";

  /** The MDC key of the request id. */
  public static final String KEY = "requestId";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @ServerRequestFilter(preMatching = true)
  void enter(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    String id = given != null && PLAIN.matcher(given).matches() ? given : newId();
    request.setProperty(KEY, id);
    MDC.put(KEY, id);
  }

  @ServerResponseFilter
  void leave(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(KEY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
  }

  private static String newId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
