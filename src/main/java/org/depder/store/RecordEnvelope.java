package org.depder.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One record as the store sees it: a few plaintext routing fields and an opaque payload that is
 * compressed and sealed before it reaches the disk. The plaintext fields are validated to be codes
 * and ids only, so nothing personal can be put there by mistake.
 *
 * @param id canonical lowercase UUID text (UUIDv7 for new records)
 * @param entityType a short lowercase code such as {@code person} or {@code screening}
 * @param revision increases with every change of the record
 * @param schemaVersion version of the payload's own schema, for the domain's upgraders
 * @param updatedHlc hybrid logical time of the latest revision, in the sync layer's text form
 * @param payload the plaintext payload (serialised by the domain layer)
 * @param blindIndexTokens search tokens written in the same transaction as the record
 */
public record RecordEnvelope(
    String id,
    String entityType,
    long revision,
    int schemaVersion,
    SyncState syncState,
    String updatedHlc,
    byte[] payload,
    List<BlindIndexToken> blindIndexTokens) {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.]{0,63}");
  private static final Pattern HLC = Pattern.compile("[0-9A-Za-z:._-]{1,64}");

  public RecordEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(syncState, "syncState");
    Objects.requireNonNull(updatedHlc, "updatedHlc");
    Objects.requireNonNull(payload, "payload");
    if (!UUID_TEXT.matcher(id).matches()) {
      throw new IllegalArgumentException("record ids are canonical lowercase UUIDs");
    }
    if (!CODE.matcher(entityType).matches()) {
      throw new IllegalArgumentException("entity types are short lowercase codes");
    }
    if (revision < 0 || schemaVersion < 0) {
      throw new IllegalArgumentException("revision and schema version are not negative");
    }
    if (!HLC.matcher(updatedHlc).matches()) {
      throw new IllegalArgumentException("hybrid logical times are short ASCII tokens");
    }
    payload = payload.clone();
    blindIndexTokens = List.copyOf(blindIndexTokens);
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordEnvelope that
        && id.equals(that.id)
        && entityType.equals(that.entityType)
        && revision == that.revision
        && schemaVersion == that.schemaVersion
        && syncState == that.syncState
        && updatedHlc.equals(that.updatedHlc)
        && Arrays.equals(payload, that.payload)
        && blindIndexTokens.equals(that.blindIndexTokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, revision, Arrays.hashCode(payload));
  }

  /** Never prints the payload: envelopes end up in logs and assertion messages. */
  @Override
  public String toString() {
    return "RecordEnvelope[id="
        + id
        + ", type="
        + entityType
        + ", revision="
        + revision
        + ", schemaVersion="
        + schemaVersion
        + ", syncState="
        + syncState
        + ", payload="
        + payload.length
        + " bytes, tokens="
        + blindIndexTokens.size()
        + "]";
  }
}
