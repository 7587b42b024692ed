package org.depder.sync.revision;

import java.util.Objects;
import java.util.function.Function;

/**
 * Signs revisions authored on this device. Takes the signing operation as a function so the private
 * key never leaves whatever holds it (the app's device keys: {@code deviceKeys::sign}).
 */
public final class RevisionSigner {
  private final DeviceId device;
  private final Function<byte[], byte[]> sign;

  /**
   * @param device this device's id; revisions naming another device are refused, since they could
   *     never verify
   * @param sign Ed25519 signature of the given bytes with this device's key
   */
  public RevisionSigner(DeviceId device, Function<byte[], byte[]> sign) {
    this.device = Objects.requireNonNull(device, "device");
    this.sign = Objects.requireNonNull(sign, "sign");
  }

  public SignedRevision sign(Revision revision) {
    if (!revision.device().equals(device)) {
      throw new IllegalArgumentException("revision names another device");
    }
    return new SignedRevision(revision, sign.apply(RevisionJson.signingBytes(revision)));
  }
}
