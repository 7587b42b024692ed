package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseProceedings;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.ClaimRoute;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.CompensationClaim;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Proceedings;
import org.depder.domain.cases.ProceedingsStatus;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralState;
import org.depder.domain.cases.Sex;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Proceedings and compensation tab over a real vault, by keyboard alone, in every language: the
 * person chooses not to cooperate (the hint that assistance never depends on it is on screen) and a
 * referral is still sent once consent is given; the proceedings status is set; a claim typed as
 * {@code 1250.50} TMT is stored as 125050 minor units, decided and paid; a bad amount is refused in
 * words and writes nothing. Screenshots at 1366x768 go to target/screenshots/cases/.
 */
@ExtendWith(ApplicationExtension.class)
class ProceedingsUiTest {
  private CaseProceedings proceedings;
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    area = CasesArea.as(Role.SOCIAL_WORKER).withFullScreening().show(stage);
    proceedings = new CaseProceedings(area.cases);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void cooperationIsRecordedAndAssistanceGoesOnThenAClaimIsFiledDecidedAndPaid(
      Language language, FxRobot robot) throws Exception {
    keys = area.keys(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();
    Case c =
        area.cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_26_TO_40, false, Sex.FEMALE, "tk"),
            OpeningRoute.SOCIAL_WORKER);
    Referral r = area.proposeShelter(c);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    keys.openTab("case-tabs", "case-tab-proceedings");
    assertThat(keys.text("#cooperation-hint")).isEqualTo(m.text(CaseLabels.COOPERATION_HINT));
    assertThat(keys.text("#cooperation-current"))
        .isEqualTo(
            m.text(
                "casesui.cooperation.current",
                m.text(CaseLabels.cooperation(Cooperation.NOT_ASKED))));
    assertThat(robot.lookup("#case-claims").queryListView().getItems())
        .extracting(Object::toString)
        .containsExactly(m.text("casesui.claim.none"));

    choose("cooperation-choice", Cooperation.NOT_COOPERATING);
    keys.press("cooperation-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.cooperation.saved"));
    assertThat(proceedings.proceedings(c.id()).map(Proceedings::cooperation))
        .contains(Cooperation.NOT_COOPERATING);
    assertThat(keys.text("#cooperation-current"))
        .isEqualTo(
            m.text(
                "casesui.cooperation.recordedBy",
                m.text(CaseLabels.cooperation(Cooperation.NOT_COOPERATING)),
                m.date(LocalDate.of(2026, 3, 20)),
                TestVaults.displayName(Role.SOCIAL_WORKER)));
    assertThat(keys.text("#cooperation-hint")).isEqualTo(m.text(CaseLabels.COOPERATION_HINT));
    CasesArea.shot(keys, code, "proceedings-1-cooperation");

    // assistance does not depend on the choice: with consent, the referral is sent
    keys.openTab("case-tabs", "case-tab-referrals");
    keys.select("case-referrals");
    keys.press("consent-record");
    keys.select("case-referrals");
    keys.press("referral-send");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.referral.sent"));
    assertThat(area.cases.referral(r.id()).state()).isEqualTo(ReferralState.SENT);

    keys.openTab("case-tabs", "case-tab-proceedings");
    choose("proceedings-status", ProceedingsStatus.UNDER_INVESTIGATION);
    keys.type("proceedings-note", "file 12/2026");
    keys.press("proceedings-save");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.proceedings.saved"));
    Proceedings saved = proceedings.proceedings(c.id()).orElseThrow();
    assertThat(saved.status()).isEqualTo(ProceedingsStatus.UNDER_INVESTIGATION);
    assertThat(saved.note()).isEqualTo("file 12/2026");
    assertThat(saved.cooperation()).isEqualTo(Cooperation.NOT_COOPERATING);
    assertThat(keys.text("#proceedings-current"))
        .startsWith(
            m.text(
                "casesui.proceedings.current",
                m.text(CaseLabels.proceedingsStatus(ProceedingsStatus.UNDER_INVESTIGATION)),
                m.date(LocalDate.of(2026, 3, 20)),
                m.date(LocalDate.of(2026, 3, 20)),
                TestVaults.displayName(Role.SOCIAL_WORKER)))
        .doesNotContain("file 12/2026");

    // a bad amount is refused in words and writes nothing
    keys.type("claim-amount", "12,5x");
    keys.press("claim-file");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.claim.badAmount"));
    assertThat(proceedings.claims(c.id())).isEmpty();

    choose("claim-route", ClaimRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE);
    keys.type("claim-currency", "TMT");
    keys.type("claim-amount", "1250.50");
    keys.press("claim-file");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.claim.filed"));
    CompensationClaim filed = proceedings.claims(c.id()).get(0);
    assertThat(filed.claimedMinor()).isEqualTo(125050L);
    assertThat(filed.currency()).isEqualTo("TMT");
    assertThat(filed.status()).isEqualTo(ClaimStatus.FILED);

    keys.select("case-claims");
    choose("claim-outcome", ClaimStatus.PARTLY_AWARDED);
    keys.type("claim-awarded", "1000");
    keys.type("claim-decided-on", "2026-03-19");
    keys.press("claim-decide");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.claim.decided"));
    CompensationClaim decided = proceedings.claims(c.id()).get(0);
    assertThat(decided.status()).isEqualTo(ClaimStatus.PARTLY_AWARDED);
    assertThat(decided.awardedMinor()).contains(100000L);
    assertThat(decided.decidedOn()).contains(LocalDate.of(2026, 3, 19));

    keys.select("case-claims");
    keys.type("claim-paid", "400,25");
    keys.press("claim-pay");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.claim.paid"));
    CompensationClaim paid = proceedings.claims(c.id()).get(0);
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(paid.paidMinor()).contains(40025L);
    assertThat(robot.lookup("#case-claims").queryListView().getItems())
        .extracting(Object::toString)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(
                        m.text(CaseLabels.claimRoute(ClaimRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE)))
                    .contains(m.text(CaseLabels.claimStatus(ClaimStatus.PAID)))
                    .contains(m.text("casesui.claim.money", new BigDecimal("1250.50"), "TMT"))
                    .contains(m.text("casesui.claim.money", new BigDecimal("1000.00"), "TMT"))
                    .contains(m.text("casesui.claim.money", new BigDecimal("400.25"), "TMT"))
                    .contains(m.date(LocalDate.of(2026, 3, 19))));
    CasesArea.shot(keys, code, "proceedings-2-claims");
  }

  /** Walks the closed choice {@code id} to {@code value}; the list must not stay open. */
  private void choose(String id, Object value) {
    keys.choose(id, value);
    assertThat(((ComboBox<?>) keys.robot().lookup("#" + id).query()).isShowing()).isFalse();
  }
}
