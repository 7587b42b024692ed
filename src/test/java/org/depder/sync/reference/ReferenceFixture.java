package org.depder.sync.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.depder.crypto.Ed25519;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;

/**
 * The golden signed reference document: fixed content signed with the RFC 8032 section 7.1 test 1
 * key (Ed25519 is deterministic, so re-signing gives the same bytes). Run {@link #main} to write
 * the fixture once; the golden test then keeps it verifying forever.
 */
final class ReferenceFixture {
  static final String FILE = "/fixtures/server/reference-v1.json";
  private static final byte[] SEED =
      HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

  private ReferenceFixture() {}

  static byte[] publicKey() {
    try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(SEED)) {
      return Ed25519.publicKeyOf(key);
    }
  }

  static byte[] sign(byte[] message) {
    try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(SEED)) {
      return Ed25519.sign(key, message);
    }
  }

  static SignedReference document() {
    JsonNode content =
        StrictJsonParser.parse(
            ("{\"hotlines\":[{\"id\":\"national\",\"phone\":\"8 00 12 34\",\"verify\":true,"
                    + "\"name\":{\"tk\":\"Ynam telefony\",\"ru\":\"Горячая линия\",\"en\":\"Hotline\"}}],"
                    + "\"note\":\"ä ç ž ň ö ş ü ý\",\"weight\":1.50}")
                .getBytes(StandardCharsets.UTF_8));
    return new SignedReference(
        "hotlines",
        3,
        Instant.parse("2026-11-29T08:00:00Z"),
        DeviceId.ofSigningKey(publicKey()),
        content);
  }

  public static void main(String[] args) throws Exception {
    java.nio.file.Files.write(
        java.nio.file.Path.of("src/test/resources" + FILE),
        document().sign(ReferenceFixture::sign));
  }
}
