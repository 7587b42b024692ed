package org.depder.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The vault's {@code vault_meta} key-value rows: housekeeping values (format, settings, counters)
 * and values the application has sealed itself (device keys, wrapped record keys), as text.
 */
public final class VaultMetaRepository {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_./-]{0,127}");

  private final VaultDatabase vault;

  public VaultMetaRepository(VaultDatabase vault) {
    this.vault = vault;
  }

  public Optional<String> find(String key) {
    requireKey(key);
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT value FROM vault_meta WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  public void put(String key, String value) {
    putAll(Map.of(key, value));
  }

  /** Writes every entry in one durable transaction. */
  public void putAll(Map<String, String> entries) {
    entries.forEach((k, v) -> Objects.requireNonNull(v, "value"));
    entries.keySet().forEach(VaultMetaRepository::requireKey);
    vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
              st.setString(1, entry.getKey());
              st.setString(2, entry.getValue());
              st.addBatch();
            }
            st.executeBatch();
          }
          return null;
        });
  }

  private static void requireKey(String key) {
    if (!KEY.matcher(Objects.requireNonNull(key, "key")).matches()) {
      throw new IllegalArgumentException("vault_meta keys are short lowercase codes");
    }
  }
}
