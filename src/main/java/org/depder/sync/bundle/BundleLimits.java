package org.depder.sync.bundle;

/**
 * Size bounds a reader enforces before it spends memory or CPU on input, and that a writer checks
 * so it never produces a bundle its peer would refuse (a caller splits a bigger outbox into several
 * bundles).
 *
 * <p>Versioned because peers must agree on them: {@link #V1} is sized for 10,000 revisions of about
 * 600 bytes of JSON each (6 MB), with room for revisions several times larger. The payload string
 * stays below Jackson's 20 M character default so any Jackson-based peer can read it.
 *
 * @param version which published set these are ({@code 1} for {@link #V1}; 0 for test sets)
 * @param maxBundleBytes the whole bundle file as received
 * @param maxPayloadBytes the sealed payload after base64url decoding
 * @param maxDecompressedBytes the payload JSON after decryption and gunzip
 * @param maxItems items in one bundle; also ids in one receipt
 * @param maxReceiptBytes a whole receipt file
 */
public record BundleLimits(
    int version,
    long maxBundleBytes,
    int maxPayloadBytes,
    int maxDecompressedBytes,
    int maxItems,
    long maxReceiptBytes) {

  private static final int MIB = 1024 * 1024;

  /** Limits version 1: 20 MiB bundles, 12 MiB sealed payloads, 48 MiB of JSON, 10,000 items. */
  public static final BundleLimits V1 =
      new BundleLimits(1, 20L * MIB, 12 * MIB, 48 * MIB, 10_000, 4L * MIB);

  public BundleLimits {
    if (version < 0
        || maxBundleBytes < 1024
        || maxPayloadBytes < 66
        || maxDecompressedBytes < 16
        || maxItems < 1
        || maxReceiptBytes < 1024) {
      throw new IllegalArgumentException("bundle limits out of range");
    }
    // base64url makes the payload 4/3 larger; it must fit in the bundle with its manifest.
    if ((long) maxPayloadBytes * 4 / 3 + 4096 > maxBundleBytes) {
      throw new IllegalArgumentException("payload limit does not fit the bundle limit");
    }
  }
}
