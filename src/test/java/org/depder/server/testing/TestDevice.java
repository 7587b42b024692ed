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

  /** This device's Ed25519 signature of {@code message}. */
  public byte[] sign(byte[] message) {
    return Ed25519.sign(signing.privateKey(), message);
  }

  /** Opens payloads sealed to this device (its X25519 key stays here). */
  public org.depder.sync.bundle.PayloadOpener opener() {
    return org.depder.sync.bundle.PayloadOpener.withKey(agreement.privateKey());
  }

  /** A signed revision of a new entity, in its JSON wire form, authored on this device. */
  public com.fasterxml.jackson.databind.node.ObjectNode revision(String entityType, long millis) {
    return revisionOf(entityType, java.util.UUID.randomUUID(), millis);
  }

  /** A signed revision of {@code entityId} (no parents), authored on this device. */
  public com.fasterxml.jackson.databind.node.ObjectNode revisionOf(
      String entityType, java.util.UUID entityId, long millis) {
    java.util.SortedMap<String, com.fasterxml.jackson.databind.JsonNode> changes =
        new java.util.TreeMap<>();
    changes.put("status", com.fasterxml.jackson.databind.node.TextNode.valueOf("open"));
    org.depder.sync.revision.Revision r =
        new org.depder.sync.revision.Revision(
            java.util.UUID.randomUUID(),
            entityType,
            entityId,
            java.util.List.of(),
            java.util.UUID.randomUUID(),
            id(),
            new org.depder.sync.revision.HybridTimestamp(millis, 0),
            changes,
            1);
    return org.depder.sync.revision.RevisionJson.toJson(
        new org.depder.sync.revision.RevisionSigner(id(), this::sign).sign(r));
  }

  /** A bundle from this device to the server, for {@code seq} of this device's stream. */
  public org.depder.sync.bundle.WrittenBundle bundle(
      DeviceId server,
      byte[] serverAgreementKey,
      long seq,
      java.util.Optional<String> prev,
      java.util.List<? extends com.fasterxml.jackson.databind.JsonNode> items) {
    return new org.depder.sync.bundle.BundleWriter(
            id(),
            this::sign,
            RANDOM,
            java.time.Clock.systemUTC(),
            org.depder.sync.bundle.BundleLimits.V1)
        .write(server, serverAgreementKey, seq, prev, items);
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
