package org.depder.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.depder.crypto.Ed25519;
import org.depder.sync.bundle.BundleTestKit.Device;
import org.depder.sync.bundle.BundleTestKit.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mutates one valid bundle in every way the issue lists and asserts that each mutant is either
 * rejected with a reason or, when it means the same thing, accepted with the same items; and that
 * no rejected mutant changes the ledger.
 */
class BundleMutationCorpusTest {
  private static final int EDGE = 4096;

  private final Device alice = new Device("alice");
  private final Device bob = new Device("bob");
  private final InMemoryInboundLedger ledger = new InMemoryInboundLedger();
  private final BundleReader reader =
      bob.reader(new InMemoryPeerDirectory().add(alice.peer()), ledger);
  private final Stream stream = new Stream(alice, bob, 21);
  private WrittenBundle valid;
  private List<ObjectNode> items;
  private String ledgerBefore;
  private String text;
  private int rejected;

  @BeforeEach
  void oneAcceptedBundleThenTheOneToMutate() {
    BundleOutcome.Accepted first =
        (BundleOutcome.Accepted) reader.read(stream.next(BundleTestKit.items(1, 1)).bytes());
    reader.commit(first, new byte[] {7});
    items = BundleTestKit.items(24, 2);
    valid = stream.next(items);
    text = new String(valid.bytes(), StandardCharsets.UTF_8);
    ledgerBefore = ledger.snapshot();
    assertThat(reader.read(valid.bytes())).isInstanceOf(BundleOutcome.Accepted.class);
    assertThat(payload().length).isGreaterThan(EDGE);
  }

  /** Rejected with a reason and no ledger change, or accepted exactly as the original. */
  private void check(byte[] mutant, String what) {
    BundleOutcome outcome = reader.read(mutant);
    if (outcome instanceof BundleOutcome.Rejected r) {
      assertThat(r.reason()).as(what).isNotNull();
      rejected++;
    } else {
      assertThat(outcome).as(what).isInstanceOf(BundleOutcome.Accepted.class);
      BundleOutcome.Accepted a = (BundleOutcome.Accepted) outcome;
      assertThat(a.manifestHash()).as(what).isEqualTo(valid.manifestHash());
      assertThat(a.items()).as(what).isEqualTo(items);
    }
    assertThat(ledger.snapshot()).as(what).isEqualTo(ledgerBefore);
  }

  private void checkRejected(byte[] mutant, RejectionReason reason, String what) {
    assertThat(reader.read(mutant))
        .as(what)
        .isEqualTo(new BundleOutcome.Rejected(new BundleRejection(reason)));
    assertThat(ledger.snapshot()).as(what).isEqualTo(ledgerBefore);
  }

  private static byte[] flip(byte[] data, int bit) {
    byte[] copy = data.clone();
    copy[bit / 8] ^= (byte) (1 << (bit % 8));
    return copy;
  }

  private int start(String member) {
    return text.indexOf("\"" + member + "\":") + member.length() + 3;
  }

  private byte[] payload() {
    return BundleJson.unbase64(
        text.substring(start("payload") + 1, text.indexOf("\",\"signature\"")));
  }

  private byte[] withPayload(byte[] sealed) {
    return (text.substring(0, start("payload") + 1)
            + BundleJson.base64(sealed)
            + text.substring(text.indexOf("\",\"signature\"")))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyBitOfTheSerializedManifestAndSignature() {
    byte[] bytes = valid.bytes();
    int manifestStart = start("manifest");
    int manifestEnd = text.indexOf(",\"payload\":");
    for (int bit = manifestStart * 8; bit < manifestEnd * 8; bit++) {
      check(flip(bytes, bit), "manifest bit " + bit);
    }
    int sigStart = start("signature");
    for (int bit = sigStart * 8; bit < bytes.length * 8; bit++) {
      check(flip(bytes, bit), "signature text bit " + bit);
    }
    byte[] signature = BundleJson.unbase64(text.substring(sigStart + 1, text.length() - 2));
    for (int bit = 0; bit < Ed25519.SIGNATURE_LENGTH * 8; bit++) {
      String mutant =
          text.substring(0, sigStart + 1) + BundleJson.base64(flip(signature, bit)) + "\"}";
      checkRejected(
          mutant.getBytes(StandardCharsets.UTF_8),
          RejectionReason.BAD_SIGNATURE,
          "signature bit " + bit);
    }
    assertThat(rejected)
        .isEqualTo((manifestEnd - manifestStart) * 8 + (bytes.length - sigStart) * 8);
  }

  @Test
  void everyBitOfTheFirstAndLast4KibOfThePayload() {
    byte[] sealed = payload();
    TreeSet<Integer> bytesToFlip = new TreeSet<>();
    for (int i = 0; i < EDGE; i++) {
      bytesToFlip.add(i);
      bytesToFlip.add(sealed.length - 1 - i);
    }
    for (int at : bytesToFlip) {
      for (int bit = 0; bit < 8; bit++) {
        checkRejected(
            withPayload(flip(sealed, at * 8 + bit)),
            RejectionReason.HASH_MISMATCH,
            "payload bit " + (at * 8 + bit));
      }
    }
  }

  @Test
  void payloadBitFlipsThatTheSenderSignedAnywayDoNotDecrypt() {
    // A sender bug or a stolen sender key: the hash and signature are right, the ciphertext is not.
    BundleManifest manifest = valid.manifest();
    byte[] sealed = payload();
    List<Integer> bits = new ArrayList<>();
    // Every bit of the envelope header, ephemeral key and nonce, and of the GCM tag; a sample
    // between.
    for (int bit = 0; bit < 64 * 8; bit++) {
      bits.add(bit);
    }
    for (int bit = 64 * 8; bit < (sealed.length - 32) * 8; bit += 101) {
      bits.add(bit);
    }
    for (int bit = (sealed.length - 32) * 8; bit < sealed.length * 8; bit++) {
      bits.add(bit);
    }
    for (int bit : bits) {
      byte[] mutant = flip(sealed, bit);
      BundleManifest m = manifest.withPayloadHash(BundleJson.taggedSha256(mutant));
      byte[] canonical = m.canonicalBytes();
      String doc =
          "{\"manifest\":"
              + new String(canonical, StandardCharsets.UTF_8)
              + ",\"payload\":\""
              + BundleJson.base64(mutant)
              + "\",\"signature\":\""
              + BundleJson.base64(alice.signer().sign(canonical))
              + "\"}";
      checkRejected(
          doc.getBytes(StandardCharsets.UTF_8),
          RejectionReason.DECRYPTION_FAILED,
          "signed payload bit " + bit);
    }
  }

  @Test
  void truncationsAtManyLengths() {
    byte[] bytes = valid.bytes();
    for (int length = 0; length < bytes.length; length += length < 1024 ? 1 : 37) {
      checkRejected(
          java.util.Arrays.copyOf(bytes, length),
          RejectionReason.MALFORMED,
          "truncated to " + length);
    }
    checkRejected(
        java.util.Arrays.copyOf(bytes, bytes.length - 1),
        RejectionReason.MALFORMED,
        "last byte cut");
    byte[] sealed = payload();
    for (int length = 0; length < sealed.length; length += 97) {
      checkRejected(
          withPayload(java.util.Arrays.copyOf(sealed, length)),
          RejectionReason.HASH_MISMATCH,
          "payload cut to " + length);
    }
  }

  @Test
  void duplicateKeysAtEveryLevelOfTheFile() {
    String[][] duplicates = {
      {"{\"manifest\":", "{\"signature\":\"x\",\"manifest\":"},
      {",\"payload\":", ",\"payload\":\"\",\"payload\":"},
      {"\"bundleId\":", "\"bundleId\":\"x\",\"bundleId\":"},
      {"\"seq\":", "\"seq\":2,\"seq\":"},
      {"\"scheme\":", "\"scheme\":\"x\",\"scheme\":"},
      {"\"prevBundleHash\":", "\"prevBundleHash\":null,\"prevBundleHash\":"},
    };
    for (String[] d : duplicates) {
      assertThat(text).contains(d[0]);
      checkRejected(
          text.replaceFirst(
                  java.util.regex.Pattern.quote(d[0]),
                  java.util.regex.Matcher.quoteReplacement(d[1]))
              .getBytes(StandardCharsets.UTF_8),
          RejectionReason.DUPLICATE_KEY,
          d[0]);
    }
    checkRejected(
        text.replace("\"}", "\",\"signature\":\"\"}").getBytes(StandardCharsets.UTF_8),
        RejectionReason.DUPLICATE_KEY,
        "signature at the end");
  }

  @Test
  void whitespaceAndMemberOrderChangeNothing() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode tree = BundleJson.parse(valid.bytes());
    ObjectNode reordered = mapper.createObjectNode();
    reordered.put("signature", tree.get("signature").textValue());
    ObjectNode manifest = reordered.putObject("manifest");
    List<String> names = new ArrayList<>();
    tree.get("manifest").fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> manifest.set(n, tree.get("manifest").get(n)));
    reordered.put("payload", tree.get("payload").textValue());
    check(
        mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(reordered),
        "pretty and reordered");
    check((" \n\t" + text + "\r\n ").getBytes(StandardCharsets.UTF_8), "surrounding whitespace");
    check(
        text.replace("\":", "\" : ").replace(",\"", " ,\n\"").getBytes(StandardCharsets.UTF_8),
        "inner whitespace");
    assertThat(rejected).isZero();
  }

  @Test
  void otherUnicodeEncodingsOfTheSameDocumentAreRefused() {
    checkRejected(text.getBytes(StandardCharsets.UTF_16BE), RejectionReason.MALFORMED, "UTF-16BE");
    checkRejected(text.getBytes(StandardCharsets.UTF_16LE), RejectionReason.MALFORMED, "UTF-16LE");
    checkRejected(text.getBytes(StandardCharsets.UTF_16), RejectionReason.MALFORMED, "UTF-16 BOM");
    byte[] bom = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
    checkRejected(bom, RejectionReason.MALFORMED, "UTF-8 BOM");
  }

  @Test
  void nonCanonicalSpellingsOfTheSameBytesAreRefused() {
    String sig = text.substring(start("signature") + 1, text.length() - 2);
    checkRejected(
        text.replace(sig, sig + "==").getBytes(StandardCharsets.UTF_8),
        RejectionReason.MALFORMED,
        "padded");
    char last = sig.charAt(sig.length() - 1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // 64 bytes leave 4 spare bits in the last character: setting one must not give the same bytes.
    char spare = alphabet.charAt(alphabet.indexOf(last) ^ 1);
    checkRejected(
        text.replace(sig, sig.substring(0, sig.length() - 1) + spare)
            .getBytes(StandardCharsets.UTF_8),
        RejectionReason.MALFORMED,
        "spare bits");
    checkRejected(
        text.replace(
                "\"created\":\"2026-11-29T06:00:00.123Z\"",
                "\"created\":\"2026-11-29T06:00:00.1230Z\"")
            .getBytes(StandardCharsets.UTF_8),
        RejectionReason.MALFORMED,
        "instant spelling");
    checkRejected(
        text.replace(
                valid.manifest().bundleId().toString(),
                valid.manifest().bundleId().toString().toUpperCase(java.util.Locale.ROOT))
            .getBytes(StandardCharsets.UTF_8),
        RejectionReason.MALFORMED,
        "uuid spelling");
  }
}
