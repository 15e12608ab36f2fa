package vn.hocsau.system.web;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * Hands authentication failures to the failure handlers, as Quarkus REST's own filter does, but
 * without the cost that filter adds to every request when metrics are on.
 *
 * <p>With Micrometer present, Quarkus REST (3.34) installs a filter on every route that, before
 * swapping the default authentication-failure handler for one that fails the request, works out the
 * request's URI template for the metrics by building a new request mapper of every resource class:
 * on each request, including static files and routes that never reach REST. The web benchmark's
 * profile found it in a quarter of the event loops' samples on a bare route. This filter runs just
 * before it and makes the same swap first, so that filter has nothing left to do. REST still
 * records the template of every request it serves; only a failure raised by the HTTP security layer
 * itself, before REST, is counted without one.
 */
@ApplicationScoped
public class AuthFailureRouting {

  /**
   * Right after authentication (route order -200) and before Quarkus REST's filter, which Quarkus
   * adds after every application route of the same order.
   */
  static final int ORDER = -199;

  /** What Quarkus REST's replacement does: mark, then fail the request with the root cause. */
  static final BiConsumer<RoutingContext, Throwable> FAIL_REQUEST =
      (ctx, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
          ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
      };

  void register(@Observes Router router) {
    router
        .route()
        .order(ORDER)
        .handler(
            ctx -> {
              if (ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER)
                  instanceof DefaultAuthFailureHandler) {
                ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_REQUEST);
              }
              ctx.next();
            });
  }
}
