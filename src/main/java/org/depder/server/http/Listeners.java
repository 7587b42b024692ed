package org.depder.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import org.depder.server.keys.TlsIdentity;

/**
 * Where the API listens: HTTPS on {@code host:tlsPort} with {@code tls}, and optionally plain HTTP
 * on {@code plainPort}, which is refused unless {@code host} is a loopback address (tests, or a
 * local reverse proxy). Port 0 picks a free port.
 */
public record Listeners(
    String host,
    Optional<TlsIdentity> tls,
    int tlsPort,
    Optional<Integer> plainPort,
    long maxRequestBytes) {
  public Listeners {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(plainPort, "plainPort");
    if (tls.isEmpty() && plainPort.isEmpty()) {
      throw new IllegalArgumentException("no listener");
    }
    if (plainPort.isPresent() && !loopback(host)) {
      throw new IllegalArgumentException("plain HTTP only on loopback");
    }
  }

  /** Plain HTTP only, on 127.0.0.1 and a free port: for tests. */
  public static Listeners loopbackPlain(long maxRequestBytes) {
    return new Listeners("127.0.0.1", Optional.empty(), 0, Optional.of(0), maxRequestBytes);
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
