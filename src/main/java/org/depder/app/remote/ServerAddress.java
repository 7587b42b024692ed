package org.depder.app.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The server address a user types: {@code depder.example.tm}, {@code depder.example.tm:8443} or
 * {@code https://depder.example.tm:8443}. HTTPS is assumed and required; plain {@code http://} is
 * accepted only for this machine's loopback address (tests, or a proxy on the same machine), as on
 * the server (docs/sync-api.md, "Transport").
 */
public final class ServerAddress {
  private static final int DEFAULT_PORT = 8443;

  private ServerAddress() {}

  /** The base URI ({@code scheme://host:port}) of a typed address. */
  public static URI parse(String typed) throws RemoteException {
    if (typed == null || typed.isBlank() || typed.length() > 255) {
      throw new RemoteException(RemoteException.Problem.BAD_ADDRESS);
    }
    String text = typed.strip();
    if (!text.contains("://")) {
      text = "https://" + text;
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new RemoteException(RemoteException.Problem.BAD_ADDRESS, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    boolean onlyRoot =
        uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/");
    if (host == null
        || !onlyRoot
        || uri.getQuery() != null
        || uri.getFragment() != null
        || uri.getUserInfo() != null) {
      throw new RemoteException(RemoteException.Problem.BAD_ADDRESS);
    }
    if (!scheme.equals("https")) {
      throw new RemoteException(RemoteException.Problem.BAD_ADDRESS);
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    try {
      return new URI(scheme, null, host, port, null, null, null);
    } catch (URISyntaxException e) {
      throw new RemoteException(RemoteException.Problem.BAD_ADDRESS, e);
    }
  }
}
