package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseService;
import org.depder.app.cases.CaseTasks;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.UserAccount;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.DueKind;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.RepatriationTask;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.TaskState;
import org.depder.domain.cases.Transfer;
import org.depder.domain.cases.TransferState;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Repatriation and Transfer models without a stage, over a real vault with a consular officer
 * and a social worker: the order warning, a date that is not one, the hand-over refused without a
 * receiver, and a transfer to a named worker that waits in their due list, is declined by them (not
 * by the sender), and a second one cancelled by the sender.
 */
class RepatriationTransferModelTest {
  private final MutableClock clock = CasesArea.startClock();
  private final LiveTexts texts = CasesArea.english();
  private final Messages m = Messages.load(Language.EN);
  private LocalVaultService vault;
  private UserAccount consul;
  private String workerId;
  private CaseService cases;
  private CaseTasks work;
  private CaseContext context;
  private CasesViewModel area;
  private RepatriationModel repatriation;
  private TransferModel transfer;

  @BeforeEach
  void setUp(@TempDir Path dir) throws Exception {
    vault = TestVaults.created(dir.resolve("a.depder"), clock);
    workerId = CasesArea.addWorker(vault).id();
    consul = TestVaults.addAndUnlock(vault, Role.CONSULAR_OFFICER);
    CasesArea fixture = CasesArea.over(vault, clock, texts, Optional.empty());
    cases = fixture.cases;
    work = fixture.work;
    context = fixture.context;
    area = fixture.vm();
    Welayats welayats = new Welayats(ReferenceDataLoader.bundled());
    repatriation = new RepatriationModel(context, welayats);
    transfer = new TransferModel(context, welayats);
  }

  private Case openAndShow() throws Exception {
    Case c =
        cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-S", AgeBand.FROM_26_TO_40, false, Sex.MALE, "ru"),
            OpeningRoute.CONSULAR_OFFICER);
    area.open(c.id());
    return c;
  }

  private Line line(List<Line> lines, UUID id) {
    return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private RepatriationTask task(Case c, RepatriationTaskKind kind) throws Exception {
    return work.tasks(c.id()).stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void aDateThatIsNotOneIsSaidAndNothingIsPlanned() throws Exception {
    Case c = openAndShow();
    repatriation.dateProperty().set("2026-02-30");
    repatriation.plan();
    assertThat(context.statusProperty().get()).isEqualTo(m.text("casesui.repatriation.badDate"));
    assertThat(work.tasks(c.id())).isEmpty();
  }

  @Test
  void theDefaultOwnerIsTheSignedInUserAndAnOverdueTaskSaysSo() throws Exception {
    Case c = openAndShow();
    assertThat(repatriation.ownerProperty().get()).isEqualTo(consul.id());
    repatriation.kindProperty().set(RepatriationTaskKind.TRAVEL_DOCUMENT);
    repatriation.dateProperty().set("2026-03-25");
    repatriation.addTask();
    clock.advance(Duration.ofDays(10));
    area.open(c.id());
    assertThat(repatriation.tasks())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.text())
                    .contains(consul.displayName())
                    .contains(m.text("casesui.repatriation.overdue", m.text("cases.task.open"))));
  }

  @Test
  void handOverDoneWhileTheRiskAssessmentIsOpenShowsTheWarning() throws Exception {
    Case c = openAndShow();
    repatriation.dateProperty().set("2026-04-10");
    repatriation.plan();
    assertThat(repatriation.warningProperty().get()).isEmpty();

    repatriation.handOver(null);
    assertThat(context.statusProperty().get())
        .isEqualTo(m.text("casesui.repatriation.receiverMissing"));
    repatriation.receiverProperty().set("Annayewa O.");
    repatriation.handOver(null);
    assertThat(context.statusProperty().get())
        .isEqualTo(m.text("casesui.repatriation.regionMissing"));
    RepatriationTask handOver = task(c, RepatriationTaskKind.HAND_OVER);
    repatriation.markDone(line(repatriation.tasks(), handOver.id()));
    assertThat(context.statusProperty().get())
        .isEqualTo(m.text(CaseLabels.rule(CaseRuleException.Code.HAND_OVER_WITHOUT_RECEIVER)));

    repatriation.regionProperty().set("TM-B");
    repatriation.handOver(null);
    repatriation.markDone(line(repatriation.tasks(), handOver.id()));
    assertThat(task(c, RepatriationTaskKind.HAND_OVER).state()).isEqualTo(TaskState.DONE);
    assertThat(repatriation.warningProperty().get())
        .isEqualTo(m.text("casesui.repatriation.orderWarning"));

    clock.advance(Duration.ofHours(1));
    repatriation.markDone(
        line(repatriation.tasks(), task(c, RepatriationTaskKind.PRE_RETURN_RISK_ASSESSMENT).id()));
    assertThat(repatriation.warningProperty().get())
        .as("done later than the hand-over: still out of order")
        .isNotEmpty();
  }

  @Test
  void theWarningIsOnlyForEscortOrHandOverDoneBeforeTheRiskAssessment() {
    UUID caseId = UUID.randomUUID();
    Instant t0 = Instant.parse("2026-03-20T06:00:00Z");
    LocalDate due = LocalDate.parse("2026-03-30");
    RepatriationTask risk =
        RepatriationTask.open(
            UUID.randomUUID(), caseId, RepatriationTaskKind.PRE_RETURN_RISK_ASSESSMENT, "u", due);
    RepatriationTask escort =
        RepatriationTask.open(UUID.randomUUID(), caseId, RepatriationTaskKind.ESCORT, "u", due);
    RepatriationTask document =
        RepatriationTask.open(
            UUID.randomUUID(), caseId, RepatriationTaskKind.TRAVEL_DOCUMENT, "u", due);
    assertThat(RepatriationModel.riskAssessmentSkipped(List.of(risk, escort, document))).isFalse();
    assertThat(
            RepatriationModel.riskAssessmentSkipped(
                List.of(risk, escort, document.complete("", t0, "u"))))
        .isFalse();
    assertThat(
            RepatriationModel.riskAssessmentSkipped(
                List.of(risk.complete("", t0, "u"), escort.complete("", t0.plusSeconds(60), "u"))))
        .isFalse();
    assertThat(RepatriationModel.riskAssessmentSkipped(List.of(risk, escort.complete("", t0, "u"))))
        .isTrue();
    assertThat(
            RepatriationModel.riskAssessmentSkipped(
                List.of(risk.cancel("", t0, "u"), escort.complete("", t0, "u"))))
        .as("a cancelled risk assessment is the officer's recorded choice")
        .isFalse();
  }

  @Test
  void aTransferToANamedWorkerWaitsForThemAndOnlyTheyCanDeclineIt() throws Exception {
    Case c = openAndShow();
    transfer.workerProperty().set(workerId);
    transfer.reasonProperty().set("returns to Balkan");
    transfer.request();
    assertThat(context.statusProperty().get()).isEqualTo(m.text("casesui.transfer.requestedDone"));
    assertThat(transfer.ownerProperty().get()).contains(consul.displayName());
    Transfer t = work.transfers(c.id()).get(0);
    assertThat(t.toOwner()).contains(workerId);
    assertThat(transfer.transfers())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.text())
                    .contains(TestVaults.displayName(Role.SOCIAL_WORKER))
                    .contains(m.text("cases.transfer.requested")));

    transfer.decline(line(transfer.transfers(), t.id()));
    assertThat(context.statusProperty().get())
        .isEqualTo(m.text(CaseLabels.rule(CaseRuleException.Code.NOT_THE_RECEIVER)));

    vault.lock();
    TestVaults.unlockAs(vault, Role.SOCIAL_WORKER);
    area.refresh();
    assertThat(area.due())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.id()).isEqualTo(c.id());
              assertThat(l.text()).contains(m.text(CaseLabels.dueKind(DueKind.TRANSFER_TO_ACCEPT)));
            });
    area.open(c.id());
    transfer.decline(line(transfer.transfers(), t.id()));
    assertThat(context.statusProperty().get()).isEqualTo(m.text("casesui.transfer.declinedDone"));
    assertThat(work.transfers(c.id()).get(0).state()).isEqualTo(TransferState.DECLINED);
    assertThat(cases.load(c.id()).value().ownerId()).isEqualTo(consul.id());
    assertThat(area.due()).isEmpty();
  }

  @Test
  void theSenderCancelsARequestAndTheCaseStaysWhereItIs() throws Exception {
    Case c = openAndShow();
    transfer.workerIdProperty().set("worker-on-another-laptop");
    transfer.regionProperty().set("TM-D");
    transfer.reasonProperty().set("moved");
    transfer.request();
    assertThat(transfer.regionProperty().get()).isEqualTo(TransferModel.NONE);
    Transfer t = work.transfers(c.id()).get(0);
    assertThat(t.toOwner()).contains("worker-on-another-laptop");
    assertThat(t.toRegion()).contains("TM-D");
    transfer.cancel(line(transfer.transfers(), t.id()));
    assertThat(context.statusProperty().get()).isEqualTo(m.text("casesui.transfer.cancelledDone"));
    assertThat(work.transfers(c.id()).get(0).state()).isEqualTo(TransferState.CANCELLED);
    Case still = cases.load(c.id()).value();
    assertThat(still.ownerId()).isEqualTo(consul.id());
    assertThat(still.region()).isEqualTo("TM-S");
  }
}
