package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.depder.crypto.CryptoException;
import org.depder.crypto.Ed25519;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;

/**
 * Checks a received bundle in the order of docs/bundle-format.md section 4: everything cheap and
 * everything that needs no secret first, and nothing is decrypted, inflated or parsed beyond the
 * manifest until the sender, the recipient, the signature, the payload hash and the sequence are
 * all right. A refused bundle leaves no trace: the only write is {@link InboundLedger#hold} of an
 * authentic bundle that arrived early.
 */
public final class BundleReader {
  private static final Set<String> OUTER = Set.of("manifest", "signature", "payload");
  private static final Set<String> PAYLOAD = Set.of("items");

  private final DeviceId self;
  private final PayloadOpener opener;
  private final PeerDirectory peers;
  private final InboundLedger ledger;
  private final BundleLimits limits;

  public BundleReader(
      DeviceId self,
      PayloadOpener opener,
      PeerDirectory peers,
      InboundLedger ledger,
      BundleLimits limits) {
    this.self = Objects.requireNonNull(self, "self");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.peers = Objects.requireNonNull(peers, "peers");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public BundleOutcome read(byte[] bundle) {
    try {
      return check(bundle);
    } catch (BundleFormatException e) {
      return new BundleOutcome.Rejected(new BundleRejection(e.reason()));
    }
  }

  /** Records an applied bundle and the receipt sent for it; call it in the apply transaction. */
  public void commit(BundleOutcome.Accepted accepted, byte[] receipt) {
    ledger.recordAccepted(
        accepted.manifest().sender(),
        new InboundLedger.Entry(accepted.manifest().seq(), accepted.manifestHash(), receipt));
  }

  /** The held bundle that can now follow what was accepted from {@code sender}, if any. */
  public Optional<byte[]> nextHeld(DeviceId sender) {
    return ledger.heldBundle(sender, ledger.lastAcceptedSeq(sender) + 1);
  }

  private BundleOutcome check(byte[] bundle) {
    if (bundle.length > limits.maxBundleBytes()) {
      throw reject(RejectionReason.OVERSIZE);
    }
    JsonNode outer = BundleJson.parse(bundle);
    JsonNode manifestNode = outer.get("manifest");
    if (manifestNode != null && manifestNode.isObject()) {
      BundleManifest.checkFormat(manifestNode);
    }
    BundleJson.objectWith(outer, OUTER);
    BundleManifest manifest = BundleManifest.fromJson(manifestNode, limits);
    String payloadText = BundleJson.text(outer, "payload");
    byte[] signature = BundleJson.unbase64(BundleJson.text(outer, "signature"));

    PeerDirectory.Peer sender =
        peers.find(manifest.sender()).orElseThrow(() -> reject(RejectionReason.UNKNOWN_SENDER));
    if (!DeviceId.ofSigningKey(sender.signingKey()).equals(manifest.sender())) {
      throw reject(RejectionReason.UNKNOWN_SENDER);
    }
    if (sender.revoked()) {
      throw reject(RejectionReason.REVOKED_SENDER);
    }
    if (!manifest.recipient().equals(self)) {
      throw reject(RejectionReason.WRONG_RECIPIENT);
    }
    byte[] canonical = CanonicalJson.encode(manifestNode);
    if (!Ed25519.verify(sender.signingKey(), canonical, signature)) {
      throw reject(RejectionReason.BAD_SIGNATURE);
    }
    String manifestHash = BundleJson.taggedSha256(canonical);

    if (BundleJson.decodedLength(payloadText) > limits.maxPayloadBytes()) {
      throw reject(RejectionReason.OVERSIZE);
    }
    byte[] sealed = BundleJson.unbase64(payloadText);
    if (!MessageDigest.isEqual(
        BundleJson.utf8(BundleJson.taggedSha256(sealed)),
        BundleJson.utf8(manifest.payloadHash()))) {
      throw reject(RejectionReason.HASH_MISMATCH);
    }

    Optional<BundleOutcome> settled = sequence(manifest, manifestHash, bundle);
    if (settled.isPresent()) {
      return settled.get();
    }
    return new BundleOutcome.Accepted(manifest, manifestHash, open(manifest, sealed));
  }

  /**
   * Replay, duplicate and gap rules; empty when the bundle is the next one of its stream and chains
   * onto the last accepted one.
   */
  private Optional<BundleOutcome> sequence(BundleManifest manifest, String hash, byte[] bundle) {
    DeviceId sender = manifest.sender();
    long seq = manifest.seq();
    long last = ledger.lastAcceptedSeq(sender);
    if (seq <= last) {
      InboundLedger.Entry entry =
          ledger
              .accepted(sender, seq)
              .filter(e -> e.manifestHash().equals(hash))
              .orElseThrow(() -> reject(RejectionReason.REPLAYED));
      return Optional.of(new BundleOutcome.AlreadyApplied(manifest, hash, entry.receipt()));
    }
    if (seq > last + 1) {
      Optional<String> held = ledger.heldHash(sender, seq);
      if (held.isPresent() && !held.get().equals(hash)) {
        throw reject(RejectionReason.REPLAYED);
      }
      if (held.isEmpty()) {
        ledger.hold(sender, seq, hash, bundle);
      }
      return Optional.of(new BundleOutcome.Held(manifest, hash, last + 1));
    }
    Optional<String> expected =
        last == 0
            ? Optional.empty()
            : Optional.of(
                ledger
                    .accepted(sender, last)
                    .map(InboundLedger.Entry::manifestHash)
                    .orElseThrow(() -> reject(RejectionReason.CHAIN_MISMATCH)));
    if (!manifest.prevBundleHash().equals(expected)) {
      throw reject(RejectionReason.CHAIN_MISMATCH);
    }
    return Optional.empty();
  }

  private List<ObjectNode> open(BundleManifest manifest, byte[] sealed) {
    byte[] compressed;
    try {
      compressed = opener.open(sealed, manifest.payloadAad());
    } catch (CryptoException e) {
      throw reject(RejectionReason.DECRYPTION_FAILED);
    }
    byte[] json = Gzip.decompress(compressed, limits.maxDecompressedBytes());
    JsonNode items = BundleJson.objectWith(BundleJson.parse(json), PAYLOAD).get("items");
    if (!items.isArray()) {
      throw reject(RejectionReason.MALFORMED);
    }
    if (items.size() > limits.maxItems()) {
      throw reject(RejectionReason.OVERSIZE);
    }
    List<ObjectNode> out = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      if (!(item instanceof ObjectNode object)) {
        throw reject(RejectionReason.MALFORMED);
      }
      out.add(object);
    }
    if (out.size() != manifest.count()) {
      throw reject(RejectionReason.COUNT_MISMATCH);
    }
    return out;
  }

  private static BundleFormatException reject(RejectionReason reason) {
    return new BundleFormatException(reason);
  }
}
