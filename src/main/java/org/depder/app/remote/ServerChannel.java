package org.depder.app.remote;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.depder.app.vault.DeviceKeys;
import org.depder.sync.protocol.RequestSigning;

/**
 * Authenticated requests to the enrolled server: every request signed with the device's key
 * (docs/sync-api.md, "Authenticated requests") over a connection that accepts only the pinned
 * certificate. One channel per sync run; it holds no state between requests.
 */
final class ServerChannel {
  private final ServerLink link;
  private final DeviceKeys keys;
  private final Clock clock;
  private final SecureRandom random;
  private final ApiClient api;

  ServerChannel(ServerLink link, DeviceKeys keys, Clock clock, SecureRandom random) {
    this.link = link;
    this.keys = keys;
    this.clock = clock;
    this.random = random;
    this.api = new ApiClient(link.address(), CertificatePin.pinned(link.certificateSha256()));
  }

  ApiClient.Answer get(String pathAndQuery) throws RemoteException {
    return send("GET", pathAndQuery, new byte[0], Map.of());
  }

  ApiClient.Answer post(String pathAndQuery, byte[] body) throws RemoteException {
    return send("POST", pathAndQuery, body, Map.of());
  }

  ApiClient.Answer send(
      String method, String pathAndQuery, byte[] body, Map<String, String> extraHeaders)
      throws RemoteException {
    Map<String, String> headers =
        new HashMap<>(
            RequestSigning.headers(
                link.deviceId(),
                method,
                pathAndQuery,
                body,
                clock.instant().getEpochSecond(),
                random,
                keys::sign));
    headers.putAll(extraHeaders);
    return api.send(method, pathAndQuery, body, headers);
  }
}
