package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.depder.ui.cases.CasesArea.SHELTER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.stage.Stage;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CasePlan;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.DueKind;
import org.depder.domain.cases.DueStatus;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.domain.cases.GoalState;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.PlanGoal;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.TaskState;
import org.depder.ui.KeyboardDriver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rehabilitation and reintegration (issue 7 item 5) in the Cases area, over a real vault, by
 * keyboard alone, in every language: the case plan's goals, and follow-up visits scheduled at the
 * months typed, one recorded with a note that is never listed, one overdue once the clock passes
 * its day, in the tab and on the due list. Screenshots at 1366x768 go to target/screenshots/cases/.
 */
@ExtendWith(ApplicationExtension.class)
class CasePlanUiTest {
  private static final String NOTE = "Met at the family home";
  private CasesArea area;
  private KeyboardDriver keys;

  @Start
  void start(Stage stage) throws Exception {
    area = CasesArea.as(Role.SOCIAL_WORKER).show(stage);
  }

  private Case openCase(Language language, FxRobot robot) throws Exception {
    keys = area.keys(language, robot);
    Case c =
        area.cases.openDirect(
            new CaseOpening.Facts(
                UUID.randomUUID(), "TM-L", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, "tk"),
            OpeningRoute.SOCIAL_WORKER);
    KeyboardDriver.fx(area.vm()::refresh);
    keys.select("cases-list");
    assertThat(keys.text("#case-heading")).contains(c.caseNumber());
    return c;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void followUpsAtTypedMonthsOneRecordedOneOverdueInTheTabAndOnTheDueList(
      Language language, FxRobot robot) throws Exception {
    Case c = openCase(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();
    keys.openTab("case-tabs", "case-tab-followups");
    assertThat(keys.field("#followups-months")).isEqualTo("1, 3, 6, 12");
    assertThat(keys.field("#followups-start")).isEqualTo("2026-03-20");

    keys.type("followups-months", "3, 1");
    keys.press("followups-schedule");
    assertThat(keys.text("#cases-status"))
        .isEqualTo(m.text(CaseLabels.rule(CaseRuleException.Code.INVALID_SCHEDULE)));
    keys.type("followups-months", "1, 3");
    keys.type("followups-start", "10.03.2026");
    keys.press("followups-schedule");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.date.invalid"));
    assertThat(area.work.followUps(c.id())).isEmpty();
    assertThat(keys.field("#followups-months")).isEqualTo("1, 3");

    keys.type("followups-start", "2026-03-10");
    keys.press("followups-schedule");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.followup.scheduled"));
    assertThat(area.work.followUps(c.id()))
        .extracting(FollowUpVisit::due)
        .containsExactly(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 6, 10));
    String upcoming = m.text(CaseLabels.dueStatus(DueStatus.UPCOMING));
    assertThat(keys.lines("#case-followups"))
        .containsExactly(
            m.text("casesui.followup.open", 1, m.date(LocalDate.of(2026, 4, 10)), upcoming),
            m.text("casesui.followup.open", 3, m.date(LocalDate.of(2026, 6, 10)), upcoming));
    CasesArea.shot(keys, code, "followups-1-scheduled");

    keys.select("case-followups");
    keys.type("followup-date", "2026-04-11");
    keys.type("followup-note", NOTE);
    keys.press("followup-record");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.done"));
    FollowUpVisit first = area.work.followUps(c.id()).get(0);
    assertThat(first.state()).isEqualTo(TaskState.DONE);
    assertThat(first.visitedOn()).contains(LocalDate.of(2026, 4, 11));
    assertThat(first.note()).isEqualTo(NOTE);
    assertThat(keys.lines("#case-followups").get(0))
        .isEqualTo(
            m.text(
                "casesui.followup.done",
                1,
                m.date(LocalDate.of(2026, 4, 10)),
                m.text(CaseLabels.dueStatus(DueStatus.DONE)),
                m.date(LocalDate.of(2026, 4, 11)),
                TestVaults.displayName(Role.SOCIAL_WORKER)));
    assertThat(String.join("\n", keys.lines("#case-followups"))).doesNotContain(NOTE);
    assertThat(keys.field("#followup-note")).isEmpty();

    area.clock.advance(Duration.ofDays(87)); // 2026-06-15: the 3-month visit is five days late
    keys.press("cases-refresh");
    assertThat(keys.field("#followup-date")).isEqualTo("2026-06-15");
    assertThat(keys.lines("#case-followups").get(1))
        .isEqualTo(
            m.text(
                "casesui.followup.open",
                3,
                m.date(LocalDate.of(2026, 6, 10)),
                m.text(CaseLabels.dueStatus(DueStatus.OVERDUE))));
    assertThat(keys.lines("#cases-due"))
        .contains(
            m.text(
                "casesui.due.overdue",
                m.text(CaseLabels.dueKind(DueKind.FOLLOW_UP_VISIT)),
                c.caseNumber(),
                m.date(LocalDate.of(2026, 6, 10))));
    CasesArea.shot(keys, code, "followups-2-overdue");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void planWithTwoGoalsOneInProgressOneAchieved(Language language, FxRobot robot) throws Exception {
    Case c = openCase(language, robot);
    Messages m = Messages.load(language);
    String code = language.code();
    String worker = TestVaults.displayName(Role.SOCIAL_WORKER);
    keys.openTab("case-tabs", "case-tab-plan");
    assertThat(keys.value("#plan-owner")).isEqualTo(c.ownerId());

    keys.tabUntil("plan-need");
    assertThat(keys.value("#plan-need")).isEqualTo(ServiceNeed.SHELTER);
    keys.choose("plan-provider", SHELTER);
    keys.type("plan-description", "A safe place near her sister");
    keys.press("plan-add");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.plan.added"));

    keys.choose("plan-need", ServiceNeed.VOCATIONAL_TRAINING);
    keys.type("plan-target", "2026-31-09");
    keys.press("plan-add");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.date.invalid"));
    assertThat(keys.field("#plan-target")).isEqualTo("2026-31-09");
    keys.type("plan-target", "2026-09-01");
    keys.press("plan-add");
    assertThat(keys.text("#cases-status")).isEqualTo(m.text("casesui.plan.added"));

    List<PlanGoal> goals = new CasePlan(area.cases).goals(c.id());
    PlanGoal shelter = goal(goals, ServiceNeed.SHELTER);
    PlanGoal training = goal(goals, ServiceNeed.VOCATIONAL_TRAINING);
    assertThat(shelter.serviceId()).contains(SHELTER);
    assertThat(shelter.description()).isEqualTo("A safe place near her sister");
    assertThat(shelter.target()).isEmpty();
    assertThat(training.serviceId()).isEmpty();
    assertThat(training.target()).contains(LocalDate.of(2026, 9, 1));
    assertThat(goals).extracting(PlanGoal::ownerId).containsOnly(c.ownerId());

    CasesArea.selectLine(keys, "plan-goals", shelter.id());
    keys.press("plan-achieve");
    assertThat(keys.text("#cases-status"))
        .isEqualTo(
            m.text("casesui.plan.stateChanged", m.text(CaseLabels.goalState(GoalState.ACHIEVED))));
    CasesArea.selectLine(keys, "plan-goals", training.id());
    keys.press("plan-start");
    assertThat(new CasePlan(area.cases).goals(c.id()))
        .extracting(PlanGoal::need, PlanGoal::state)
        .containsExactly(
            tuple(ServiceNeed.VOCATIONAL_TRAINING, GoalState.IN_PROGRESS),
            tuple(ServiceNeed.SHELTER, GoalState.ACHIEVED));
    String shelterName =
        ReferenceDataLoader.bundled().services().byId(SHELTER).orElseThrow().name().in(code);
    assertThat(keys.lines("#plan-goals"))
        .containsExactly(
            m.text(
                "casesui.plan.itemWithTarget",
                m.text(ReferralLabels.need(ServiceNeed.VOCATIONAL_TRAINING)),
                m.text(CaseLabels.goalState(GoalState.IN_PROGRESS)),
                m.text("casesui.plan.noProvider"),
                worker,
                m.date(LocalDate.of(2026, 9, 1))),
            m.text(
                "casesui.plan.item",
                m.text(ReferralLabels.need(ServiceNeed.SHELTER)),
                m.text(CaseLabels.goalState(GoalState.ACHIEVED)),
                shelterName,
                worker));
    assertThat(String.join("\n", keys.lines("#plan-goals"))).doesNotContain("sister");
    keys.select("plan-goals");
    CasesArea.shot(keys, code, "plan-1-goals");
  }

  private static PlanGoal goal(List<PlanGoal> goals, ServiceNeed need) {
    return goals.stream().filter(g -> g.need() == need).findFirst().orElseThrow();
  }
}
