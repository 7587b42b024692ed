package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;
import org.depder.crypto.Ed25519;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;

/**
 * Checks a receipt as strictly as a bundle: size, strict JSON, format and members, a known and
 * unrevoked signer, addressed to this device, and the Ed25519 signature over the canonical receipt.
 * Only then may the outbox mark anything as delivered.
 */
public final class ReceiptReader {
  private static final Set<String> OUTER = Set.of("receipt", "signature");

  private final DeviceId self;
  private final PeerDirectory peers;
  private final BundleLimits limits;

  public ReceiptReader(DeviceId self, PeerDirectory peers, BundleLimits limits) {
    this.self = Objects.requireNonNull(self, "self");
    this.peers = Objects.requireNonNull(peers, "peers");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public ReceiptOutcome read(byte[] receipt) {
    try {
      return new ReceiptOutcome.Valid(check(receipt));
    } catch (BundleFormatException e) {
      return new ReceiptOutcome.Rejected(new BundleRejection(e.reason()));
    }
  }

  private Receipt check(byte[] bytes) {
    if (bytes.length > limits.maxReceiptBytes()) {
      throw new BundleFormatException(RejectionReason.OVERSIZE);
    }
    JsonNode outer = BundleJson.parse(bytes);
    JsonNode node = outer.get("receipt");
    if (node != null && node.isObject()) {
      BundleManifest.checkFormat(node);
    }
    BundleJson.objectWith(outer, OUTER);
    Receipt receipt = Receipt.fromJson(node, limits);
    byte[] signature = BundleJson.unbase64(BundleJson.text(outer, "signature"));
    PeerDirectory.Peer signer =
        peers
            .find(receipt.sender())
            .orElseThrow(() -> new BundleFormatException(RejectionReason.UNKNOWN_SENDER));
    if (!DeviceId.ofSigningKey(signer.signingKey()).equals(receipt.sender())) {
      throw new BundleFormatException(RejectionReason.UNKNOWN_SENDER);
    }
    if (signer.revoked()) {
      throw new BundleFormatException(RejectionReason.REVOKED_SENDER);
    }
    if (!receipt.recipient().equals(self)) {
      throw new BundleFormatException(RejectionReason.WRONG_RECIPIENT);
    }
    if (!Ed25519.verify(signer.signingKey(), CanonicalJson.encode(node), signature)) {
      throw new BundleFormatException(RejectionReason.BAD_SIGNATURE);
    }
    return receipt;
  }
}
