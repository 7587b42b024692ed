package org.depder.app.cases;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depder.app.screening.PersonDetails;
import org.depder.app.screening.ScreeningDraft;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.Sex;

/**
 * The facts a case opened from a screening starts with, taken from what the screening holds; a
 * worker corrects them on the case later. What the screening does not know gets a default that says
 * so: age band {@link AgeBand#UNKNOWN}, sex {@link Sex#UNKNOWN}, welaýat {@link #UNKNOWN_REGION},
 * and a person id derived from the screening id when no person record is linked.
 */
public final class CaseFacts {
  /** The welaýat of a case whose screening names no post of the division tree. */
  public static final String UNKNOWN_REGION = "";

  /** The name a person id is derived from when the screening is linked to no person record. */
  static final String UNLINKED_PERSON_NAME = "depder-case-person-v1|";

  /**
   * Division codes are hierarchical (referencedata/divisions.json): a post or etrap code starts
   * with its welaýat's code, {@code TM-L-P01} under {@code TM-L}, {@code TM-ARKADAG-E01} under
   * {@code TM-ARKADAG}.
   */
  private static final Pattern WELAYAT = Pattern.compile("(TM-[A-Z]+)(-[A-Z0-9]+)*");

  private CaseFacts() {}

  /**
   * Age band: from the age in years when given, else the screening's band, else unknown. Presumed
   * minor: as the screener recorded it (a child band makes the case a child's anyway). Sex: as
   * recorded. Language: the interview language. Welaýat: that of the post the screening was taken
   * at. Person: the person record the screening is linked to; without one, a name-based UUID of
   * {@value #UNLINKED_PERSON_NAME} and the screening id, the same each time for one screening and
   * never the id of a person record.
   */
  public static CaseOpening.Facts fromScreening(ScreeningDraft draft) {
    PersonDetails person = draft.person();
    return new CaseOpening.Facts(
        personId(draft),
        region(draft.setting().postId()),
        ageBand(person),
        person.presumedMinor(),
        Sex.valueOf(person.sex().name()),
        draft.setting().interviewLanguage().code());
  }

  static AgeBand ageBand(PersonDetails person) {
    if (person.ageYears().isPresent()) {
      return AgeBand.ofYears(person.ageYears().getAsInt());
    }
    return person.ageBand().map(b -> AgeBand.valueOf(b.name())).orElse(AgeBand.UNKNOWN);
  }

  /** The welaýat code a division code belongs to, or {@link #UNKNOWN_REGION}. */
  static String region(Optional<String> postId) {
    if (postId.isEmpty()) {
      return UNKNOWN_REGION;
    }
    Matcher m = WELAYAT.matcher(postId.get());
    return m.matches() ? m.group(1) : UNKNOWN_REGION;
  }

  private static UUID personId(ScreeningDraft draft) {
    Optional<String> linked = draft.identification().personId();
    if (linked.isPresent()) {
      try {
        return UUID.fromString(linked.get());
      } catch (IllegalArgumentException e) {
        // not a person record id: treated as unlinked
      }
    }
    return UUID.nameUUIDFromBytes(
        (UNLINKED_PERSON_NAME + draft.id()).getBytes(StandardCharsets.UTF_8));
  }
}
