package org.depder.server.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail's hash chain, format 1. Each row's hash is SHA-256 over a domain label and the
 * length-prefixed UTF-8 fields {@code prevHash, seq, at (epoch ms), actor, action, subject,
 * detail}; the first row's previous hash is {@link #GENESIS}. Editing, deleting or reordering a row
 * breaks every later hash, which {@link #verify} reports as the first bad sequence number.
 *
 * <p>The encoding is fixed by a golden test (AuditChainGoldenTest): changing it would make every
 * existing trail fail to verify, so a new encoding needs a new label and version.
 */
public final class AuditChain {
  public static final int FORMAT_VERSION = 1;
  public static final String GENESIS = "0".repeat(64);
  private static final byte[] LABEL =
      "depder-server-audit-v1\0".getBytes(StandardCharsets.US_ASCII);

  private AuditChain() {}

  /** The hash of the row {@code seq} with the given contents after a row hashed {@code prev}. */
  public static String hash(String prevHash, long seq, Instant at, AuditEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(LABEL);
    field(out, prevHash);
    field(out, Long.toString(seq));
    field(out, Long.toString(at.toEpochMilli()));
    field(out, event.actor());
    field(out, event.action());
    field(out, event.subject());
    field(out, event.detail());
    return HexFormat.of().formatHex(sha256(out.toByteArray()));
  }

  /** The row that follows a chain whose last row had {@code prevSeq} and {@code prevHash}. */
  public static AuditEntry next(long prevSeq, String prevHash, Instant at, AuditEvent event) {
    Instant millis = Instant.ofEpochMilli(at.toEpochMilli());
    long seq = prevSeq + 1;
    return new AuditEntry(seq, millis, event, prevHash, hash(prevHash, seq, millis, event));
  }

  /**
   * Checks a whole trail in sequence order: numbers 1, 2, 3..., each previous hash equal to the
   * hash before, each hash recomputed. Returns the first bad sequence number, or empty if intact.
   */
  public static Optional<Long> verify(List<AuditEntry> entries) {
    String prev = GENESIS;
    long expectedSeq = 1;
    for (AuditEntry e : entries) {
      if (e.seq() != expectedSeq
          || !e.prevHash().equals(prev)
          || !e.hash().equals(hash(e.prevHash(), e.seq(), e.at(), e.event()))) {
        return Optional.of(e.seq());
      }
      prev = e.hash();
      expectedSeq++;
    }
    return Optional.empty();
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
