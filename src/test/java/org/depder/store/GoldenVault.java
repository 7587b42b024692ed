package org.depder.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The contents of the golden vault fixtures, sealed with {@link AesGcmTestSealer#FIXTURE_KEY}.
 * Fixed forever: the fixture files are generated from this list once per format version.
 */
final class GoldenVault {
  static final String V1_RESOURCE = "/fixtures/vault-v1.depder";
  static final String V2_RESOURCE = "/fixtures/vault-v2.depder";
  static final String V3_RESOURCE = "/fixtures/vault-v3.depder";
  static final long CREATED_AT = 1_764_374_400_000L;
  static final BlindIndexToken NAME_TOKEN =
      new BlindIndexToken("person.name", new byte[] {0x11, 0x22, 0x33, 0x44});

  static final List<RecordEnvelope> V1_RECORDS =
      List.of(
          record(
              "019ac8a0-0000-7000-8000-000000000001",
              "person",
              1,
              SyncState.SYNCED,
              "{\"givenName\":\"Aýgül\",\"familyName\":\"Ahmedowa\",\"birthYear\":1999}",
              List.of(NAME_TOKEN)),
          record(
              "019ac8a0-0000-7000-8000-000000000002",
              "person",
              3,
              SyncState.PENDING,
              "{\"givenName\":\"Людмила\",\"familyName\":\"Ахмедова\",\"note\":\"ŽŽ äçžňöşüý\"}",
              List.of(NAME_TOKEN)),
          record(
              "019ac8a0-0000-7000-8000-000000000003",
              "screening",
              2,
              SyncState.PENDING,
              "{\"answers\":[" + "\"no\",".repeat(200) + "\"yes\"]}",
              List.of()),
          record(
              "019ac8a0-0000-7000-8000-000000000004",
              "consent",
              1,
              SyncState.SYNCED,
              "x",
              List.of(new BlindIndexToken("consent.purpose", new byte[] {7}))));

  // --- format 2: replication ---
  static final long RECEIVED_AT = CREATED_AT + 60_000;
  static final String LOCAL_DEVICE = "0123456789abcdef0123456789abcdef";
  static final String SERVER = "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e";
  static final byte[] SERVER_SIGNING_KEY = filled(32, 0x51);
  static final byte[] SERVER_AGREEMENT_KEY = filled(32, 0x52);
  static final UUID ENTITY = UUID.fromString("019ac8a0-0000-7000-8000-000000000001");
  static final UUID INBOUND_BUNDLE = UUID.fromString("019ac8a1-0000-7000-8000-0000000000b1");
  static final UUID HELD_BUNDLE = UUID.fromString("019ac8a1-0000-7000-8000-0000000000b3");
  static final byte[] HELD_BUNDLE_BYTES =
      "{\"format\":1,\"held\":\"Ýazgy\"}".getBytes(StandardCharsets.UTF_8);
  static final UUID OUTBOUND_BUNDLE = UUID.fromString("019ac8a1-0000-7000-8000-0000000000a1");
  static final byte[] INBOUND_MANIFEST_HASH = filled(32, 0x1b);
  static final byte[] OUTBOUND_MANIFEST_HASH = filled(32, 0x0a);

  /** Received from the server in bundle 1. */
  static final RevisionEntry REMOTE_REVISION =
      new RevisionEntry(
          UUID.fromString("019ac8a0-0000-7000-8000-0000000000f1"),
          "person",
          ENTITY,
          "0000019ad0000000-00000000",
          SERVER,
          "{\"changes\":{\"familyName\":\"Ahmedowa\"},\"signature\":\"c2ln\"}"
              .getBytes(StandardCharsets.UTF_8));

  /** Made here, sent in outbound bundle 1, not yet acknowledged. */
  static final RevisionEntry LOCAL_SENT =
      new RevisionEntry(
          UUID.fromString("019ac8a0-0000-7000-8000-0000000000f2"),
          "person",
          ENTITY,
          "0000019ad0000001-00000000",
          LOCAL_DEVICE,
          "{\"changes\":{\"givenName\":\"Aýgül\"},\"signature\":\"c2ln\"}"
              .getBytes(StandardCharsets.UTF_8));

  /** Made here, its first attempt failed. */
  static final RevisionEntry LOCAL_FAILED =
      new RevisionEntry(
          UUID.fromString("019ac8a0-0000-7000-8000-0000000000f3"),
          "screening",
          UUID.fromString("019ac8a0-0000-7000-8000-000000000003"),
          "0000019ad0000002-00000000",
          LOCAL_DEVICE,
          "{\"changes\":{\"answers\":[\"no\",\"yes\"]},\"signature\":\"c2ln\"}"
              .getBytes(StandardCharsets.UTF_8));

  static final String FAILURE_CODE = "sync.error.noReceipt";

  /** Format 3: {@link #ENTITY} has two fields in conflict since this time. */
  static final long CONFLICT_SINCE = CREATED_AT + 30_000;

  /** Format 3: an entity transferred away and purged; only its tombstone is left. */
  static final UUID PURGED_ENTITY = UUID.fromString("019ac8a0-0000-7000-8000-000000000009");

  private GoldenVault() {}

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    java.util.Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static RecordEnvelope record(
      String id,
      String type,
      long revision,
      SyncState state,
      String payload,
      List<BlindIndexToken> tokens) {
    return new RecordEnvelope(
        id,
        type,
        revision,
        1,
        state,
        "1764374400000:" + revision + ":device-a",
        payload.getBytes(StandardCharsets.UTF_8),
        tokens);
  }
}
