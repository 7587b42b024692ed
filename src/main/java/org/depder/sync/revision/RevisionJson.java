package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.canonical.StrictJsonParser;

/**
 * The one JSON shape of a revision, format version 1 (docs/replication.md):
 *
 * <pre>
 * {"v":1, "revisionId":"&lt;uuid&gt;", "entityType":"person", "entityId":"&lt;uuid&gt;",
 *  "parents":["&lt;uuid&gt;", ...], "author":"&lt;uuid&gt;", "device":"&lt;32 hex&gt;",
 *  "hlc":"&lt;16 hex&gt;-&lt;8 hex&gt;", "changes":{"field": &lt;any JSON&gt;, ...},
 *  "schemaVersion":1}
 * </pre>
 *
 * A signed revision adds {@code "sig"}: the unpadded base64url Ed25519 signature over {@link
 * #signingBytes}. Reading is strict: every member must be present with its type, no other member is
 * allowed (an unknown member would ride along unsigned), uuids are lower-case canonical text and
 * {@code parents} are in ascending text order, so one revision has exactly one wire form.
 */
public final class RevisionJson {
  /** The format version written to and required in {@code "v"}. */
  public static final int FORMAT_VERSION = 1;

  /** Domain separation: these bytes can never be mistaken for a bundle manifest or a receipt. */
  public static final String SIGNING_PURPOSE = "depder-revision-v1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> MEMBERS =
      Set.of(
          "v",
          "revisionId",
          "entityType",
          "entityId",
          "parents",
          "author",
          "device",
          "hlc",
          "changes",
          "schemaVersion");
  private static final Set<String> SIGNED_MEMBERS = union(MEMBERS, "sig");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{86}");

  private RevisionJson() {}

  /** The unsigned JSON form. */
  public static ObjectNode toJson(Revision revision) {
    ObjectNode json = NODES.objectNode();
    json.put("v", FORMAT_VERSION);
    json.put("revisionId", revision.revisionId().toString());
    json.put("entityType", revision.entityType());
    json.put("entityId", revision.entityId().toString());
    ArrayNode parents = json.putArray("parents");
    revision.parents().stream().map(UUID::toString).sorted().forEach(parents::add);
    json.put("author", revision.author().toString());
    json.put("device", revision.device().value());
    json.put("hlc", revision.hybridLogicalTime().wireForm());
    ObjectNode changes = json.putObject("changes");
    revision.changes().forEach((field, value) -> changes.set(field, value.deepCopy()));
    json.put("schemaVersion", revision.schemaVersion());
    return json;
  }

  /** The signed JSON form: {@link #toJson(Revision)} plus {@code "sig"}. */
  public static ObjectNode toJson(SignedRevision signed) {
    ObjectNode json = toJson(signed.revision());
    json.put("sig", Base64.getUrlEncoder().withoutPadding().encodeToString(signed.signature()));
    return json;
  }

  /**
   * The bytes a device signs: RFC 8785 canonical form of {@link #toJson(Revision)} with {@code
   * "purpose":"depder-revision-v1"} added.
   *
   * @throws RevisionFormatException if a change value has no canonical form (NaN, an unpaired
   *     surrogate)
   */
  public static byte[] signingBytes(Revision revision) {
    ObjectNode json = toJson(revision);
    json.put("purpose", SIGNING_PURPOSE);
    try {
      return CanonicalJson.encode(json);
    } catch (CanonicalJsonException e) {
      throw new RevisionFormatException("a change value has no canonical JSON form");
    }
  }

  /** Reads an unsigned revision; {@code "sig"} is refused here like any other unknown member. */
  public static Revision fromJson(JsonNode json) {
    return read(json, MEMBERS);
  }

  /** Reads a signed revision. The signature is only decoded, not verified. */
  public static SignedRevision signedFromJson(JsonNode json) {
    Revision revision = read(json, SIGNED_MEMBERS);
    String sig = text(json, "sig");
    if (!BASE64URL.matcher(sig).matches()) {
      throw new RevisionFormatException("sig is not 64 bytes of unpadded base64url");
    }
    byte[] signature = Base64.getUrlDecoder().decode(sig);
    // 86 characters carry 516 bits: the last 4 must be zero or two texts decode alike.
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(signature).equals(sig)) {
      throw new RevisionFormatException("sig is not in canonical base64url");
    }
    return new SignedRevision(revision, signature);
  }

  /** Parses {@code json} with {@link StrictJsonParser} (no duplicate keys) and reads it signed. */
  public static SignedRevision parseSigned(byte[] json) {
    try {
      return signedFromJson(StrictJsonParser.parse(json));
    } catch (CanonicalJsonException e) {
      throw new RevisionFormatException("not strict JSON: " + e.getMessage());
    }
  }

  /**
   * The same revision with every change value in the one tree form its canonical bytes parse to, so
   * that two copies with equal {@link #signingBytes} (say {@code 1} and {@code 1.0}) become equal
   * records.
   */
  public static Revision normalized(Revision revision) {
    TreeMap<String, JsonNode> changes = new TreeMap<>();
    revision
        .changes()
        .forEach(
            (field, value) ->
                changes.put(field, StrictJsonParser.parse(CanonicalJson.encode(value))));
    return new Revision(
        revision.revisionId(),
        revision.entityType(),
        revision.entityId(),
        revision.parents(),
        revision.author(),
        revision.device(),
        revision.hybridLogicalTime(),
        changes,
        revision.schemaVersion());
  }

  private static Set<String> union(Set<String> members, String extra) {
    Set<String> all = new HashSet<>(members);
    all.add(extra);
    return Set.copyOf(all);
  }

  private static Revision read(JsonNode json, Set<String> allowed) {
    if (json == null || !json.isObject()) {
      throw new RevisionFormatException("a revision must be a JSON object");
    }
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      if (!allowed.contains(names.next())) {
        throw new RevisionFormatException("unknown member in revision");
      }
    }
    int version = integer(json, "v");
    if (version != FORMAT_VERSION) {
      throw new RevisionFormatException("unsupported revision format version " + version);
    }
    JsonNode changes = json.get("changes");
    if (changes == null || !changes.isObject()) {
      throw new RevisionFormatException("changes must be a JSON object");
    }
    TreeMap<String, JsonNode> changeMap = new TreeMap<>();
    changes.fields().forEachRemaining(e -> changeMap.put(e.getKey(), e.getValue()));
    try {
      return new Revision(
          uuid(json, "revisionId"),
          text(json, "entityType"),
          uuid(json, "entityId"),
          parents(json),
          uuid(json, "author"),
          new DeviceId(text(json, "device")),
          HybridTimestamp.parse(text(json, "hlc")),
          changeMap,
          integer(json, "schemaVersion"));
    } catch (IllegalArgumentException e) {
      // The record's own checks name the rule, never the value.
      throw new RevisionFormatException("invalid revision: " + e.getMessage());
    }
  }

  private static List<UUID> parents(JsonNode json) {
    JsonNode array = json.get("parents");
    if (array == null || !array.isArray()) {
      throw new RevisionFormatException("parents must be a JSON array");
    }
    List<UUID> parents = new ArrayList<>(array.size());
    String previous = null;
    for (JsonNode element : array) {
      if (!element.isTextual() || !UUID_TEXT.matcher(element.textValue()).matches()) {
        throw new RevisionFormatException("parents must hold lower-case uuids");
      }
      if (previous != null && previous.compareTo(element.textValue()) >= 0) {
        throw new RevisionFormatException("parents must be distinct and in ascending order");
      }
      previous = element.textValue();
      parents.add(UUID.fromString(previous));
    }
    return parents;
  }

  private static UUID uuid(JsonNode json, String member) {
    String text = text(json, member);
    if (!UUID_TEXT.matcher(text).matches()) {
      throw new RevisionFormatException(member + " is not a lower-case uuid");
    }
    return UUID.fromString(text);
  }

  private static String text(JsonNode json, String member) {
    JsonNode node = json.get(member);
    if (node == null) {
      throw new RevisionFormatException("missing member " + member);
    }
    if (!node.isTextual()) {
      throw new RevisionFormatException(member + " must be a JSON string");
    }
    return node.textValue();
  }

  private static int integer(JsonNode json, String member) {
    JsonNode node = json.get(member);
    if (node == null) {
      throw new RevisionFormatException("missing member " + member);
    }
    // isInt: an integer literal that fits; 1.0, 1e0 and "1" are refused.
    if (!node.isInt()) {
      throw new RevisionFormatException(member + " must be a JSON integer");
    }
    return node.intValue();
  }
}
