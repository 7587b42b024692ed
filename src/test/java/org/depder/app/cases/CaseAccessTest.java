package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.depder.app.screening.ScreeningDrafts;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.FollowUpSchedule;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may change cases, checked by the service over a real vault (docs/cases.md section 8). */
class CaseAccessTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  static void refused(ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            CaseServiceException.class,
            e -> assertThat(e.code()).isEqualTo(CaseServiceException.Code.ROLE_NOT_ALLOWED));
  }

  @Test
  void thePolicyTable() {
    for (Role role : Role.values()) {
      boolean worker =
          role == Role.SOCIAL_WORKER || role == Role.CONSULAR_OFFICER || role == Role.COORDINATOR;
      assertThat(CaseAccess.allows(role, CaseAccess.Action.CHANGE_CASE)).isEqualTo(worker);
      assertThat(CaseAccess.allows(role, CaseAccess.Action.REPATRIATION_TASK)).isEqualTo(worker);
      assertThat(CaseAccess.allows(role, CaseAccess.Action.OPEN_FROM_SCREENING))
          .isEqualTo(worker || role == Role.SCREENER);
      assertThat(CaseAccess.allows(role, CaseAccess.openDirect(OpeningRoute.SOCIAL_WORKER)))
          .isEqualTo(role == Role.SOCIAL_WORKER || role == Role.COORDINATOR);
      assertThat(CaseAccess.allows(role, CaseAccess.openDirect(OpeningRoute.CONSULAR_OFFICER)))
          .isEqualTo(role == Role.CONSULAR_OFFICER || role == Role.COORDINATOR);
    }
  }

  @Test
  void aScreenerOpensACaseFromTheirScreeningAndNothingElse() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock, Role.SCREENER);
    d.screenings.save(ScreeningDrafts.full());
    Case c = d.cases.openFromScreening(ScreeningDrafts.ID, CaseServiceTest.adult());
    assertThat(c.ownerId()).isEqualTo(d.user());
    refused(() -> d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER));
    refused(() -> d.cases.enterStage(c.id(), Stage.FORMAL_IDENTIFICATION, ""));
    refused(
        () ->
            d.cases.recordConsent(CaseServiceTest.referralConsent(c.id(), ConsentDecision.GIVEN)));
    refused(() -> d.tasks.scheduleFollowUps(c.id(), LocalDate.now(), FollowUpSchedule.DEFAULT));
    refused(
        () ->
            d.tasks.openTask(
                c.id(), RepatriationTaskKind.HAND_OVER, d.user(), LocalDate.parse("2026-04-01")));
    refused(
        () -> d.tasks.requestTransfer(c.id(), Optional.of("someone"), Optional.empty(), "leave"));
    assertThat(d.cases.history(c.id())).hasSize(1);
    assertThat(d.cases.consents(c.id())).isEmpty();
  }

  @Test
  void theDeviceAdministratorReadsButDoesNotChangeCases() throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock, Role.DEVICE_ADMINISTRATOR);
    d.screenings.save(ScreeningDrafts.full());
    refused(() -> d.cases.openFromScreening(ScreeningDrafts.ID, CaseServiceTest.adult()));
    refused(() -> d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER));

    // a coordinator of the same laptop opens one; the administrator sees it but cannot change it
    TestVaults.addAndUnlock(d.vault, Role.COORDINATOR);
    Case c = d.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    TestVaults.unlockAs(d.vault, Role.DEVICE_ADMINISTRATOR);
    assertThat(d.cases.cases()).extracting(s -> s.value().id()).containsExactly(c.id());
    assertThat(d.cases.history(c.id())).hasSize(1);
    refused(() -> d.cases.enterStage(c.id(), Stage.FORMAL_IDENTIFICATION, ""));
    refused(() -> d.cases.close(c.id(), org.depder.domain.cases.CaseStatus.CLOSED, ""));
    assertThat(d.cases.history(c.id())).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SOCIAL_WORKER", "CONSULAR_OFFICER", "COORDINATOR"})
  void openingDirectlyIsForTheWorkerOfThatRouteOrACoordinator(Role role) throws Exception {
    CaseDevice d = new CaseDevice(dir.resolve("a.depder"), clock, role);
    for (OpeningRoute route :
        new OpeningRoute[] {OpeningRoute.SOCIAL_WORKER, OpeningRoute.CONSULAR_OFFICER}) {
      if (CaseAccess.allows(role, CaseAccess.openDirect(route))) {
        Case c = d.cases.openDirect(CaseServiceTest.adult(), route);
        assertThat(c.route()).isEqualTo(route);
        d.cases.enterStage(c.id(), Stage.FORMAL_IDENTIFICATION, "");
        d.tasks.openTask(
            c.id(), RepatriationTaskKind.TRAVEL_DOCUMENT, d.user(), LocalDate.parse("2026-04-01"));
      } else {
        refused(() -> d.cases.openDirect(CaseServiceTest.adult(), route));
      }
    }
    assertThat(d.cases.cases()).hasSize(role == Role.COORDINATOR ? 2 : 1);
  }
}
