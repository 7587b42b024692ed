package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;

/**
 * The receiver's signed answer to one bundle: which item ids it applied and which it refused.
 * {@code sender} is the device that writes the receipt (the bundle's recipient) and {@code
 * recipient} the bundle's sender. It names the bundle by its manifest hash, so a receipt can only
 * ever acknowledge the exact bundle that was signed.
 */
public record Receipt(
    UUID receiptId,
    UUID bundleId,
    String bundleManifestHash,
    DeviceId sender,
    DeviceId recipient,
    long seq,
    List<String> accepted,
    List<ItemRejection> rejected,
    Instant created) {

  public static final int FORMAT = 1;
  public static final String KIND = "receipt";
  private static final Set<String> MEMBERS =
      Set.of(
          "format",
          "kind",
          "receiptId",
          "bundleId",
          "bundleManifestHash",
          "sender",
          "recipient",
          "seq",
          "accepted",
          "rejected",
          "created");

  public Receipt {
    Objects.requireNonNull(receiptId, "receiptId");
    Objects.requireNonNull(bundleId, "bundleId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(created, "created");
    if (!BundleJson.isHash(bundleManifestHash) || seq < 1 || seq > BundleManifest.MAX_SEQ) {
      throw new IllegalArgumentException("receipt hash or seq out of range");
    }
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
    Set<String> seen = new HashSet<>();
    for (String id : accepted) {
      if (!ItemRejection.ID.matcher(id).matches() || !seen.add(id)) {
        throw new IllegalArgumentException("accepted ids are valid and distinct");
      }
    }
    for (ItemRejection r : rejected) {
      if (!seen.add(r.id())) {
        throw new IllegalArgumentException("an id is listed once");
      }
    }
  }

  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("format", FORMAT);
    node.put("kind", KIND);
    node.put("receiptId", receiptId.toString());
    node.put("bundleId", bundleId.toString());
    node.put("bundleManifestHash", bundleManifestHash);
    node.put("sender", sender.value());
    node.put("recipient", recipient.value());
    node.put("seq", seq);
    ArrayNode ids = node.putArray("accepted");
    accepted.forEach(ids::add);
    ArrayNode refused = node.putArray("rejected");
    rejected.forEach(r -> refused.addObject().put("id", r.id()).put("reason", r.reason()));
    node.put("created", created.toString());
    return node;
  }

  public byte[] canonicalBytes() {
    return CanonicalJson.encode(toJson());
  }

  static Receipt fromJson(JsonNode node, BundleLimits limits) {
    if (!(node instanceof ObjectNode)) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    BundleManifest.checkFormat(node);
    BundleJson.objectWith(node, MEMBERS);
    if (!KIND.equals(BundleJson.text(node, "kind"))) {
      throw new BundleFormatException(RejectionReason.UNSUPPORTED_FORMAT);
    }
    JsonNode acceptedNode = node.get("accepted");
    JsonNode rejectedNode = node.get("rejected");
    if (!acceptedNode.isArray() || !rejectedNode.isArray()) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    if (acceptedNode.size() + rejectedNode.size() > limits.maxItems()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    List<String> accepted = new ArrayList<>();
    for (JsonNode id : acceptedNode) {
      if (!id.isTextual()) {
        throw new BundleFormatException(RejectionReason.MALFORMED);
      }
      accepted.add(id.textValue());
    }
    List<ItemRejection> rejected = new ArrayList<>();
    for (JsonNode r : rejectedNode) {
      BundleJson.objectWith(r, Set.of("id", "reason"));
      rejected.add(
          BundleManifest.guard(
              () -> new ItemRejection(BundleJson.text(r, "id"), BundleJson.text(r, "reason"))));
    }
    return BundleManifest.guard(
        () ->
            new Receipt(
                BundleManifest.uuid(BundleJson.text(node, "receiptId")),
                BundleManifest.uuid(BundleJson.text(node, "bundleId")),
                BundleJson.hash(node, "bundleManifestHash"),
                BundleManifest.deviceId(BundleJson.text(node, "sender")),
                BundleManifest.deviceId(BundleJson.text(node, "recipient")),
                BundleJson.whole(node, "seq", 1, BundleManifest.MAX_SEQ),
                accepted,
                rejected,
                BundleManifest.instant(BundleJson.text(node, "created"))));
  }

  @Override
  public String toString() {
    return "Receipt["
        + receiptId
        + " for bundle "
        + bundleId
        + ", "
        + accepted.size()
        + " accepted, "
        + rejected.size()
        + " rejected]";
  }
}
