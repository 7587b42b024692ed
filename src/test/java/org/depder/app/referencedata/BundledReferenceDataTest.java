package org.depder.app.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.depder.domain.reference.Country;
import org.depder.domain.reference.Division;
import org.depder.domain.reference.DivisionKind;
import org.depder.domain.screening.AgeScope;
import org.depder.domain.screening.ContextLetter;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.Indicator;
import org.depder.domain.screening.Weight;
import org.junit.jupiter.api.Test;

/** The reference data shipped in the jar loads, validates and matches DOMAIN section 6. */
class BundledReferenceDataTest {
  private final ReferenceDataLoader loader = ReferenceDataLoader.bundled();

  private Map<String, Indicator> items() throws ReferenceDataException {
    return loader.indicatorSet(ReferenceDataLoader.CURRENT_DRAFT).items().stream()
        .collect(Collectors.toMap(Indicator::id, Function.identity()));
  }

  @Test
  void draftSetHasExactlyTheFiftyTwoItemsOfDomainSix() throws ReferenceDataException {
    var set = loader.indicatorSet(ReferenceDataLoader.CURRENT_DRAFT);

    assertThat(set.items()).hasSize(52);
    assertThat(set.draft()).isTrue();
    assertThat(set.status()).contains("draft");
    assertThat(set.intendedRuleSet()).isEqualTo("tm-draft-2025.1");
  }

  @Test
  void dimensionSizesMatchDomainSix() throws ReferenceDataException {
    Map<Dimension, Long> sizes =
        items().values().stream()
            .collect(Collectors.groupingBy(Indicator::dimension, Collectors.counting()));

    assertThat(sizes)
        .containsEntry(Dimension.P, 8L)
        .containsEntry(Dimension.ACT, 1L)
        .containsEntry(Dimension.D1, 7L)
        .containsEntry(Dimension.D2, 5L)
        .containsEntry(Dimension.D3, 5L)
        .containsEntry(Dimension.D4, 8L)
        .containsEntry(Dimension.D5, 10L)
        .containsEntry(Dimension.D6, 4L)
        .containsEntry(Dimension.O, 4L);
  }

  @Test
  void weightsAndFlagsMatchDomainSix() throws ReferenceDataException {
    var items = items();

    assertThat(items.get("D107").weightFor(false, false)).contains(Weight.WEAK);
    assertThat(items.get("D107").weightFor(true, false)).contains(Weight.STRONG);
    assertThat(items.get("D508").weightFor(false, true)).contains(Weight.STRONG);
    assertThat(items.get("D508").weightFor(false, false)).contains(Weight.MEDIUM);
    assertThat(items.get("P08").ageScope()).isEqualTo(AgeScope.CHILD_ONLY);
    assertThat(items.get("P08").alwaysChildProtectionReferral()).isTrue();
    assertThat(items.get("D408").ageScope()).isEqualTo(AgeScope.CHILD_ONLY);
    assertThat(items.get("D406").sensitive()).isTrue();
    assertThat(items.get("ACT01").adultWeight().weight()).isEmpty();
    assertThat(items.get("D301").contexts()).containsExactlyInAnyOrder(ContextLetter.values());
  }

  @Test
  void weightsMarkedWithTildeInDomainAreToVerify() throws ReferenceDataException {
    List<String> toVerify =
        items().values().stream()
            .filter(Indicator::hasWeightToVerify)
            .map(Indicator::id)
            .sorted()
            .toList();

    assertThat(toVerify)
        .containsExactly("D403", "D405", "D406", "D508", "P01", "P04", "P06", "P07");
  }

  @Test
  void ruleSetCarriesTheIloThresholds() throws ReferenceDataException {
    var rules = loader.ruleSet(ReferenceDataLoader.CURRENT_DRAFT);

    assertThat(rules.versionTag()).isEqualTo("tm-draft-2025.1");
    assertThat(rules.positiveCombinations()).hasSize(4);
    assertThat(rules.childProtectionItems()).containsExactlyInAnyOrder("P06", "P07", "P08");
  }

  @Test
  void countriesAreCompleteWithUsualDestinationsFirst() throws ReferenceDataException {
    var countries = loader.countries();

    assertThat(countries.countries()).hasSizeGreaterThanOrEqualTo(240);
    assertThat(countries.inPicklistOrder().subList(0, 12))
        .extracting(Country::alpha2)
        .containsExactly("TR", "RU", "AE", "KZ", "CY", "UZ", "IR", "AF", "AZ", "BY", "UA", "IN");
    var turkey = countries.countries().stream().filter(c -> c.alpha2().equals("TR")).findFirst();
    assertThat(turkey.get().alpha3()).isEqualTo("TUR");
    assertThat(turkey.get().name().tk()).isEqualTo("Türkiýe");
    assertThat(turkey.get().name().ru()).isEqualTo("Турция");
  }

  @Test
  void divisionsHoldTheSixIsoWelayatsAndArkadag() throws ReferenceDataException {
    var divisions = loader.divisions();

    assertThat(divisions)
        .extracting(Division::code)
        .containsExactly("TM-A", "TM-B", "TM-D", "TM-L", "TM-M", "TM-S", "TM-ARKADAG");
    assertThat(divisions)
        .allSatisfy(d -> assertThat(d.children()).isNotEmpty())
        .flatMap(Division::children)
        .filteredOn(d -> d.kind() == DivisionKind.BORDER_POST)
        .allMatch(Division::verify)
        .isNotEmpty();
  }

  @Test
  void hotlinesAreBothMarkedToVerify() throws ReferenceDataException {
    var hotlines = loader.hotlines();

    assertThat(hotlines).hasSize(2).allMatch(h -> h.verify() && h.hours().isEmpty());
    assertThat(hotlines.get(0).phone()).isEqualTo("+993 12 463514");
    assertThat(hotlines.get(1).phone()).isEqualTo("+993 422 32229");
  }
}
