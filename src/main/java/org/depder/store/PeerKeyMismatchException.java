package org.depder.store;

/**
 * A device id was pinned already with other public keys. Keys are pinned once: a different key for
 * a known id is an impostor or a re-installed device, and needs a person's decision, never a silent
 * replacement. Carries the device id only (a hash of a public key).
 */
public final class PeerKeyMismatchException extends RuntimeException {
  private final String deviceId;

  public PeerKeyMismatchException(String deviceId) {
    super("device " + deviceId + " is pinned with other keys");
    this.deviceId = deviceId;
  }

  public String deviceId() {
    return deviceId;
  }
}
