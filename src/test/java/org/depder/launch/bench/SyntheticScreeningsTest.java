package org.depder.launch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningService;
import org.junit.jupiter.api.Test;

/** What {@code bench screening} saves is a screening the service accepts as complete. */
class SyntheticScreeningsTest {
  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private final ScreeningService service = ScreeningFixtures.service(repository);
  private final SyntheticScreenings synthetic = new SyntheticScreenings(7L, service);

  @Test
  void everyGeneratedScreeningFinalisesAndTheOutcomesVary() throws Exception {
    var outcomes =
        java.util.stream.IntStream.range(0, 200)
            .mapToObj(i -> synthetic.complete())
            .map(
                d -> {
                  try {
                    assertThat(service.finalise(d).finalised()).isTrue();
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                  return service.score(d).outcome();
                })
            .collect(Collectors.toSet());
    assertThat(outcomes).hasSizeGreaterThan(1);
    assertThat(repository.latestOfAll()).hasSize(200);
  }

  @Test
  void oneFieldChangedChangesExactlyOneAnswer() {
    ScreeningDraft draft = synthetic.complete();
    ScreeningDraft changed = synthetic.oneFieldChanged(draft);
    long differences =
        draft.answers().answers().keySet().stream()
            .filter(id -> draft.answers().answer(id) != changed.answers().answer(id))
            .count();
    assertThat(differences).isEqualTo(1);
  }

  @Test
  void theSuiteIsListed() {
    assertThat(BenchCommand.suites()).contains("screening", "vault", "startup");
  }

  @Test
  void aFinalisedRecordIsFinal() {
    assertThat(synthetic.finalisedRecord().finalised()).isTrue();
  }
}
