package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.app.vault.UserAccount;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.RepatriationTask;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.TaskState;
import org.depder.domain.cases.Transfer;
import org.depder.domain.cases.TransferState;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The consular path of issue 7 and a transfer, by keyboard alone, in every language, over a real
 * vault with two case workers: a consular officer (signed in first) and a social worker. The
 * consular officer plans the return on screen, marks the steps done and hands the person over to a
 * named social worker of a welaýat; then asks to transfer a case to a welaýat, and the social
 * worker, signed in on the same laptop, accepts it and becomes its owner.
 */
@ExtendWith(ApplicationExtension.class)
class CasesRepatriationUiTest {
  private static final String LEBAP = "TM-L";
  private static final String RECEIVER = "Ogulgerek Annayewa, Turkmenabat social services";
  private UserAccount consul;
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    MutableClock clock = CasesArea.startClock();
    LocalVaultService vault =
        TestVaults.created(Files.createTempDirectory("depder-cases").resolve("a.depder"), clock);
    CasesArea.addWorker(vault);
    consul = TestVaults.addAndUnlock(vault, Role.CONSULAR_OFFICER);
    area = CasesArea.over(vault, clock, CasesArea.english(), CasesArea.letters()).show(stage);
  }

  private Case openedByTheConsulate() throws Exception {
    return area.cases.openDirect(
        new CaseOpening.Facts(
            UUID.randomUUID(), "TM-S", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk"),
        OpeningRoute.CONSULAR_OFFICER);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void consularRepatriationToHandOverByKeyboard(Language language, FxRobot robot) throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();
    Case c = openedByTheConsulate();
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-repatriation");

    keys.type("repatriation-date", "03.04.2026");
    keys.press("repatriation-plan");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.repatriation.badDate"));
    assertThat(area.work.tasks(c.id())).isEmpty();

    LocalDate travel = LocalDate.parse("2026-04-03");
    keys.type("repatriation-date", travel.toString());
    keys.press("repatriation-plan");
    assertThat(keys.text("#cases-status"))
        .isEqualTo(m.text("casesui.repatriation.planned", m.date(travel)));
    assertThat(area.work.tasks(c.id()))
        .extracting(RepatriationTask::kind, RepatriationTask::ownerId, RepatriationTask::due)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                RepatriationTaskKind.TRAVEL_DOCUMENT, consul.id(), travel.minusDays(7)),
            org.assertj.core.groups.Tuple.tuple(
                RepatriationTaskKind.PRE_RETURN_RISK_ASSESSMENT, consul.id(), travel.minusDays(3)),
            org.assertj.core.groups.Tuple.tuple(RepatriationTaskKind.ESCORT, consul.id(), travel),
            org.assertj.core.groups.Tuple.tuple(
                RepatriationTaskKind.HAND_OVER, consul.id(), travel));
    assertThat(keys.lines("#case-repatriation"))
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).contains(consul.displayName()));
    CasesArea.shot(keys, code, "repatriation-1-planned");

    // travel document, risk assessment, escort: the first three lines, in the usual order
    for (int done = 0; done < 3; done++) {
      keys.select("case-repatriation");
      for (int i = 0; i < done; i++) {
        robot.type(KeyCode.DOWN);
      }
      keys.type("repatriation-note", "step " + done);
      keys.press("repatriation-done");
      assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.repatriation.markedDone"));
    }
    keys.type("handover-receiver", RECEIVER);
    keys.choose("handover-region", LEBAP);
    keys.press("handover-save");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.repatriation.receiverSaved"));
    keys.select("case-repatriation");
    for (int i = 0; i < 3; i++) {
      robot.type(KeyCode.DOWN);
    }
    keys.press("repatriation-done");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.repatriation.markedDone"));

    assertThat(area.work.tasks(c.id()))
        .extracting(RepatriationTask::state)
        .containsOnly(TaskState.DONE);
    RepatriationTask handOver =
        area.work.tasks(c.id()).stream()
            .filter(t -> t.kind() == RepatriationTaskKind.HAND_OVER)
            .findFirst()
            .orElseThrow();
    assertThat(handOver.handOverTo()).contains(RECEIVER);
    assertThat(handOver.homeRegion()).contains(LEBAP);
    assertThat(handOver.doneBy()).contains(consul.id());
    assertThat(keys.lines("#case-repatriation"))
        .anySatisfy(line -> assertThat(line).contains(RECEIVER));
    assertThat(keys.text("#repatriation-warning")).isEmpty();
    CasesArea.shot(keys, code, "repatriation-2-handed-over");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void transferToAWelayatIsAcceptedByAnotherWorker(Language language, FxRobot robot)
      throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    Case c = openedByTheConsulate();
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-transfer");
    keys.press("transfer-request");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("cases.rule.transferWithoutTarget"));

    keys.choose("transfer-region", LEBAP);
    keys.press("transfer-request");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.transfer.reasonMissing"));
    assertThat(transfers(c)).isEmpty();
    keys.type("transfer-reason", "home welayat after return");
    keys.press("transfer-request");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.transfer.requestedDone"));
    assertThat(transfers(c))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.state()).isEqualTo(TransferState.REQUESTED);
              assertThat(t.toRegion()).contains(LEBAP);
              assertThat(t.toOwner()).isEmpty();
            });
    assertThat(area.cases.load(c.id()).value().ownerId()).isEqualTo(consul.id());
    assertThat(keys.text("#transfer-owner")).contains(consul.displayName());
    CasesArea.shot(keys, language.code(), "transfer-1-requested");

    area.vault.lock();
    UserAccount worker = TestVaults.unlockAs(area.vault, Role.SOCIAL_WORKER);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-transfer");
    keys.select("case-transfers");
    keys.press("transfer-accept");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.transfer.acceptedDone"));
    Case moved = area.cases.load(c.id()).value();
    assertThat(moved.ownerId()).isEqualTo(worker.id());
    assertThat(moved.region()).isEqualTo(LEBAP);
    assertThat(transfers(c)).extracting(Transfer::state).containsExactly(TransferState.ACCEPTED);
    assertThat(keys.text("#transfer-owner")).contains(worker.displayName());
  }

  private java.util.List<Transfer> transfers(Case c) throws Exception {
    return area.cases.parts(c.id(), Transfer.ENTITY_TYPE, Transfer::fromFields).stream()
        .map(s -> s.value())
        .toList();
  }
}
