package org.depder.app.referencedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.depder.domain.reference.CountryList;
import org.depder.domain.reference.Division;
import org.depder.domain.reference.Hotline;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.VersionRef;

/**
 * Loads and validates reference data from the classpath. Indicator and rule sets are addressed by
 * id and version ({@code indicators/tm-draft-2025.1.json}); old versions stay so that old
 * screenings can be re-scored with the rules they were taken under.
 */
public final class ReferenceDataLoader implements ServiceDirectorySource {
  /** The rule set and indicator set shipped with this build. */
  public static final VersionRef CURRENT_DRAFT = new VersionRef("tm-draft", "2025.1");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String base;

  /**
   * @param base classpath folder holding {@code indicators/}, {@code rules/} and the lists
   */
  public ReferenceDataLoader(String base) {
    this.base = base;
  }

  public static ReferenceDataLoader bundled() {
    return new ReferenceDataLoader("referencedata");
  }

  public IndicatorSet indicatorSet(VersionRef ref) throws ReferenceDataException {
    String file = "indicators/" + ref.tag() + ".json";
    NodeReader reader = new NodeReader(file);
    JsonNode root = parse(file, IndicatorSetReader.FORMAT, reader);
    IndicatorSet set = new IndicatorSetReader(reader).read(root);
    checkAddressed(reader, ref, set.ref());
    return orThrow(reader, set);
  }

  public RuleSet ruleSet(VersionRef ref) throws ReferenceDataException {
    String file = "rules/" + ref.tag() + ".json";
    NodeReader reader = new NodeReader(file);
    JsonNode root = parse(file, RuleSetReader.FORMAT, reader);
    RuleSetReader rules = new RuleSetReader(reader);
    VersionRef indicatorRef = rules.indicatorSetRef(root);
    IndicatorSet indicators;
    try {
      indicators = indicatorSet(indicatorRef);
    } catch (ReferenceDataException e) {
      boolean missing =
          e.errors().stream().anyMatch(x -> x.code() == ValidationCode.FILE_NOT_FOUND);
      reader.error(
          "indicatorSet",
          missing ? ValidationCode.UNKNOWN_INDICATOR_SET : ValidationCode.INVALID_VALUE,
          indicatorRef.tag() + (missing ? "" : " is invalid: " + e.getMessage()));
      throw new ReferenceDataException(reader.errors());
    }
    RuleSet set = rules.read(root, indicators);
    if (set != null) {
      checkAddressed(reader, ref, set.ref());
    }
    return orThrow(reader, set);
  }

  public CountryList countries() throws ReferenceDataException {
    NodeReader reader = new NodeReader("countries.json");
    JsonNode root = parse("countries.json", ListReaders.COUNTRIES_FORMAT, reader);
    return orThrow(reader, new ListReaders(reader).countries(root));
  }

  public List<Division> divisions() throws ReferenceDataException {
    NodeReader reader = new NodeReader("divisions.json");
    JsonNode root = parse("divisions.json", ListReaders.DIVISIONS_FORMAT, reader);
    return orThrow(reader, new ListReaders(reader).divisions(root));
  }

  public List<Hotline> hotlines() throws ReferenceDataException {
    NodeReader reader = new NodeReader("hotlines.json");
    JsonNode root = parse("hotlines.json", ListReaders.HOTLINES_FORMAT, reader);
    return orThrow(reader, new ListReaders(reader).hotlines(root));
  }

  /** The id and version of the hotline list (printed on the information card with its date). */
  public VersionRef hotlinesVersion() throws ReferenceDataException {
    NodeReader reader = new NodeReader("hotlines.json");
    JsonNode root = parse("hotlines.json", ListReaders.HOTLINES_FORMAT, reader);
    return orThrow(reader, new VersionRef(root.path("id").asText(), root.path("version").asText()));
  }

  /**
   * The referral service directory, checked against the division and country lists of the same
   * reference data.
   */
  @Override
  public ServiceDirectory services() throws ReferenceDataException {
    NodeReader reader = new NodeReader("services.json");
    return services(reader, parse("services.json", ServiceDirectoryReader.FORMAT, reader));
  }

  /**
   * A service directory published by the server (its signature already checked), held to every rule
   * the bundled one is: same format, same division and country lists of this build.
   */
  public ServiceDirectory services(byte[] published) throws ReferenceDataException {
    NodeReader reader = new NodeReader("services.json");
    JsonNode root;
    try {
      root = MAPPER.readTree(published);
    } catch (IOException e) {
      throw single("services.json", ValidationCode.MALFORMED_JSON, "not JSON");
    }
    return services(reader, checked("services.json", ServiceDirectoryReader.FORMAT, reader, root));
  }

  private ServiceDirectory services(NodeReader reader, JsonNode root)
      throws ReferenceDataException {
    java.util.Set<String> welayats = new java.util.HashSet<>();
    divisions().forEach(d -> welayats.add(d.code()));
    java.util.Set<String> alpha2 = new java.util.HashSet<>();
    countries().countries().forEach(c -> alpha2.add(c.alpha2()));
    return orThrow(reader, new ServiceDirectoryReader(reader, welayats, alpha2).read(root));
  }

  private JsonNode parse(String file, String format, NodeReader reader)
      throws ReferenceDataException {
    String resource = base + "/" + file;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw single(file, ValidationCode.FILE_NOT_FOUND, resource);
      }
      return checked(file, format, reader, MAPPER.readTree(in));
    } catch (JsonProcessingException e) {
      throw single(file, ValidationCode.MALFORMED_JSON, e.getOriginalMessage());
    } catch (IOException e) {
      throw single(file, ValidationCode.FILE_NOT_FOUND, e.getMessage());
    }
  }

  private static JsonNode checked(String file, String format, NodeReader reader, JsonNode root)
      throws ReferenceDataException {
    if (root == null || !root.isObject()) {
      throw single(file, ValidationCode.MALFORMED_JSON, "top level must be an object");
    }
    String actual = root.path("format").asText("");
    if (!format.equals(actual)) {
      throw single(file, ValidationCode.UNSUPPORTED_FORMAT, "expected " + format + ": " + actual);
    }
    // every reference-data file says what it is and how far it is validated
    reader.text(root, "", "id");
    reader.text(root, "", "version");
    reader.text(root, "", "status");
    return root;
  }

  private static void checkAddressed(NodeReader reader, VersionRef asked, VersionRef found) {
    if (!asked.equals(found)) {
      reader.error("id", ValidationCode.VERSION_MISMATCH, "file holds " + found.tag());
    }
  }

  private static <T> T orThrow(NodeReader reader, T value) throws ReferenceDataException {
    // id, version and status are read by parse() and again by the set readers: report once
    List<ValidationError> errors = reader.errors().stream().distinct().toList();
    if (!errors.isEmpty()) {
      throw new ReferenceDataException(errors);
    }
    return value;
  }

  private static ReferenceDataException single(String file, ValidationCode code, String detail) {
    return new ReferenceDataException(List.of(new ValidationError(file, "", code, detail)));
  }
}
