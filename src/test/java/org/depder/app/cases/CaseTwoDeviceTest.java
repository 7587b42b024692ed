package org.depder.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.depder.app.vault.MutableClock;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Stage;
import org.depder.domain.cases.StageEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops editing one case: different fields merge, the same field surfaces a conflict. */
class CaseTwoDeviceTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T06:00:00Z"));

  private CaseDevice[] pair() throws Exception {
    CaseDevice a = new CaseDevice(dir.resolve("a.depder"), clock);
    CaseDevice b = new CaseDevice(dir.resolve("b.depder"), clock);
    a.pin(b);
    b.pin(a);
    return new CaseDevice[] {a, b};
  }

  @Test
  void differentFieldsAndNewEntriesMerge() throws Exception {
    CaseDevice[] p = pair();
    CaseDevice a = p[0];
    CaseDevice b = p[1];
    Case c = a.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    b.receive(a, Case.ENTITY_TYPE, c.id());
    assertThat(b.cases.cases()).extracting(s -> s.value().id()).containsExactly(c.id());

    clock.advance(Duration.ofMinutes(1));
    StageEntry onA = a.cases.enterStage(c.id(), Stage.FORMAL_IDENTIFICATION, "");
    a.cases.setStatus(c.id(), CaseStatus.ACTIVE);
    b.cases.setStatus(c.id(), CaseStatus.FOLLOW_UP);

    b.receive(a, Case.ENTITY_TYPE, c.id());
    b.receive(a, StageEntry.ENTITY_TYPE, onA.id());
    a.receive(b, Case.ENTITY_TYPE, c.id());
    for (CaseDevice d : p) {
      var stored = d.cases.load(c.id());
      assertThat(stored.conflict()).isFalse();
      assertThat(stored.value().stage()).isEqualTo(Stage.FORMAL_IDENTIFICATION);
      assertThat(stored.value().status()).isEqualTo(CaseStatus.FOLLOW_UP);
      assertThat(d.conflicts.conflicted(Case.ENTITY_TYPE)).isEmpty();
    }
    assertThat(b.cases.history(c.id()))
        .extracting(StageEntry::stage)
        .containsExactly(Stage.FORMAL_IDENTIFICATION);
  }

  @Test
  void theSameFieldOnTwoLaptopsIsAConflict() throws Exception {
    CaseDevice[] p = pair();
    CaseDevice a = p[0];
    CaseDevice b = p[1];
    Case c = a.cases.openDirect(CaseServiceTest.adult(), OpeningRoute.SOCIAL_WORKER);
    b.receive(a, Case.ENTITY_TYPE, c.id());

    clock.advance(Duration.ofMinutes(1));
    a.cases.enterStage(c.id(), Stage.RECOVERY_AND_REFLECTION, "");
    b.cases.enterStage(c.id(), Stage.RETURN, "");
    b.receive(a, Case.ENTITY_TYPE, c.id());
    a.receive(b, Case.ENTITY_TYPE, c.id());
    for (CaseDevice d : p) {
      assertThat(d.cases.load(c.id()).conflict()).isTrue();
      assertThat(d.cases.cases()).singleElement().satisfies(s -> assertThat(s.conflict()).isTrue());
      assertThat(d.conflicts.conflicted(Case.ENTITY_TYPE)).isEqualTo(Set.of(c.id()));
    }
  }
}
