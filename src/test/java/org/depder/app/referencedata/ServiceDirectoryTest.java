package org.depder.app.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.reference.Hotline;
import org.depder.domain.reference.ServiceCategory;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.domain.reference.ServiceEntry;
import org.junit.jupiter.api.Test;

class ServiceDirectoryTest {
  private static ServiceDirectory bundled() throws ReferenceDataException {
    return ReferenceDataLoader.bundled().services();
  }

  /** Format 1 must keep reading: a checked-in fixture with every field both set and empty. */
  @Test
  void theFormatOneFixtureStillReads() throws ReferenceDataException {
    ServiceDirectory d = new ReferenceDataLoader("referencedata-test/services-v1").services();
    assertThat(d.version().tag()).isEqualTo("test-services-1");
    ServiceEntry full = d.byId("test-shelter").orElseThrow();
    assertThat(full.category()).isEqualTo(ServiceCategory.SHELTER);
    assertThat(full.region()).contains("TM-L");
    assertThat(full.name().tk()).isEqualTo("Lebapdaky synag gaçybatalgasy");
    assertThat(full.address().orElseThrow().ru()).isEqualTo("улица 1, Туркменабат");
    assertThat(full.phone()).contains("+993 00 000000");
    assertThat(full.email()).contains("shelter@example.org");
    assertThat(full.hours()).contains("09:00-18:00");
    assertThat(full.capacity()).isEqualTo(OptionalInt.of(12));
    assertThat(full.letterLanguage()).isEqualTo("ru");
    assertThat(full.serves()).containsExactlyInAnyOrder(ServiceNeed.SHELTER, ServiceNeed.MEDICAL);
    assertThat(full.needsVerification()).isFalse();
    ServiceEntry sparse = d.byId("test-consulate").orElseThrow();
    assertThat(sparse.country()).isEqualTo("TR");
    assertThat(sparse.region()).isEmpty();
    assertThat(sparse.phone()).isEmpty();
    assertThat(sparse.capacity()).isEmpty();
    assertThat(sparse.toBeConfirmed())
        .containsExactlyInAnyOrderElementsOf(ServiceEntry.CONFIRMABLE);
    assertThat(sparse.needsVerification()).isTrue();
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    var e =
        catchThrowableOfType(
            ReferenceDataException.class,
            () -> new ReferenceDataLoader("referencedata-test/services-broken").services());
    assertThat(e).isNotNull();
    assertThat(e.errors())
        .extracting(ValidationError::file, ValidationError::path, ValidationError::code)
        .containsExactlyInAnyOrder(
            tuple("services.json", "services[0].id", ValidationCode.INVALID_VALUE),
            tuple("services.json", "services[2].id", ValidationCode.DUPLICATE_ID),
            tuple("services.json", "services[3].region", ValidationCode.UNKNOWN_ITEM),
            tuple("services.json", "services[4].country", ValidationCode.UNKNOWN_ITEM),
            tuple("services.json", "services[5].phone", ValidationCode.MISSING_FIELD),
            tuple("services.json", "services[6].phone", ValidationCode.INVALID_VALUE),
            tuple("services.json", "services[7].letterLanguage", ValidationCode.INVALID_VALUE),
            tuple("services.json", "services[8].serves", ValidationCode.UNKNOWN_ITEM),
            tuple("services.json", "services[9].category", ValidationCode.INVALID_VALUE),
            tuple("services.json", "services[10].name.tk", ValidationCode.TEXT_COPIED_FROM_ENGLISH),
            tuple("services.json", "services[11].toBeConfirmed", ValidationCode.UNKNOWN_ITEM),
            tuple("services.json", "services[12].capacity", ValidationCode.INVALID_VALUE));
  }

  @Test
  void theBundledDirectoryLoadsAndCoversEveryKindOfService() throws ReferenceDataException {
    ServiceDirectory d = bundled();
    assertThat(d.services().stream().map(ServiceEntry::category).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ServiceCategory.values());
    // the welaýats' social workers, one per welaýat and Ashgabat
    for (String welayat : Set.of("TM-A", "TM-B", "TM-D", "TM-L", "TM-M", "TM-S")) {
      assertThat(d.forRegion(welayat))
          .as(welayat)
          .anyMatch(s -> s.category() == ServiceCategory.SOCIAL_SERVICES);
    }
    assertThat(d.inCountry("TR")).hasSize(2);
    assertThat(d.offering(ServiceNeed.SHELTER)).isNotEmpty();
  }

  /** No invented numbers: the only phones are the hotline numbers already in the repository. */
  @Test
  void everyPhoneIsAKnownHotlineNumberAndEveryEntryIsMarkedForVerification()
      throws ReferenceDataException {
    Set<String> known =
        ReferenceDataLoader.bundled().hotlines().stream()
            .map(Hotline::phone)
            .collect(Collectors.toSet());
    for (ServiceEntry s : bundled().services()) {
      s.phone().ifPresent(p -> assertThat(known).as(s.id()).contains(p));
      assertThat(s.email()).as(s.id()).isEmpty();
      assertThat(s.verify()).as(s.id()).isTrue();
      assertThat(s.needsVerification()).isTrue();
    }
    assertThat(bundled().services().stream().filter(s -> s.phone().isPresent()))
        .extracting(ServiceEntry::id)
        .containsExactlyInAnyOrder("tm-hotline-ashgabat", "tm-hotline-turkmenabat");
  }
}
