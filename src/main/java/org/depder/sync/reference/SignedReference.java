package org.depder.sync.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.depder.crypto.Ed25519;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;

/**
 * Signed reference data, format 1 (docs/sync-api.md, "Signed reference data"): {@code {"document":
 * {...}, "signature": "..."}}, where the signature is Ed25519 by the server over the RFC 8785
 * canonical bytes of {@code document}, and the document carries {@code "purpose":
 * "depder-reference-v1"} so the signature can never pass for one over a bundle, receipt or
 * revision.
 */
public record SignedReference(
    String kind, long version, Instant published, DeviceId server, JsonNode content) {
  public static final int FORMAT = 1;
  public static final String PURPOSE = "depder-reference-v1";
  public static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
  private static final Set<String> MEMBERS =
      Set.of("content", "format", "kind", "published", "purpose", "server", "version");

  public SignedReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(content, "content");
    if (!KIND.matcher(kind).matches()) {
      throw new ReferenceFormatException("kind must match " + KIND.pattern());
    }
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    content = content.deepCopy();
  }

  @Override
  public JsonNode content() {
    return content.deepCopy();
  }

  public ObjectNode document() {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.set("content", content.deepCopy());
    d.put("format", FORMAT);
    d.put("kind", kind);
    d.put("published", published.toString());
    d.put("purpose", PURPOSE);
    d.put("server", server.value());
    d.put("version", version);
    return d;
  }

  /** The bytes that are signed: the canonical document. */
  public byte[] signingBytes() {
    return CanonicalJson.encode(document());
  }

  /** The whole signed file in canonical form, signed by {@code sign} (the server's key). */
  public byte[] sign(Function<byte[], byte[]> sign) {
    ObjectNode outer = JsonNodeFactory.instance.objectNode();
    outer.set("document", document());
    outer.put(
        "signature",
        Base64.getUrlEncoder().withoutPadding().encodeToString(sign.apply(signingBytes())));
    return CanonicalJson.encode(outer);
  }

  /**
   * Parses and verifies a signed document with the server's pinned signing key; any defect is a
   * {@link ReferenceFormatException} naming what is wrong, never quoting the content.
   */
  public static SignedReference verify(byte[] signed, byte[] serverSigningKey) {
    JsonNode outer;
    try {
      outer = StrictJsonParser.parse(signed);
    } catch (CanonicalJsonException e) {
      throw new ReferenceFormatException("not strict JSON");
    }
    if (!outer.isObject() || !names(outer).equals(Set.of("document", "signature"))) {
      throw new ReferenceFormatException("outer members");
    }
    JsonNode d = outer.get("document");
    if (!d.isObject() || d.path("format").asInt(-1) != FORMAT) {
      throw new ReferenceFormatException("unsupported format");
    }
    if (!names(d).equals(MEMBERS) || !PURPOSE.equals(d.path("purpose").asText())) {
      throw new ReferenceFormatException("document members");
    }
    byte[] signature;
    try {
      signature = Base64.getUrlDecoder().decode(outer.path("signature").asText());
    } catch (IllegalArgumentException e) {
      throw new ReferenceFormatException("signature encoding");
    }
    DeviceId server = new DeviceId(d.path("server").asText());
    if (!server.equals(DeviceId.ofSigningKey(serverSigningKey))) {
      throw new ReferenceFormatException("signed by another server");
    }
    if (!Ed25519.verify(serverSigningKey, CanonicalJson.encode(d), signature)) {
      throw new ReferenceFormatException("bad signature");
    }
    try {
      return new SignedReference(
          d.path("kind").asText(),
          d.path("version").asLong(),
          Instant.parse(d.path("published").asText()),
          server,
          d.get("content"));
    } catch (RuntimeException e) {
      throw new ReferenceFormatException("document values");
    }
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }

  @Override
  public String toString() {
    return "SignedReference[" + kind + " v" + version + "]";
  }
}
