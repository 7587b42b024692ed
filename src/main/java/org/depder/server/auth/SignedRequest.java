package org.depder.server.auth;

import java.util.Objects;
import org.depder.sync.protocol.RequestSigning;
import org.depder.sync.revision.DeviceId;

/**
 * An HTTP request signed by an enrolled device (sync API v1, docs/sync-api.md "Authenticated
 * requests"). The device signs, with its Ed25519 key, the bytes of {@link #signingInput}: a label,
 * the method, the path with its query, the timestamp, a random nonce and the SHA-256 of the body.
 *
 * @param timestamp seconds since the epoch, as the device's clock says
 */
public record SignedRequest(
    DeviceId device,
    long timestamp,
    String nonce,
    byte[] signature,
    String method,
    String pathAndQuery,
    byte[] body) {

  public SignedRequest {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    signature = signature.clone();
    body = body.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * {@code "depder-request-v1\0" METHOD "\n" PATH?QUERY "\n" TIMESTAMP "\n" NONCE "\n"
   * hex(SHA-256(body))}, all ASCII.
   */
  public static byte[] signingInput(
      String method, String pathAndQuery, long timestamp, String nonce, byte[] body) {
    return RequestSigning.signingInput(method, pathAndQuery, timestamp, nonce, body);
  }

  byte[] signingInput() {
    return signingInput(method, pathAndQuery, timestamp, nonce, body);
  }

  @Override
  public String toString() {
    return "SignedRequest[" + device + " " + method + " " + pathAndQuery + "]";
  }
}
