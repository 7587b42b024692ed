package org.depder.server.testing;

import java.security.SecureRandom;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.X25519;
import org.depder.server.core.PublicKeys;
import org.depder.server.enrol.EnrolRequest;
import org.depder.server.enrol.EnrolmentCode;
import org.depder.sync.revision.DeviceId;

/** A laptop's key pairs, able to build a correctly signed enrolment request for a code. */
public final class TestDevice {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyPairMaterial signing = new Ed25519(RANDOM).generateKeyPair();
  private final KeyPairMaterial agreement = new X25519(RANDOM).generateKeyPair();

  public PublicKeys keys() {
    return new PublicKeys(signing.publicKey(), agreement.publicKey());
  }

  public DeviceId id() {
    return DeviceId.ofSigningKey(signing.publicKey());
  }

  /** A request with a valid proof; a code that cannot be normalised gets a proof over garbage. */
  public EnrolRequest request(String code) {
    String hash = EnrolmentCode.normalise(code).map(EnrolmentCode::hash).orElse("00".repeat(32));
    byte[] proof = Ed25519.sign(signing.privateKey(), EnrolRequest.proofMessage(hash, keys()));
    return new EnrolRequest(code, keys(), proof);
  }

  /** The {@code Depder-*} headers signing a request, as a client builds them. */
  public java.util.Map<String, String> authHeaders(
      String method, String pathAndQuery, byte[] body, long epochSeconds) {
    byte[] nonceBytes = new byte[16];
    RANDOM.nextBytes(nonceBytes);
    String nonce = PublicKeys.encode(nonceBytes);
    byte[] input =
        org.depder.server.auth.SignedRequest.signingInput(
            method, pathAndQuery, epochSeconds, nonce, body);
    return java.util.Map.of(
        "Depder-Device", id().value(),
        "Depder-Timestamp", Long.toString(epochSeconds),
        "Depder-Nonce", nonce,
        "Depder-Signature", PublicKeys.encode(Ed25519.sign(signing.privateKey(), input)));
  }

  /** A signed request as the server would parse it from those headers. */
  public org.depder.server.auth.SignedRequest signed(
      String method, String pathAndQuery, byte[] body, long epochSeconds) {
    java.util.Map<String, String> h = authHeaders(method, pathAndQuery, body, epochSeconds);
    return new org.depder.server.auth.SignedRequest(
        id(),
        epochSeconds,
        h.get("Depder-Nonce"),
        PublicKeys.decode(h.get("Depder-Signature")),
        method,
        pathAndQuery,
        body);
  }

  /** The JSON body of {@code POST /v1/enrol} for {@code code}. */
  public String requestJson(String code) {
    EnrolRequest r = request(code);
    return "{\"format\":1,\"code\":\""
        + code
        + "\",\"signingKey\":\""
        + PublicKeys.encode(r.keys().signing())
        + "\",\"agreementKey\":\""
        + PublicKeys.encode(r.keys().agreement())
        + "\",\"proof\":\""
        + PublicKeys.encode(r.proof())
        + "\"}";
  }
}
