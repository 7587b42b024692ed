package org.depder.server.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
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
  private static final byte[] LABEL = "depder-request-v1\0".getBytes(StandardCharsets.US_ASCII);

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
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(LABEL);
    String text =
        method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  byte[] signingInput() {
    return signingInput(method, pathAndQuery, timestamp, nonce, body);
  }

  private static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "SignedRequest[" + device + " " + method + " " + pathAndQuery + "]";
  }
}
