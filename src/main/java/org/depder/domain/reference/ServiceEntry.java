package org.depder.domain.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.screening.LocalizedText;

/**
 * One service a case can be referred to. Contact details are printed on referral letters, so a
 * detail nobody has confirmed is left empty and named in {@code toBeConfirmed} rather than guessed;
 * {@code verify} stays true until someone has checked the whole entry with the service.
 *
 * @param country ISO 3166-1 alpha-2 code: TM at home, the host country for a consulate
 * @param region welaýat code inside Turkmenistan; empty for a nationwide service or abroad
 * @param letterLanguage the language (tk, ru or en) the service reads letters in
 * @param capacity places (beds for a shelter), when known
 * @param toBeConfirmed names of the contact fields still to confirm (phone, email, address, hours,
 *     capacity)
 */
public record ServiceEntry(
    String id,
    ServiceCategory category,
    String country,
    Optional<String> region,
    LocalizedText name,
    Optional<LocalizedText> address,
    Optional<String> phone,
    Optional<String> email,
    Optional<String> hours,
    OptionalInt capacity,
    String letterLanguage,
    Set<ServiceNeed> serves,
    boolean verify,
    Set<String> toBeConfirmed) {
  /** The contact fields that may be marked as still to confirm. */
  public static final Set<String> CONFIRMABLE =
      Set.of("phone", "email", "address", "hours", "capacity");

  public ServiceEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(letterLanguage, "letterLanguage");
    serves = Set.copyOf(serves);
    toBeConfirmed = Set.copyOf(toBeConfirmed);
  }

  /** Shown with a warning: something about how to reach the service is not confirmed. */
  public boolean needsVerification() {
    return verify || !toBeConfirmed.isEmpty();
  }
}
