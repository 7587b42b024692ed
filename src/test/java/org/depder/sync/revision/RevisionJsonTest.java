package org.depder.sync.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.canonical.StrictJsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionJsonTest {
  /** A value that must never appear in an exception message. */
  private static final String MARKER = "Gülnabat-secret";

  private static ObjectNode signedJson() {
    return RevisionJson.toJson(RevisionFixture.signed());
  }

  private static SignedRevision read(JsonNode json) {
    return RevisionJson.signedFromJson(json);
  }

  @Test
  void signedAndUnsignedFormsRoundTrip() {
    SignedRevision signed = RevisionFixture.signed();
    assertThat(RevisionJson.signedFromJson(RevisionJson.toJson(signed))).isEqualTo(signed);
    assertThat(RevisionJson.fromJson(RevisionJson.toJson(signed.revision())))
        .isEqualTo(signed.revision());
  }

  @Test
  void theSigningBytesAreTheCanonicalUnsignedFormWithThePurpose() {
    Revision revision = RevisionFixture.revision();
    ObjectNode expected = RevisionJson.toJson(revision);
    expected.put("purpose", "depder-revision-v1");

    byte[] bytes = RevisionJson.signingBytes(revision);

    assertThat(bytes).isEqualTo(CanonicalJson.encode(expected));
    assertThat(CanonicalJson.canonicalize(bytes)).isEqualTo(bytes);
  }

  @Test
  void parentsAreWrittenInUuidTextOrderWhichIsNotJavasSignedOrder() {
    UUID low = UUID.fromString("7fffffff-0000-7000-8000-000000000000");
    UUID high = UUID.fromString("80000000-0000-7000-8000-000000000000");
    assertThat(high).isLessThan(low);
    Revision base = RevisionFixture.revision();
    Revision revision =
        new Revision(
            base.revisionId(),
            base.entityType(),
            base.entityId(),
            List.of(high, low),
            base.author(),
            base.device(),
            base.hybridLogicalTime(),
            base.changes(),
            1);

    JsonNode json = RevisionJson.toJson(revision);

    assertThat(json.get("parents").get(0).textValue()).isEqualTo(low.toString());
    assertThat(RevisionJson.fromJson(json)).isEqualTo(revision);
  }

  @Test
  void duplicateKeysAreRefusedByTheStrictParser() {
    String json = new String(RevisionJson.toJson(RevisionFixture.signed()).toString());
    String duplicated = json.replaceFirst("\\{", "{\"v\":1,");
    assertThatThrownBy(() -> RevisionJson.parseSigned(duplicated.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RevisionFormatException.class)
        .hasMessageContaining("not strict JSON");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v",
        "revisionId",
        "entityType",
        "entityId",
        "parents",
        "author",
        "device",
        "hlc",
        "changes",
        "schemaVersion",
        "sig"
      })
  void everyMemberIsRequired(String member) {
    ObjectNode json = signedJson();
    json.remove(member);
    assertThatThrownBy(() -> read(json)).isInstanceOf(RevisionFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v",
        "revisionId",
        "entityType",
        "entityId",
        "parents",
        "author",
        "device",
        "hlc",
        "changes",
        "schemaVersion",
        "sig"
      })
  void everyMemberHasItsType(String member) {
    ObjectNode json = signedJson();
    JsonNode original = json.get(member);
    json.set(member, original.isTextual() ? json.numberNode(7) : json.textNode(MARKER));
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(RevisionFormatException.class)
        .hasMessageNotContaining(MARKER);
  }

  @Test
  void integersWrittenAsDecimalsOrTooLargeAreRefused() {
    for (String v : List.of("1.0", "1e0", "4294967297")) {
      ObjectNode json = signedJson();
      json.set("schemaVersion", parse(v));
      assertThatThrownBy(() -> read(json))
          .as(v)
          .isInstanceOf(RevisionFormatException.class)
          .hasMessageContaining("schemaVersion must be a JSON integer");
    }
  }

  @Test
  void anUnknownFormatVersionIsRefusedByNumber() {
    ObjectNode json = signedJson();
    json.put("v", 2);
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(RevisionFormatException.class)
        .hasMessage("unsupported revision format version 2");
  }

  @Test
  void anUnknownMemberIsRefusedBecauseItWouldNotBeSigned() {
    ObjectNode json = signedJson();
    json.put("note", MARKER);
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(RevisionFormatException.class)
        .hasMessageNotContaining(MARKER);
    assertThatThrownBy(() -> RevisionJson.fromJson(signedJson()))
        .as("sig in an unsigned revision")
        .isInstanceOf(RevisionFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0190F3A0-5B2C-7A10-8C3D-1F2E3D4C5B6A",
        "1-1-1-1-1",
        "0190f3a05b2c7a108c3d1f2e3d4c5b6a",
        "{0190f3a0-5b2c-7a10-8c3d-1f2e3d4c5b6a}",
        "0190f3a0-5b2c-7a10-8c3d-1f2e3d4c5b6g",
        ""
      })
  void uuidsMustBeLowerCaseCanonicalText(String bad) {
    for (String member : List.of("revisionId", "entityId", "author")) {
      ObjectNode json = signedJson();
      json.put(member, bad);
      assertThatThrownBy(() -> read(json))
          .isInstanceOf(RevisionFormatException.class)
          .hasMessage(member + " is not a lower-case uuid");
    }
    ObjectNode json = signedJson();
    json.putArray("parents").add(bad);
    assertThatThrownBy(() -> read(json)).isInstanceOf(RevisionFormatException.class);
  }

  @Test
  void parentsOutOfOrderOrRepeatedAreRefused() {
    ObjectNode json = signedJson();
    JsonNode first = json.get("parents").get(0);
    JsonNode second = json.get("parents").get(1);
    json.putArray("parents").add(second).add(first);
    assertThatThrownBy(() -> read(json)).isInstanceOf(RevisionFormatException.class);
    json.putArray("parents").add(first).add(first);
    assertThatThrownBy(() -> read(json)).isInstanceOf(RevisionFormatException.class);
  }

  @Test
  void recordRulesBecomeFormatErrorsWithoutValues() {
    ObjectNode badType = signedJson();
    badType.put("entityType", "Person " + MARKER);
    ObjectNode badField = signedJson();
    ((ObjectNode) badField.get("changes")).put("bad field " + MARKER, 1);
    ObjectNode badDevice = signedJson();
    badDevice.put("device", MARKER);
    ObjectNode badTime = signedJson();
    badTime.put("hlc", "ffffffffffffffff-00000000");
    ObjectNode ownParent = signedJson();
    ownParent.putArray("parents").add(ownParent.get("revisionId").textValue());
    for (ObjectNode json : List.of(badType, badField, badDevice, badTime, ownParent)) {
      assertThatThrownBy(() -> read(json))
          .isInstanceOf(RevisionFormatException.class)
          .hasMessageNotContaining(MARKER);
    }
  }

  @Test
  void theSignatureMustBeCanonicalUnpaddedBase64urlOf64Bytes() {
    String good = signedJson().get("sig").textValue();
    char last = good.charAt(85);
    // The final character carries 2 data bits and 4 zero bits; setting a zero bit changes nothing
    // after decoding, so it must be refused rather than accepted as the same signature.
    char sloppy = (char) (last + 1);
    for (String bad :
        List.of(
            good + "==",
            good.substring(0, 84),
            good.replace('_', '/').replace('-', '+').replace("A", "+"),
            good.substring(0, 85) + sloppy)) {
      ObjectNode json = signedJson();
      json.put("sig", bad);
      assertThatThrownBy(() -> read(json)).as(bad).isInstanceOf(RevisionFormatException.class);
    }
  }

  @Test
  void notAnObjectIsRefused() {
    assertThatThrownBy(() -> RevisionJson.fromJson(parse("[1]")))
        .isInstanceOf(RevisionFormatException.class);
    assertThatThrownBy(() -> RevisionJson.parseSigned("{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RevisionFormatException.class);
  }

  @Test
  void aValueWithNoCanonicalFormCannotBeSigned() {
    Revision base = RevisionFixture.revision();
    TreeMap<String, JsonNode> changes = new TreeMap<>(base.changes());
    changes.put("age", TestRevisions.NODES.numberNode(Double.NaN));
    Revision nan =
        new Revision(
            base.revisionId(),
            base.entityType(),
            base.entityId(),
            base.parents(),
            base.author(),
            base.device(),
            base.hybridLogicalTime(),
            changes,
            1);
    assertThatThrownBy(() -> RevisionJson.signingBytes(nan))
        .isInstanceOf(RevisionFormatException.class);
  }

  @Test
  void normalizingMakesCanonicallyEqualCopiesEqual() {
    Revision one = TestRevisions.rev(1, 1, 5, TestRevisions.changes("n", parse("1")));
    Revision onePointZero = TestRevisions.rev(1, 1, 5, TestRevisions.changes("n", parse("1.0")));
    assertThat(one).isNotEqualTo(onePointZero);
    assertThat(RevisionJson.signingBytes(one)).isEqualTo(RevisionJson.signingBytes(onePointZero));
    assertThat(RevisionJson.normalized(onePointZero)).isEqualTo(RevisionJson.normalized(one));
  }

  private static JsonNode parse(String json) {
    return StrictJsonParser.parse(json.getBytes(StandardCharsets.UTF_8));
  }
}
