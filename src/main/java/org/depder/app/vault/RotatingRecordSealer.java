package org.depder.app.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.depder.crypto.Aead;
import org.depder.crypto.CryptoException;
import org.depder.crypto.KeyWrap;
import org.depder.crypto.KeyWrapAlgorithm;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.crypto.WrappedKey;
import org.depder.store.PayloadAuthenticationException;
import org.depder.store.PayloadSealer;
import org.depder.store.VaultMetaRepository;

/**
 * Seals record payloads with AES-256-GCM under numbered key generations. Each generation key is
 * random and stored in {@code vault_meta} wrapped (AES-KWP) under the record-seal subkey of the
 * vault key; a sealed value starts with a format byte and its 2-byte generation, both authenticated
 * as associated data. When a generation has done {@link SealingLimits#rotateAfter} encryptions a
 * new one starts, long before the 2^32 random-nonce limit; old generations still open.
 *
 * <p>Encryption counts survive restarts by reservation: before using encryptions beyond the
 * persisted mark, the mark is moved {@link SealingLimits#reservation} ahead and written durably. On
 * unlock the count restarts from the mark, so a crash makes the count high, never low.
 */
final class RotatingRecordSealer implements PayloadSealer, AutoCloseable {
  static final byte FORMAT = 1;
  static final int HEADER_LENGTH = 3;
  private static final int MAX_GENERATION = 0xFFFF;
  private static final String GENERATION = "seal.generation";

  private final Aead aead;
  private final KeyWrap keyWrap;
  private final SecretKeyMaterial wrappingKey;
  private final VaultMetaRepository meta;
  private final SecureRandom random;
  private final SealingLimits limits;
  private final Map<Integer, SecretKeyMaterial> keys = new HashMap<>();
  private int current;
  private long reservedUpTo;

  private RotatingRecordSealer(
      Aead aead,
      KeyWrap keyWrap,
      SecretKeyMaterial wrappingKey,
      VaultMetaRepository meta,
      SecureRandom random,
      SealingLimits limits) {
    this.aead = aead;
    this.keyWrap = keyWrap;
    this.wrappingKey = wrappingKey;
    this.meta = meta;
    this.random = random;
    this.limits = limits;
  }

  /**
   * Starts generation 1 of a new vault. Takes ownership of {@code wrappingKey} (the record-seal
   * subkey of the vault key); {@link #close} destroys it.
   */
  static RotatingRecordSealer create(
      SecretKeyMaterial wrappingKey,
      VaultMetaRepository meta,
      SecureRandom random,
      SealingLimits limits) {
    RotatingRecordSealer sealer =
        new RotatingRecordSealer(
            new Aead(random), new KeyWrap(), wrappingKey, meta, random, limits);
    sealer.startGeneration(1);
    return sealer;
  }

  /**
   * Resumes the vault's current generation after unlock, counting from its reserved mark.
   *
   * @throws IllegalStateException if the vault has no sealing state (a damaged vault)
   */
  static RotatingRecordSealer load(
      SecretKeyMaterial wrappingKey,
      VaultMetaRepository meta,
      SecureRandom random,
      SealingLimits limits) {
    RotatingRecordSealer sealer =
        new RotatingRecordSealer(
            new Aead(random), new KeyWrap(), wrappingKey, meta, random, limits);
    try {
      sealer.resume();
    } catch (RuntimeException e) {
      sealer.close();
      throw e;
    }
    return sealer;
  }

  private void resume() {
    current =
        Integer.parseInt(
            meta.find(GENERATION)
                .orElseThrow(() -> new IllegalStateException("the vault has no sealing state")));
    reservedUpTo = Long.parseLong(meta.find(countKey(current)).orElseThrow());
    keys.put(current, unwrapGeneration(current, reservedUpTo));
  }

  /** The generation new seals use; exposed for rotation tests. */
  synchronized int currentGeneration() {
    return current;
  }

  @Override
  public synchronized byte[] seal(byte[] plaintext, byte[] associatedData) {
    SecretKeyMaterial key = keys.get(current);
    if (key.encryptionCount() >= limits.rotateAfter()) {
      startGeneration(current + 1);
      key = keys.get(current);
    }
    if (key.encryptionCount() >= reservedUpTo) {
      reservedUpTo = key.encryptionCount() + limits.reservation();
      meta.put(countKey(current), Long.toString(reservedUpTo));
    }
    byte[] header = header(current);
    byte[] blob = aead.sealToBytes(key, plaintext, concat(header, associatedData));
    return concat(header, blob);
  }

  @Override
  public byte[] open(byte[] sealed, byte[] associatedData) throws PayloadAuthenticationException {
    if (sealed.length <= HEADER_LENGTH || sealed[0] != FORMAT) {
      throw new PayloadAuthenticationException("not a sealed value of a known format");
    }
    int generation = ((sealed[1] & 0xFF) << 8) | (sealed[2] & 0xFF);
    byte[] header = header(generation);
    try {
      SecretKeyMaterial key = keyFor(generation);
      byte[] blob = java.util.Arrays.copyOfRange(sealed, HEADER_LENGTH, sealed.length);
      return aead.open(key, blob, concat(header, associatedData));
    } catch (CryptoException | IllegalStateException e) {
      throw new PayloadAuthenticationException("sealed value failed to open", e);
    }
  }

  private synchronized SecretKeyMaterial keyFor(int generation) {
    SecretKeyMaterial key = keys.get(generation);
    if (key == null) {
      if (generation < 1 || generation > current) {
        throw new IllegalStateException("unknown key generation");
      }
      key = unwrapGeneration(generation, 0);
      keys.put(generation, key);
    }
    return key;
  }

  private void startGeneration(int generation) {
    if (generation > MAX_GENERATION) {
      throw new IllegalStateException("no key generation left");
    }
    SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32);
    WrappedKey wrapped = keyWrap.wrap(KeyWrapAlgorithm.AES_256_KWP_V1, wrappingKey, key);
    long reserved = limits.reservation();
    // One transaction: a generation is never current without its key and its count.
    meta.putAll(
        Map.of(
            keyKey(generation),
            Base64.getEncoder().encodeToString(wrapped.toBytes()),
            countKey(generation),
            Long.toString(reserved),
            GENERATION,
            Integer.toString(generation)));
    current = generation;
    reservedUpTo = reserved;
    keys.put(generation, key);
  }

  private SecretKeyMaterial unwrapGeneration(int generation, long encryptionsSoFar) {
    String encoded =
        meta.find(keyKey(generation))
            .orElseThrow(() -> new IllegalStateException("a key generation is missing"));
    try (SecretKeyMaterial key =
        keyWrap.unwrap(wrappingKey, WrappedKey.fromBytes(Base64.getDecoder().decode(encoded)))) {
      byte[] bytes = key.copyBytes();
      try {
        return SecretKeyMaterial.restore(bytes, encryptionsSoFar);
      } finally {
        java.util.Arrays.fill(bytes, (byte) 0);
      }
    }
  }

  private static byte[] header(int generation) {
    return new byte[] {FORMAT, (byte) (generation >>> 8), (byte) generation};
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  private static String keyKey(int generation) {
    return "seal.key." + generation;
  }

  private static String countKey(int generation) {
    return "seal.count." + generation;
  }

  /** Destroys every generation key and the wrapping key. */
  @Override
  public synchronized void close() {
    keys.values().forEach(SecretKeyMaterial::destroy);
    keys.clear();
    wrappingKey.destroy();
  }

  /** Whether every key this sealer held is destroyed (for the lock tests). */
  synchronized boolean isDestroyed() {
    return keys.isEmpty() && wrappingKey.isDestroyed();
  }
}
