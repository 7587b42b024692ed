package org.depder.store;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The contents of the golden vault fixtures, sealed with {@link AesGcmTestSealer#FIXTURE_KEY}.
 * Fixed forever: the fixture files are generated from this list once per format version.
 */
final class GoldenVault {
  static final String V1_RESOURCE = "/fixtures/vault-v1.depder";
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

  private GoldenVault() {}

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
