package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RevisionSignatureTest {
  private final KeyPairMaterial keys = new Ed25519(new SecureRandom()).generateKeyPair();
  private final KeyPairMaterial otherKeys = new Ed25519(new SecureRandom()).generateKeyPair();
  private final DeviceId device = DeviceId.ofSigningKey(keys.publicKey());
  private final RevisionSigner signer =
      new RevisionSigner(device, bytes -> Ed25519.sign(keys.privateKey(), bytes));
  private final Map<DeviceId, byte[]> pinned = new java.util.HashMap<>();
  private final RevisionVerifier verifier =
      new RevisionVerifier(id -> Optional.ofNullable(pinned.get(id)));

  @AfterEach
  void wipe() {
    keys.destroy();
    otherKeys.destroy();
  }

  private Revision revision() {
    Revision base = RevisionFixture.revision();
    return new Revision(
        base.revisionId(),
        base.entityType(),
        base.entityId(),
        base.parents(),
        base.author(),
        device,
        base.hybridLogicalTime(),
        base.changes(),
        base.schemaVersion());
  }

  @Test
  void aSignedRevisionVerifiesWithThePinnedKey() {
    pinned.put(device, keys.publicKey());
    SignedRevision signed = signer.sign(revision());

    assertThat(verifier.check(signed)).isEmpty();
    assertThat(verifier.verify(signed)).isEqualTo(revision());
  }

  @Test
  void itStillVerifiesAfterTheWireRoundTrip() {
    pinned.put(device, keys.publicKey());
    byte[] wire =
        RevisionJson.toJson(signer.sign(revision())).toString().getBytes(StandardCharsets.UTF_8);
    assertThat(verifier.check(RevisionJson.parseSigned(wire))).isEmpty();
  }

  @Test
  void anUnknownDeviceIsRefused() {
    assertThat(verifier.check(signer.sign(revision())))
        .contains(VerificationFailure.UNKNOWN_DEVICE);
  }

  @Test
  void aKeyFiledUnderTheWrongDeviceIsRefused() {
    pinned.put(device, otherKeys.publicKey());
    assertThat(verifier.check(signer.sign(revision())))
        .contains(VerificationFailure.DEVICE_MISMATCH);
  }

  @Test
  void aChangedValueBreaksTheSignature() {
    pinned.put(device, keys.publicKey());
    ObjectNode json = RevisionJson.toJson(signer.sign(revision()));
    ((ObjectNode) json.get("changes")).put("age", 28);

    SignedRevision tampered = RevisionJson.signedFromJson(json);

    assertThat(verifier.check(tampered)).contains(VerificationFailure.BAD_SIGNATURE);
    assertThatThrownBy(() -> verifier.verify(tampered))
        .isInstanceOf(RevisionVerificationException.class)
        .hasMessageNotContaining("28")
        .satisfies(
            e ->
                assertThat(((RevisionVerificationException) e).reason())
                    .isEqualTo(VerificationFailure.BAD_SIGNATURE));
  }

  @Test
  void aChangedParentOrTimeBreaksTheSignature() {
    pinned.put(device, keys.publicKey());
    ObjectNode json = RevisionJson.toJson(signer.sign(revision()));
    json.putArray("parents");
    assertThat(verifier.check(RevisionJson.signedFromJson(json)))
        .contains(VerificationFailure.BAD_SIGNATURE);
    ObjectNode later = RevisionJson.toJson(signer.sign(revision()));
    later.put("hlc", "0000019077fd307b-00000003");
    assertThat(verifier.check(RevisionJson.signedFromJson(later)))
        .contains(VerificationFailure.BAD_SIGNATURE);
  }

  @Test
  void aFlippedSignatureBitIsRefused() {
    pinned.put(device, keys.publicKey());
    byte[] signature = signer.sign(revision()).signature();
    signature[10] ^= 1;
    assertThat(verifier.check(new SignedRevision(revision(), signature)))
        .contains(VerificationFailure.BAD_SIGNATURE);
  }

  @Test
  void theSignatureCoversThePurposeSoAPlainSignatureOfTheJsonDoesNotVerify() {
    pinned.put(device, keys.publicKey());
    byte[] withoutPurpose =
        org.depder.sync.canonical.CanonicalJson.encode(RevisionJson.toJson(revision()));
    SignedRevision wrong =
        new SignedRevision(revision(), Ed25519.sign(keys.privateKey(), withoutPurpose));
    assertThat(verifier.check(wrong)).contains(VerificationFailure.BAD_SIGNATURE);
  }

  /** RFC 8785 numbers: 1 and 1.0 are one canonical value, so rewriting one as the other is moot. */
  @Test
  void aNumberRewrittenInAnotherSpellingStillVerifies() {
    pinned.put(device, keys.publicKey());
    String wire = RevisionJson.toJson(signer.sign(revision())).toString();
    String respelled = wire.replace("\"age\":27", "\"age\":27.0");
    assertThat(respelled).isNotEqualTo(wire);
    SignedRevision parsed = RevisionJson.parseSigned(respelled.getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.check(parsed)).isEmpty();
  }

  @Test
  void aValueWithNoCanonicalFormIsMalformed() {
    pinned.put(device, keys.publicKey());
    TreeMap<String, JsonNode> changes = new TreeMap<>(revision().changes());
    changes.put("age", TestRevisions.NODES.numberNode(Double.POSITIVE_INFINITY));
    Revision r = revision();
    Revision bad =
        new Revision(
            r.revisionId(),
            r.entityType(),
            r.entityId(),
            r.parents(),
            r.author(),
            r.device(),
            r.hybridLogicalTime(),
            changes,
            1);
    assertThat(verifier.check(new SignedRevision(bad, new byte[64])))
        .contains(VerificationFailure.MALFORMED_REVISION);
  }

  @Test
  void theSignerRefusesARevisionNamingAnotherDevice() {
    assertThatThrownBy(() -> signer.sign(RevisionFixture.revision()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
