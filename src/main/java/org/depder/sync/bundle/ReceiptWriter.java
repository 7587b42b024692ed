package org.depder.sync.bundle;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.depder.crypto.Ed25519;
import org.depder.sync.revision.DeviceId;

/**
 * Signs the receiver's answer to an accepted bundle. Receipts travel in clear: they hold only
 * opaque ids, hashes and reason codes, which the sender already knows, and the sender must be able
 * to match one against its outbox without opening anything; the signature is what matters.
 */
public final class ReceiptWriter {
  private final DeviceId self;
  private final BundleSigner signer;
  private final SecureRandom random;
  private final Clock clock;

  public ReceiptWriter(DeviceId self, BundleSigner signer, SecureRandom random, Clock clock) {
    this.self = Objects.requireNonNull(self, "self");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public SignedReceipt write(
      BundleManifest bundle,
      String bundleManifestHash,
      List<String> accepted,
      List<ItemRejection> rejected) {
    if (!bundle.recipient().equals(self)) {
      throw new IllegalArgumentException("a receipt answers a bundle sent to this device");
    }
    Receipt receipt =
        new Receipt(
            BundleJson.randomUuid(random),
            bundle.bundleId(),
            bundleManifestHash,
            self,
            bundle.sender(),
            bundle.seq(),
            accepted,
            rejected,
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    byte[] canonical = receipt.canonicalBytes();
    byte[] signature = signer.sign(canonical);
    if (signature.length != Ed25519.SIGNATURE_LENGTH) {
      throw new IllegalStateException("the signer did not return an Ed25519 signature");
    }
    String text =
        "{\"receipt\":"
            + new String(canonical, StandardCharsets.UTF_8)
            + ",\"signature\":\""
            + BundleJson.base64(signature)
            + "\"}";
    return new SignedReceipt(receipt, text.getBytes(StandardCharsets.UTF_8));
  }
}
