package org.depder.domain.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.screening.VersionRef;

/** The service directory of one reference-data version (later published signed by the server). */
public record ServiceDirectory(VersionRef version, List<ServiceEntry> services) {
  public ServiceDirectory {
    Objects.requireNonNull(version, "version");
    services = List.copyOf(services);
  }

  public Optional<ServiceEntry> byId(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<ServiceEntry> byCategory(ServiceCategory category) {
    return services.stream().filter(s -> s.category() == category).toList();
  }

  /**
   * Services usable from a welaýat: those of the welaýat and the nationwide ones in Turkmenistan
   * (consulates abroad are listed by country, {@link #inCountry}).
   */
  public List<ServiceEntry> forRegion(String welayat) {
    return services.stream()
        .filter(s -> s.country().equals("TM"))
        .filter(s -> s.region().isEmpty() || s.region().get().equals(welayat))
        .toList();
  }

  public List<ServiceEntry> inCountry(String alpha2) {
    return services.stream().filter(s -> s.country().equals(alpha2)).toList();
  }

  public List<ServiceEntry> offering(ServiceNeed need) {
    return services.stream().filter(s -> s.serves().contains(need)).toList();
  }
}
