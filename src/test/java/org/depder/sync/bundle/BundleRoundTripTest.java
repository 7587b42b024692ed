package org.depder.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.depder.sync.bundle.BundleTestKit.Device;
import org.depder.sync.bundle.BundleTestKit.Stream;
import org.junit.jupiter.api.Test;

class BundleRoundTripTest {
  private final Device alice = new Device("alice");
  private final Device bob = new Device("bob");
  private final InMemoryPeerDirectory bobsPeers = new InMemoryPeerDirectory().add(alice.peer());
  private final InMemoryPeerDirectory alicesPeers = new InMemoryPeerDirectory().add(bob.peer());
  private final InMemoryInboundLedger ledger = new InMemoryInboundLedger();
  private final BundleReader reader = bob.reader(bobsPeers, ledger);

  @Test
  void itemsSurviveTheTripUnchangedAndInOrder() {
    List<ObjectNode> items = BundleTestKit.items(200, 1);
    WrittenBundle bundle = new Stream(alice, bob, 7).next(items);

    BundleOutcome outcome = reader.read(bundle.bytes());

    assertThat(outcome).isInstanceOf(BundleOutcome.Accepted.class);
    BundleOutcome.Accepted accepted = (BundleOutcome.Accepted) outcome;
    assertThat(accepted.items()).isEqualTo(items);
    assertThat(accepted.manifest()).isEqualTo(bundle.manifest());
    assertThat(accepted.manifestHash()).isEqualTo(bundle.manifestHash());
    assertThat(bundle.manifest().count()).isEqualTo(200);
    assertThat(bundle.manifest().sender()).isEqualTo(alice.id);
    assertThat(bundle.manifest().recipient()).isEqualTo(bob.id);
  }

  @Test
  void anEmptyBundleIsValid() {
    WrittenBundle bundle = new Stream(alice, bob, 7).next(List.of());
    assertThat(reader.read(bundle.bytes()))
        .isInstanceOfSatisfying(BundleOutcome.Accepted.class, a -> assertThat(a.items()).isEmpty());
  }

  @Test
  void theSameItemsSealTwiceToDifferentBytes() {
    List<ObjectNode> items = BundleTestKit.items(3, 1);
    WrittenBundle one = new Stream(alice, bob, 1).next(items);
    WrittenBundle two = new Stream(alice, bob, 2).next(items);
    assertThat(one.bytes()).isNotEqualTo(two.bytes());
    assertThat(one.manifest().bundleId()).isNotEqualTo(two.manifest().bundleId());
  }

  @Test
  void theFileIsCanonicalJsonSoItsBytesAreItsOnlySpelling() {
    WrittenBundle bundle = new Stream(alice, bob, 7).next(BundleTestKit.items(5, 1));
    assertThat(org.depder.sync.canonical.CanonicalJson.canonicalize(bundle.bytes()))
        .isEqualTo(bundle.bytes());
  }

  @Test
  void aReceiptRoundTripsAndIsVerifiedByTheSender() {
    WrittenBundle bundle = new Stream(alice, bob, 7).next(BundleTestKit.items(3, 1));
    BundleOutcome.Accepted accepted = (BundleOutcome.Accepted) reader.read(bundle.bytes());
    List<String> ids = accepted.items().stream().map(i -> i.get("revisionId").textValue()).toList();
    SignedReceipt receipt =
        bob.receiptWriter(3)
            .write(
                accepted.manifest(),
                accepted.manifestHash(),
                ids.subList(0, 2),
                List.of(new ItemRejection(ids.get(2), "BAD_REVISION_SIGNATURE")));
    reader.commit(accepted, receipt.bytes());

    ReceiptOutcome outcome =
        new ReceiptReader(alice.id, alicesPeers, BundleLimits.V1).read(receipt.bytes());

    assertThat(outcome).isEqualTo(new ReceiptOutcome.Valid(receipt.receipt()));
    Receipt r = receipt.receipt();
    assertThat(r.bundleManifestHash()).isEqualTo(bundle.manifestHash());
    assertThat(r.sender()).isEqualTo(bob.id);
    assertThat(r.recipient()).isEqualTo(alice.id);
    assertThat(r.seq()).isEqualTo(1);
    assertThat(r.accepted()).containsExactlyElementsOf(ids.subList(0, 2));
  }
}
