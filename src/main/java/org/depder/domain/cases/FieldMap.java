package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The flat form of one case entity, ready to become the {@code changes} of a revision
 * (docs/replication.md): stable field names, and values that are only {@link String}, {@link Long}
 * or {@link Boolean}. Richer values are encoded as text: ids as lower-case uuids, instants and
 * dates as ISO-8601, enums by constant name, sets as sorted comma-separated names. An absent
 * optional value is an absent field, so {@link #changesFrom} turns it into a JSON {@code null}
 * (clear).
 *
 * <p>Errors name the field and never quote a value: values may be personal data.
 */
public final class FieldMap {
  /** The field-name rule of the revision format. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.]{0,79}");

  private final Map<String, Object> values;

  private FieldMap(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Wraps a map read back from a merged entity; checks names and value types. */
  public static FieldMap of(Map<String, ?> fields) {
    Builder b = builder();
    fields.forEach(
        (k, v) -> {
          if (v instanceof Integer i) {
            b.put(k, i.longValue());
          } else if (v instanceof String || v instanceof Long || v instanceof Boolean) {
            b.put(k, v);
          } else if (v != null) {
            throw new FieldMapException(k, "unsupported value type");
          }
        });
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public boolean has(String field) {
    return values.containsKey(field);
  }

  /**
   * The changes that turn {@code before} into this map: every field whose value differs, and {@code
   * null} for a field that is gone. A new entity passes {@link #empty()}.
   */
  public Map<String, Object> changesFrom(FieldMap before) {
    Map<String, Object> changes = new HashMap<>();
    values.forEach(
        (k, v) -> {
          if (!v.equals(before.values.get(k))) {
            changes.put(k, v);
          }
        });
    for (String k : before.values.keySet()) {
      if (!values.containsKey(k)) {
        changes.put(k, null);
      }
    }
    return Collections.unmodifiableMap(changes);
  }

  public static FieldMap empty() {
    return new FieldMap(Map.of());
  }

  // ---- readers; each throws FieldMapException(field) when missing or malformed ----

  public String text(String field) {
    return optText(field).orElseThrow(() -> new FieldMapException(field, "missing"));
  }

  public Optional<String> optText(String field) {
    Object v = values.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s)) {
      throw new FieldMapException(field, "text expected");
    }
    return Optional.of(s);
  }

  public String textOrEmpty(String field) {
    return optText(field).orElse("");
  }

  public long number(String field) {
    return optNumber(field).orElseThrow(() -> new FieldMapException(field, "missing"));
  }

  public Optional<Long> optNumber(String field) {
    Object v = values.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Long l)) {
      throw new FieldMapException(field, "number expected");
    }
    return Optional.of(l);
  }

  public boolean bool(String field) {
    Object v = values.get(field);
    if (!(v instanceof Boolean b)) {
      throw new FieldMapException(field, v == null ? "missing" : "boolean expected");
    }
    return b;
  }

  public UUID id(String field) {
    return optId(field).orElseThrow(() -> new FieldMapException(field, "missing"));
  }

  public Optional<UUID> optId(String field) {
    return optText(field).map(s -> parse(field, () -> UUID.fromString(s)));
  }

  public Instant instant(String field) {
    return optInstant(field).orElseThrow(() -> new FieldMapException(field, "missing"));
  }

  public Optional<Instant> optInstant(String field) {
    return optText(field).map(s -> parse(field, () -> Instant.parse(s)));
  }

  public LocalDate date(String field) {
    return optDate(field).orElseThrow(() -> new FieldMapException(field, "missing"));
  }

  public Optional<LocalDate> optDate(String field) {
    return optText(field).map(s -> parse(field, () -> LocalDate.parse(s)));
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return optEnum(field, type).orElseThrow(() -> new FieldMapException(field, "missing"));
  }

  public <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
    return optText(field).map(s -> parse(field, () -> Enum.valueOf(type, s)));
  }

  /** A set of enum constants stored as sorted, comma-separated names; absent means empty. */
  public <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
    Set<E> result = new LinkedHashSet<>();
    String text = textOrEmpty(field);
    if (!text.isEmpty()) {
      for (String name : text.split(",")) {
        result.add(parse(field, () -> Enum.valueOf(type, name)));
      }
    }
    return Collections.unmodifiableSet(result);
  }

  private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new FieldMapException(field, "malformed");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldMap other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Field names only: the values may be personal data. */
  @Override
  public String toString() {
    return "FieldMap" + values.keySet();
  }

  /** Collects fields; {@code null} and empty optionals are left out (absent = not set). */
  public static final class Builder {
    private final Map<String, Object> values = new TreeMap<>();

    private Builder() {}

    private Builder put(String field, Object value) {
      if (!NAME.matcher(field).matches()) {
        throw new FieldMapException(field, "invalid field name");
      }
      Objects.requireNonNull(value);
      if (values.put(field, value) != null) {
        throw new FieldMapException(field, "written twice");
      }
      return this;
    }

    public Builder text(String field, String value) {
      return value == null ? this : put(field, value);
    }

    public Builder text(String field, Optional<String> value) {
      return text(field, value.orElse(null));
    }

    /** Empty text is left out: a cleared note is an absent note. */
    public Builder nonEmpty(String field, String value) {
      return value == null || value.isEmpty() ? this : put(field, value);
    }

    public Builder number(String field, long value) {
      return put(field, value);
    }

    public Builder number(String field, Optional<Long> value) {
      return value.isEmpty() ? this : put(field, value.get());
    }

    public Builder bool(String field, boolean value) {
      return put(field, value);
    }

    public Builder id(String field, UUID value) {
      return value == null ? this : put(field, value.toString());
    }

    public Builder id(String field, Optional<UUID> value) {
      return id(field, value.orElse(null));
    }

    public Builder instant(String field, Instant value) {
      return value == null ? this : put(field, value.toString());
    }

    public Builder instant(String field, Optional<Instant> value) {
      return instant(field, value.orElse(null));
    }

    public Builder date(String field, LocalDate value) {
      return value == null ? this : put(field, value.toString());
    }

    public Builder date(String field, Optional<LocalDate> value) {
      return date(field, value.orElse(null));
    }

    public Builder enumValue(String field, Enum<?> value) {
      return value == null ? this : put(field, value.name());
    }

    public Builder enumValue(String field, Optional<? extends Enum<?>> value) {
      return enumValue(field, value.orElse(null));
    }

    /** Sorted by constant order so that equal sets give equal text (and no false conflicts). */
    public <E extends Enum<E>> Builder enumSet(String field, Set<E> value) {
      if (value.isEmpty()) {
        return this;
      }
      List<String> names = value.stream().sorted().map(Enum::name).toList();
      return put(field, String.join(",", names));
    }

    public FieldMap build() {
      return new FieldMap(values);
    }
  }
}
