package org.depder.ui.screening;

import java.util.UUID;
import org.depder.app.screening.PersonDetails;
import org.depder.app.screening.ScreeningDraft;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.Sex;
import org.depder.ui.cases.Welayats;

/**
 * The facts a case opened from a screening starts with, taken from the screening itself: the person
 * record it is linked to (else a new person id: a record can be linked later), the welaýat of the
 * post, the age band, the presumption of minority, sex and the interview language. Nothing is asked
 * again of the screener.
 */
final class ScreeningCaseFacts {
  private ScreeningCaseFacts() {}

  static CaseOpening.Facts of(ScreeningDraft d, Welayats welayats) {
    PersonDetails p = d.person();
    AgeBand band =
        p.ageYears().isPresent()
            ? AgeBand.ofYears(p.ageYears().getAsInt())
            : p.ageBand().map(b -> AgeBand.valueOf(b.name())).orElse(AgeBand.UNKNOWN);
    String region = d.setting().postId().flatMap(welayats::containing).orElse("");
    return new CaseOpening.Facts(
        personId(d),
        region,
        band,
        p.presumedMinor(),
        Sex.valueOf(p.sex().name()),
        d.setting().interviewLanguage().code());
  }

  private static UUID personId(ScreeningDraft d) {
    return d.identification()
        .personId()
        .flatMap(
            id -> {
              try {
                return java.util.Optional.of(UUID.fromString(id));
              } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
              }
            })
        .orElseGet(UUID::randomUUID);
  }
}
