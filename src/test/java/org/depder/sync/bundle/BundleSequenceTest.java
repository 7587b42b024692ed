package org.depder.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.depder.sync.bundle.BundleTestKit.Device;
import org.depder.sync.bundle.BundleTestKit.Stream;
import org.junit.jupiter.api.Test;

/** Sequence rules: duplicates are idempotent, gaps are held and released, replays are refused. */
class BundleSequenceTest {
  private final Device alice = new Device("alice");
  private final Device bob = new Device("bob");
  private final InMemoryInboundLedger ledger = new InMemoryInboundLedger();
  private final BundleReader reader =
      bob.reader(new InMemoryPeerDirectory().add(alice.peer()), ledger);
  private final Stream stream = new Stream(alice, bob, 11);
  private final ReceiptWriter receipts = bob.receiptWriter(5);

  private byte[] acceptAndCommit(WrittenBundle bundle) {
    BundleOutcome outcome = reader.read(bundle.bytes());
    assertThat(outcome).isInstanceOf(BundleOutcome.Accepted.class);
    BundleOutcome.Accepted accepted = (BundleOutcome.Accepted) outcome;
    byte[] receipt =
        receipts.write(accepted.manifest(), accepted.manifestHash(), List.of(), List.of()).bytes();
    reader.commit(accepted, receipt);
    return receipt;
  }

  @Test
  void aDuplicateDeliveryIsAlreadyAppliedAndGetsTheSameReceipt() {
    WrittenBundle first = stream.next(BundleTestKit.items(4, 1));
    byte[] receipt = acceptAndCommit(first);
    String before = ledger.snapshot();

    BundleOutcome again = reader.read(first.bytes());

    assertThat(again).isInstanceOf(BundleOutcome.AlreadyApplied.class);
    assertThat(((BundleOutcome.AlreadyApplied) again).receipt()).isEqualTo(receipt);
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void aGapHoldsTheBundleUntilTheMissingOneArrivesThenItIsReleased() {
    WrittenBundle one = stream.next(BundleTestKit.items(2, 1));
    WrittenBundle two = stream.next(BundleTestKit.items(2, 2));
    WrittenBundle three = stream.next(BundleTestKit.items(2, 3));

    BundleOutcome outcomeThree = reader.read(three.bytes());
    assertThat(outcomeThree)
        .isEqualTo(new BundleOutcome.Held(three.manifest(), three.manifestHash(), 1));
    assertThat(reader.read(two.bytes())).isInstanceOf(BundleOutcome.Held.class);
    assertThat(reader.read(three.bytes())).isInstanceOf(BundleOutcome.Held.class);
    assertThat(ledger.lastAcceptedSeq(alice.id)).isZero();
    assertThat(reader.nextHeld(alice.id)).isEmpty();

    acceptAndCommit(one);
    Optional<byte[]> next = reader.nextHeld(alice.id);
    assertThat(next).hasValueSatisfying(b -> assertThat(b).isEqualTo(two.bytes()));
    BundleOutcome.Accepted released = (BundleOutcome.Accepted) reader.read(next.get());
    assertThat(released.items()).isEqualTo(BundleTestKit.items(2, 2));
    reader.commit(released, new byte[0]);

    acceptAndCommit(
        new WrittenBundle(
            reader.nextHeld(alice.id).orElseThrow(), three.manifest(), three.manifestHash()));
    assertThat(ledger.lastAcceptedSeq(alice.id)).isEqualTo(3);
    assertThat(reader.nextHeld(alice.id)).isEmpty();
    assertThat(ledger.heldHash(alice.id, 2)).isEmpty();
    assertThat(ledger.heldHash(alice.id, 3)).isEmpty();
  }

  @Test
  void aDifferentBundleWithAnAcceptedSeqIsAReplay() {
    acceptAndCommit(stream.next(BundleTestKit.items(1, 1)));
    Stream forked = new Stream(alice, bob, 99);
    WrittenBundle otherOne = forked.next(BundleTestKit.items(1, 2));
    String before = ledger.snapshot();

    assertThat(reader.read(otherOne.bytes())).isEqualTo(rejected(RejectionReason.REPLAYED));
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void aDifferentBundleForAHeldSeqIsAReplay() {
    stream.next(BundleTestKit.items(1, 1));
    WrittenBundle two = stream.next(BundleTestKit.items(1, 2));
    assertThat(reader.read(two.bytes())).isInstanceOf(BundleOutcome.Held.class);
    Stream forked = new Stream(alice, bob, 99);
    forked.next(BundleTestKit.items(1, 3));
    WrittenBundle otherTwo = forked.next(BundleTestKit.items(1, 4));
    String before = ledger.snapshot();

    assertThat(reader.read(otherTwo.bytes())).isEqualTo(rejected(RejectionReason.REPLAYED));
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  @Test
  void theNextSeqMustChainOntoTheLastAcceptedBundle() {
    acceptAndCommit(stream.next(BundleTestKit.items(1, 1)));
    WrittenBundle forkedTwo =
        alice
            .writer(5)
            .write(
                bob.id,
                bob.agreementPublic,
                2,
                Optional.of("sha256:" + "ab".repeat(32)),
                List.of());
    String before = ledger.snapshot();

    assertThat(reader.read(forkedTwo.bytes())).isEqualTo(rejected(RejectionReason.CHAIN_MISMATCH));
    assertThat(ledger.snapshot()).isEqualTo(before);
  }

  private static BundleOutcome rejected(RejectionReason reason) {
    return new BundleOutcome.Rejected(new BundleRejection(reason));
  }
}
