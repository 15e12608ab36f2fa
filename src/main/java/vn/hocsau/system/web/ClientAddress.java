package vn.hocsau.system.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's address, for rate limits. Behind a proxy, enable
 * quarkus.http.proxy.proxy-address-forwarding so Vert.x reports the forwarded address; we never
 * read X-Forwarded-For ourselves, because clients can forge it.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** The remote host address, or "unknown". */
  public static String of(HttpServerRequest request) {
    SocketAddress address = request.remoteAddress();
    return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
  }
}
