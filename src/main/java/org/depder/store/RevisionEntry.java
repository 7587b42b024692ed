package org.depder.store;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One signed revision as the vault stores it: the routing fields the store needs in clear, and the
 * signed revision JSON (made and verified by the sync layer), which is compressed and sealed.
 *
 * @param revisionId the revision's id
 * @param entityType a short lowercase code such as {@code person}
 * @param entityId the entity the revision changes
 * @param hlc hybrid logical time in its text form, which sorts in time order
 * @param deviceId the authoring device: 32 lower-case hex digits
 * @param signedRevision the signed revision JSON; opaque to the store
 */
public record RevisionEntry(
    UUID revisionId,
    String entityType,
    UUID entityId,
    String hlc,
    String deviceId,
    byte[] signedRevision) {
  public RevisionEntry {
    Objects.requireNonNull(revisionId, "revisionId");
    Objects.requireNonNull(entityId, "entityId");
    ReplicationValues.entityType(entityType);
    ReplicationValues.hlc(hlc);
    ReplicationValues.deviceId(deviceId);
    signedRevision = Objects.requireNonNull(signedRevision, "signedRevision").clone();
  }

  @Override
  public byte[] signedRevision() {
    return signedRevision.clone();
  }

  /** Same revision id, routing fields and signed bytes: a harmless duplicate. */
  boolean sameContentAs(RevisionEntry other) {
    return equals(other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RevisionEntry that
        && revisionId.equals(that.revisionId)
        && entityType.equals(that.entityType)
        && entityId.equals(that.entityId)
        && hlc.equals(that.hlc)
        && deviceId.equals(that.deviceId)
        && Arrays.equals(signedRevision, that.signedRevision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(revisionId, Arrays.hashCode(signedRevision));
  }

  /** Ids and sizes only: the signed bytes carry personal data. */
  @Override
  public String toString() {
    return "RevisionEntry[revisionId="
        + revisionId
        + ", entityType="
        + entityType
        + ", entityId="
        + entityId
        + ", hlc="
        + hlc
        + ", deviceId="
        + deviceId
        + ", signedRevision="
        + signedRevision.length
        + " bytes]";
  }
}
