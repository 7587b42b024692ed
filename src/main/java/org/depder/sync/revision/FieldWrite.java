package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One revision's write of one field: the value with who, where and when, as a conflict review shows
 * it. A JSON {@code null} value means the field was cleared.
 */
public record FieldWrite(
    JsonNode value,
    UUID revisionId,
    UUID author,
    DeviceId device,
    HybridTimestamp hybridLogicalTime) {

  /**
   * The provisional-winner order: hybrid time, then device id, then revision id as text. Every part
   * is compared the same way on every device (text order of lower-case hex is unsigned order), so
   * all devices show the same provisional winner.
   */
  public static final Comparator<FieldWrite> PROVISIONAL_ORDER =
      Comparator.comparing(FieldWrite::hybridLogicalTime)
          .thenComparing(FieldWrite::device)
          .thenComparing(write -> write.revisionId().toString());

  public FieldWrite {
    value = Objects.requireNonNull(value, "value").deepCopy();
    Objects.requireNonNull(revisionId, "revisionId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(hybridLogicalTime, "hybridLogicalTime");
  }

  static FieldWrite of(Revision revision, String field) {
    return new FieldWrite(
        revision.changes().get(field),
        revision.revisionId(),
        revision.author(),
        revision.device(),
        revision.hybridLogicalTime());
  }

  /** A copy: Jackson trees are mutable and this record must not be. */
  @Override
  public JsonNode value() {
    return value.deepCopy();
  }

  /** Ids and time only: the value may be personal data. */
  @Override
  public String toString() {
    return "FieldWrite[rev " + revisionId + " by " + author + " at " + hybridLogicalTime + "]";
  }
}
