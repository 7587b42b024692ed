package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.UserAccount;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.IllegalTransitionException;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Transfer;
import org.depder.domain.cases.TransferState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transfers between three workers of one laptop: a social worker who owns the case, the coordinator
 * it is transferred to, and a consular officer who is not the receiver.
 */
class CaseTransferTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));
  CaseDevice d;
  String owner;
  UserAccount receiver;
  UserAccount other;
  Case c;

  @BeforeEach
  void threeWorkers() throws Exception {
    d = new CaseDevice(dir.resolve("a.depder"), clock, Role.SOCIAL_WORKER);
    owner = d.user();
    c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    TestVaults.unlockAs(d.vault, Role.DEVICE_ADMINISTRATOR);
    receiver = TestVaults.addAndUnlock(d.vault, Role.COORDINATOR);
    TestVaults.unlockAs(d.vault, Role.DEVICE_ADMINISTRATOR);
    other = TestVaults.addAndUnlock(d.vault, Role.CONSULAR_OFFICER);
    TestVaults.unlockAs(d.vault, Role.SOCIAL_WORKER);
  }

  Transfer request() throws Exception {
    TestVaults.unlockAs(d.vault, Role.SOCIAL_WORKER);
    clock.advance(Duration.ofMinutes(1));
    return d.tasks.requestTransfer(
        c.id(), Optional.of(receiver.id()), Optional.empty(), "moving to Ashgabat");
  }

  static void notTheReceiver(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo(CaseRuleException.Code.NOT_THE_RECEIVER));
  }

  @Test
  void onlyTheNamedReceiverAnswersAndTheOwnerChangesOnlyOnAcceptance() throws Exception {
    Transfer t = request();
    assertThat(d.tasks.transfers(c.id())).containsExactly(t);

    TestVaults.unlockAs(d.vault, Role.CONSULAR_OFFICER);
    notTheReceiver(() -> d.tasks.acceptTransfer(t.id()));
    notTheReceiver(() -> d.tasks.declineTransfer(t.id()));
    assertThat(d.cases.load(c.id()).value().ownerId()).isEqualTo(owner);
    assertThat(d.tasks.transfers(c.id()).get(0).state()).isEqualTo(TransferState.REQUESTED);

    TestVaults.unlockAs(d.vault, Role.COORDINATOR);
    Case moved = d.tasks.acceptTransfer(t.id());
    assertThat(moved.ownerId()).isEqualTo(receiver.id());
    assertThat(d.cases.load(c.id()).value().ownerId()).isEqualTo(receiver.id());
    Transfer done = d.tasks.transfers(c.id()).get(0);
    assertThat(done.state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(done.respondedBy()).contains(receiver.id());
    assertThatThrownBy(() -> d.tasks.cancelTransfer(t.id()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aDeclinedTransferLeavesTheCaseWithItsOwner() throws Exception {
    Transfer t = request();
    TestVaults.unlockAs(d.vault, Role.COORDINATOR);
    Transfer declined = d.tasks.declineTransfer(t.id());
    assertThat(declined.state()).isEqualTo(TransferState.DECLINED);
    assertThat(declined.respondedBy()).contains(receiver.id());
    assertThat(d.cases.load(c.id()).value().ownerId()).isEqualTo(owner);
    assertThatThrownBy(() -> d.tasks.acceptTransfer(t.id()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(d.cases.load(c.id()).value().ownerId()).isEqualTo(owner);
  }

  @Test
  void aCancelledTransferCanNoLongerBeAccepted() throws Exception {
    Transfer first = request();
    Transfer cancelled = d.tasks.cancelTransfer(first.id());
    assertThat(cancelled.state()).isEqualTo(TransferState.CANCELLED);
    Transfer second = request();
    assertThat(d.tasks.transfers(c.id()))
        .extracting(Transfer::id, Transfer::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first.id(), TransferState.CANCELLED),
            org.assertj.core.groups.Tuple.tuple(second.id(), TransferState.REQUESTED));
    TestVaults.unlockAs(d.vault, Role.COORDINATOR);
    assertThatThrownBy(() -> d.tasks.acceptTransfer(first.id()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(d.cases.load(c.id()).value().ownerId()).isEqualTo(owner);
    d.tasks.acceptTransfer(second.id());
    assertThat(d.cases.load(c.id()).value().ownerId()).isEqualTo(receiver.id());
  }
}
