package org.depder.app.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.app.vault.VaultException;

/**
 * Duplicates before a person is created (issue 4 item 6): looks for people already in the vault by
 * document number, by family name and birth year, and by name across scripts, and creates the
 * person once the screener has said it is nobody of those. Slow (decrypts): call it through the
 * {@code TaskRunner}.
 */
public final class PersonMatcher {
  /** More would be a search screen, not a "is it one of these?" question. */
  public static final int MAX_CANDIDATES = 5;

  private static final int NAME_HITS = 20;
  private final PersonDirectory directory;

  public PersonMatcher(PersonDirectory directory) {
    this.directory = directory;
  }

  /** Likely matches, strongest first; empty when nothing identifying was typed. */
  public List<PersonCandidate> candidates(String name, OptionalInt birthYear, String document)
      throws VaultException {
    Map<String, PersonIdentity> found = new LinkedHashMap<>();
    Map<String, Boolean> byDocument = new LinkedHashMap<>();
    if (!document.isBlank()) {
      for (PersonMatch m : directory.findByDocument(document)) {
        found.put(m.id(), m.person());
        byDocument.put(m.id(), true);
      }
    }
    List<String> nameHits = new ArrayList<>();
    if (!name.isBlank()) {
      if (birthYear.isPresent()) {
        for (PersonMatch m :
            directory.findByFamilyNameAndBirthYear(familyName(name), birthYear.getAsInt())) {
          found.putIfAbsent(m.id(), m.person());
          nameHits.add(m.id());
        }
      }
      nameHits.addAll(directory.searchNames(name, NAME_HITS));
      for (String id : nameHits) {
        if (!found.containsKey(id)) {
          directory.find(id).ifPresent(p -> found.put(id, p));
        }
      }
    }
    List<PersonCandidate> candidates = new ArrayList<>();
    for (Map.Entry<String, PersonIdentity> e : found.entrySet()) {
      PersonIdentity p = e.getValue();
      boolean sameYear = birthYear.isPresent() && p.birthYear().equals(birthYear);
      boolean nameHit = nameHits.contains(e.getKey());
      candidates.add(
          new PersonCandidate(
              e.getKey(),
              p.fullName(),
              p.birthYear(),
              nameHit,
              sameYear,
              byDocument.containsKey(e.getKey())));
    }
    candidates.sort(Comparator.comparingInt(PersonCandidate::strength).reversed());
    return List.copyOf(candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size())));
  }

  /**
   * Creates the person from what was typed: the first word of the name as the family name (the way
   * Turkmen documents and lists write it), the rest as the given names.
   *
   * @return the new person's id, or empty when no name was given (a document alone makes no person)
   */
  public Optional<String> create(String name, OptionalInt birthYear, String document)
      throws VaultException {
    String clean = name.strip();
    if (clean.isEmpty()) {
      return Optional.empty();
    }
    String family = familyName(clean);
    String given = clean.substring(family.length()).strip();
    return Optional.of(
        directory.add(
            new PersonIdentity(
                family,
                given,
                Optional.empty(),
                birthYear,
                document.isBlank() ? Optional.empty() : Optional.of(document.strip()))));
  }

  private static String familyName(String name) {
    String clean = name.strip();
    int space = clean.indexOf(' ');
    return space < 0 ? clean : clean.substring(0, space);
  }
}
