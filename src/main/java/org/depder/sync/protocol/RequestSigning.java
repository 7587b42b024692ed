package org.depder.sync.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How a device signs an API request (docs/sync-api.md, "Authenticated requests"): four {@code
 * Depder-*} headers, the last an Ed25519 signature over {@code "depder-request-v1\0" METHOD "\n"
 * PATH?QUERY "\n" TIMESTAMP "\n" NONCE "\n" hex(SHA-256(body))}.
 */
public final class RequestSigning {
  public static final String DEVICE = "Depder-Device";
  public static final String TIMESTAMP = "Depder-Timestamp";
  public static final String NONCE = "Depder-Nonce";
  public static final String SIGNATURE = "Depder-Signature";

  private static final byte[] LABEL = "depder-request-v1\0".getBytes(StandardCharsets.US_ASCII);

  private RequestSigning() {}

  /** The bytes that are signed. */
  public static byte[] signingInput(
      String method, String pathAndQuery, long epochSeconds, String nonce, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(LABEL);
    String text =
        method + "\n" + pathAndQuery + "\n" + epochSeconds + "\n" + nonce + "\n" + sha256Hex(body);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /**
   * The four headers for one request.
   *
   * @param deviceId the device's id (32 lower-case hex digits)
   * @param sign Ed25519 signature with the device's key
   */
  public static Map<String, String> headers(
      String deviceId,
      String method,
      String pathAndQuery,
      byte[] body,
      long epochSeconds,
      SecureRandom random,
      Function<byte[], byte[]> sign) {
    byte[] nonceBytes = new byte[16];
    random.nextBytes(nonceBytes);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String nonce = b64.encodeToString(nonceBytes);
    byte[] signature = sign.apply(signingInput(method, pathAndQuery, epochSeconds, nonce, body));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(DEVICE, deviceId);
    headers.put(TIMESTAMP, Long.toString(epochSeconds));
    headers.put(NONCE, nonce);
    headers.put(SIGNATURE, b64.encodeToString(signature));
    return headers;
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
