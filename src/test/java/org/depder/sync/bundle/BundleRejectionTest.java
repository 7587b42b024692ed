package org.depder.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.depder.sync.bundle.BundleTestKit.Device;
import org.depder.sync.bundle.BundleTestKit.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rejection reason, each from the smallest change that should cause it. */
class BundleRejectionTest {
  private static final BundleLimits SMALL =
      new BundleLimits(0, 64 * 1024, 16 * 1024, 64 * 1024, 50, 4096);

  private final Device alice = new Device("alice");
  private final Device bob = new Device("bob");
  private final Device carol = new Device("carol");
  private final Device mallory = new Device("mallory");
  private final InMemoryPeerDirectory peers =
      new InMemoryPeerDirectory().add(alice.peer()).add(carol.peer());
  private final InMemoryInboundLedger ledger = new InMemoryInboundLedger();
  private final BundleReader reader = bob.reader(peers, ledger, SMALL);
  private final Stream stream = new Stream(alice, bob, 3);

  @BeforeEach
  void acceptTheFirstBundle() {
    BundleOutcome.Accepted first =
        (BundleOutcome.Accepted) reader.read(stream.next(BundleTestKit.items(2, 1)).bytes());
    reader.commit(first, new byte[] {1});
  }

  private byte[] valid() {
    return stream
        .writer
        .write(bob.id, bob.agreementPublic, 2, stream.prev, BundleTestKit.items(3, 2))
        .bytes();
  }

  private byte[] raw(String plaintextJson, int count) {
    return rawCompressed(Gzip.compress(plaintextJson.getBytes(StandardCharsets.UTF_8), 6), count);
  }

  private byte[] rawCompressed(byte[] compressed, int count) {
    return stream
        .writer
        .sealAndSign(bob.id, bob.agreementPublic, 2, stream.prev, compressed, count)
        .bytes();
  }

  private static byte[] edit(byte[] bundle, String from, String to) {
    String text = new String(bundle, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
        .getBytes(StandardCharsets.UTF_8);
  }

  private Map<RejectionReason, Supplier<byte[]>> cases() {
    Map<RejectionReason, Supplier<byte[]>> cases = new EnumMap<>(RejectionReason.class);
    cases.put(
        RejectionReason.OVERSIZE,
        () -> new byte[SMALL.maxBundleBytes() > 0 ? (int) SMALL.maxBundleBytes() + 1 : 0]);
    cases.put(RejectionReason.MALFORMED, () -> edit(valid(), "\"seq\":2", "\"seq\":2.0"));
    cases.put(
        RejectionReason.DUPLICATE_KEY, () -> edit(valid(), "\"seq\":2", "\"seq\":2,\"seq\":2"));
    cases.put(
        RejectionReason.UNSUPPORTED_FORMAT, () -> edit(valid(), "\"format\":1", "\"format\":2"));
    cases.put(
        RejectionReason.UNKNOWN_SENDER,
        () ->
            mallory
                .writer(1)
                .write(bob.id, bob.agreementPublic, 1, Optional.empty(), List.of())
                .bytes());
    cases.put(
        RejectionReason.REVOKED_SENDER,
        () -> {
          peers.revoke(carol.id);
          return carol
              .writer(1)
              .write(bob.id, bob.agreementPublic, 1, Optional.empty(), List.of())
              .bytes();
        });
    cases.put(
        RejectionReason.WRONG_RECIPIENT,
        () ->
            stream
                .writer
                .write(carol.id, carol.agreementPublic, 2, stream.prev, List.of())
                .bytes());
    cases.put(
        RejectionReason.BAD_SIGNATURE,
        () ->
            new BundleWriter(
                    alice.id,
                    mallory.signer(),
                    new BundleTestKit.FixedRandom(1),
                    BundleTestKit.CLOCK,
                    BundleLimits.V1)
                .write(bob.id, bob.agreementPublic, 2, stream.prev, List.of())
                .bytes());
    cases.put(RejectionReason.HASH_MISMATCH, this::payloadOfAnotherBundle);
    cases.put(
        RejectionReason.REPLAYED,
        () ->
            stream
                .writer
                .write(bob.id, bob.agreementPublic, 1, Optional.empty(), List.of())
                .bytes());
    cases.put(
        RejectionReason.CHAIN_MISMATCH,
        () ->
            stream
                .writer
                .write(
                    bob.id,
                    bob.agreementPublic,
                    2,
                    Optional.of("sha256:" + "0".repeat(64)),
                    List.of())
                .bytes());
    cases.put(
        RejectionReason.DECRYPTION_FAILED,
        () ->
            stream.writer.write(bob.id, carol.agreementPublic, 2, stream.prev, List.of()).bytes());
    cases.put(
        RejectionReason.DECOMPRESSION_LIMIT,
        () -> raw("{\"items\":[],\"pad\":\"" + "x".repeat(70_000) + "\"}", 0));
    cases.put(RejectionReason.COUNT_MISMATCH, () -> raw("{\"items\":[{},{}]}", 3));
    return cases;
  }

  private byte[] payloadOfAnotherBundle() {
    String mine = new String(valid(), StandardCharsets.UTF_8);
    String other = new String(valid(), StandardCharsets.UTF_8);
    String marker = ",\"signature\":";
    return (other.substring(0, other.indexOf(marker)) + mine.substring(mine.indexOf(marker)))
        .replace(manifestOf(other), manifestOf(mine))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String manifestOf(String bundle) {
    return bundle.substring(0, bundle.indexOf(",\"payload\":"));
  }

  @Test
  void everyReasonHasACaseAndEachCaseIsRejectedForExactlyThatReasonLeavingTheLedgerAlone() {
    Map<RejectionReason, Supplier<byte[]>> cases = cases();
    assertThat(cases.keySet()).isEqualTo(EnumSet.allOf(RejectionReason.class));
    cases.forEach(
        (reason, bundle) -> {
          byte[] bytes = bundle.get();
          String before = ledger.snapshot();
          assertThat(reader.read(bytes)).as(reason.name()).isEqualTo(rejected(reason));
          assertThat(ledger.snapshot()).as(reason.name()).isEqualTo(before);
        });
  }

  @Test
  void malformedPayloadsFromAnAuthenticSenderAreRefused() {
    assertThat(reader.read(rawCompressed("not gzip".getBytes(StandardCharsets.UTF_8), 0)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    byte[] gz = Gzip.compress("{\"items\":[]}".getBytes(StandardCharsets.UTF_8), 6);
    byte[] twoMembers = new byte[gz.length * 2];
    System.arraycopy(gz, 0, twoMembers, 0, gz.length);
    System.arraycopy(gz, 0, twoMembers, gz.length, gz.length);
    assertThat(reader.read(rawCompressed(twoMembers, 0)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("{\"items\":{}}", 0)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("{\"items\":[1]}", 1)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("{\"items\":[]} []", 0)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("{\"items\":[],\"more\":1}", 0)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("{\"items\":[{\"s\":\"\\ud800\"}]}", 1)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("{\"items\":[{\"n\":1e400}]}", 1)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
    assertThat(reader.read(raw("[".repeat(40) + "]".repeat(40), 0)))
        .isEqualTo(rejected(RejectionReason.MALFORMED));
  }

  @Test
  void duplicateKeysInsideThePayloadAreRefusedAtEveryLevel() {
    assertThat(reader.read(raw("{\"items\":[],\"items\":[]}", 0)))
        .isEqualTo(rejected(RejectionReason.DUPLICATE_KEY));
    assertThat(reader.read(raw("{\"items\":[{\"a\":1,\"a\":1}]}", 1)))
        .isEqualTo(rejected(RejectionReason.DUPLICATE_KEY));
    assertThat(reader.read(raw("{\"items\":[{\"c\":{\"f\":1,\"f\":2}}]}", 1)))
        .isEqualTo(rejected(RejectionReason.DUPLICATE_KEY));
  }

  @Test
  void tooManyItemsOrAnOversizePayloadAreRefusedBeforeOpening() {
    assertThat(reader.read(raw("{\"items\":[]}", 51)))
        .isEqualTo(rejected(RejectionReason.OVERSIZE));
    byte[] big = new byte[20 * 1024];
    new BundleTestKit.FixedRandom(4).nextBytes(big);
    assertThat(reader.read(rawCompressed(big, 0))).isEqualTo(rejected(RejectionReason.OVERSIZE));
  }

  @Test
  void aGzipBombIsRefusedAtTheLimitWithoutInflatingIt() {
    // 256 MiB of zeros compresses to about 256 KiB; the V1 limit is 48 MiB.
    byte[] bomb = zeros(256 * 1024 * 1024);
    assertThat(bomb.length).isLessThan(512 * 1024);
    BundleReader v1 = bob.reader(peers, ledger, BundleLimits.V1);
    String before = ledger.snapshot();
    assertThat(v1.read(rawCompressed(bomb, 0)))
        .isEqualTo(rejected(RejectionReason.DECOMPRESSION_LIMIT));
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void thePayloadMayBeExactlyAtTheDecompressedLimitButNotOneByteOver() {
    String prefix = "{\"items\":[],\"x\":\"";
    int fill = SMALL.maxDecompressedBytes() - prefix.length() - 2;
    String exact = prefix + "y".repeat(fill) + "\"}";
    // An unknown member after gunzip is malformed: the limit check passed, the parse refused it.
    assertThat(reader.read(raw(exact, 0))).isEqualTo(rejected(RejectionReason.MALFORMED));
    String over = prefix + "y".repeat(fill + 1) + "\"}";
    assertThat(reader.read(raw(over, 0))).isEqualTo(rejected(RejectionReason.DECOMPRESSION_LIMIT));
    String items = "{\"items\":[{\"x\":\"";
    String exactItems =
        items + "y".repeat(SMALL.maxDecompressedBytes() - items.length() - 4) + "\"}]}";
    assertThat(exactItems).hasSize(SMALL.maxDecompressedBytes());
    assertThat(reader.read(raw(exactItems, 1))).isInstanceOf(BundleOutcome.Accepted.class);
  }

  private static byte[] zeros(long size) {
    Deflater deflater = new Deflater(9, true);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    byte[] chunk = new byte[1024 * 1024];
    byte[] buffer = new byte[64 * 1024];
    for (long done = 0; done < size; done += chunk.length) {
      deflater.setInput(chunk);
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    out.writeBytes(new byte[8]);
    return out.toByteArray();
  }

  private static BundleOutcome rejected(RejectionReason reason) {
    return new BundleOutcome.Rejected(new BundleRejection(reason));
  }
}
