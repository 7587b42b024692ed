package org.depder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Local users, their wrapped vault keys and their login lookups. A login name is never stored in
 * clear: the caller passes a keyed hash of it ({@code loginKey}, lowercase hex), kept in {@code
 * vault_meta} under {@code login/<loginKey>} so format 1 needs no schema change and the primary key
 * of {@code vault_meta} keeps login names unique.
 */
public final class SqliteUserRepository {
  private static final Pattern LOGIN_KEY = Pattern.compile("[0-9a-f]{16,64}");
  private static final String LOGIN_PREFIX = "login/";
  private static final String USER_COLUMNS =
      "SELECT id, role_code, sealed_profile, created_at, disabled FROM users";

  private final VaultDatabase vault;

  public SqliteUserRepository(VaultDatabase vault) {
    this.vault = vault;
  }

  /**
   * Adds a user with their wrapped vault key and login lookup in one durable transaction.
   *
   * @return false, changing nothing, if {@code loginKey} already belongs to a user
   */
  public boolean insert(StoredUser user, String loginKey, StoredVaultKey key, long nowMillis) {
    String metaKey = metaKey(loginKey);
    return vault.inTransaction(
        c -> {
          if (userIdFor(c, metaKey).isPresent()) {
            return false;
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO users (id, role_code, sealed_profile, created_at, disabled)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, user.id());
            st.setString(2, user.roleCode());
            st.setBytes(3, user.sealedProfile());
            st.setLong(4, user.createdAtMillis());
            st.setInt(5, user.disabled() ? 1 : 0);
            st.executeUpdate();
          }
          try (PreparedStatement st =
              c.prepareStatement("INSERT INTO vault_meta (key, value) VALUES (?, ?)")) {
            st.setString(1, metaKey);
            st.setString(2, user.id());
            st.executeUpdate();
          }
          writeKey(c, user.id(), key, nowMillis);
          return true;
        });
  }

  /** The id of the user whose login lookup is {@code loginKey}. */
  public Optional<String> findIdByLoginKey(String loginKey) {
    String metaKey = metaKey(loginKey);
    return vault.read(c -> userIdFor(c, metaKey));
  }

  public Optional<StoredUser> find(String id) {
    return vault.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement(USER_COLUMNS + " WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next() ? Optional.of(user(rs)) : Optional.<StoredUser>empty();
            }
          }
        });
  }

  /** Every user, oldest first. */
  public List<StoredUser> list() {
    return vault.read(
        c -> {
          List<StoredUser> users = new ArrayList<>();
          try (PreparedStatement st =
                  c.prepareStatement(USER_COLUMNS + " ORDER BY created_at, id");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              users.add(user(rs));
            }
          }
          return List.copyOf(users);
        });
  }

  public Optional<StoredVaultKey> findKey(String userId) {
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT wrapped_key, kdf_params FROM vault_keys WHERE user_id = ? AND key_id = ?")) {
            st.setString(1, userId);
            st.setString(2, StoredVaultKey.VAULT_KEY_ID);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next()
                  ? Optional.of(new StoredVaultKey(rs.getBytes(1), rs.getBytes(2)))
                  : Optional.<StoredVaultKey>empty();
            }
          }
        });
  }

  /** Replaces the user's wrapped vault key (password change or reset); nothing else changes. */
  public void replaceKey(String userId, StoredVaultKey key, long nowMillis) {
    vault.inTransaction(
        c -> {
          writeKey(c, userId, key, nowMillis);
          return null;
        });
  }

  public void updateRole(String userId, String roleCode) {
    update("UPDATE users SET role_code = ? WHERE id = ?", roleCode, userId);
  }

  public void updateDisabled(String userId, boolean disabled) {
    update("UPDATE users SET disabled = ? WHERE id = ?", disabled ? "1" : "0", userId);
  }

  /** Deletes the user, their wrapped key (cascade) and their login lookup. */
  public boolean delete(String userId) {
    return vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("DELETE FROM vault_meta WHERE key LIKE 'login/%' AND value = ?")) {
            st.setString(1, userId);
            st.executeUpdate();
          }
          try (PreparedStatement st = c.prepareStatement("DELETE FROM users WHERE id = ?")) {
            st.setString(1, userId);
            return st.executeUpdate() > 0;
          }
        });
  }

  private void update(String sql, String value, String userId) {
    vault.inTransaction(
        c -> {
          try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            st.setString(2, userId);
            if (st.executeUpdate() != 1) {
              throw new SQLException("no such user");
            }
          }
          return null;
        });
  }

  private static void writeKey(Connection c, String userId, StoredVaultKey key, long nowMillis)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO vault_keys (user_id, key_id, wrapped_key, kdf_params, created_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, key_id) DO UPDATE SET"
                + " wrapped_key = excluded.wrapped_key, kdf_params = excluded.kdf_params,"
                + " created_at = excluded.created_at")) {
      st.setString(1, userId);
      st.setString(2, StoredVaultKey.VAULT_KEY_ID);
      st.setBytes(3, key.wrappedKey());
      st.setBytes(4, key.kdfParameters());
      st.setLong(5, nowMillis);
      st.executeUpdate();
    }
  }

  private static Optional<String> userIdFor(Connection c, String metaKey) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT value FROM vault_meta WHERE key = ?")) {
      st.setString(1, metaKey);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static StoredUser user(ResultSet rs) throws SQLException {
    return new StoredUser(
        rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getLong(4), rs.getInt(5) == 1);
  }

  private static String metaKey(String loginKey) {
    if (!LOGIN_KEY.matcher(loginKey).matches()) {
      throw new IllegalArgumentException("login keys are lowercase hex");
    }
    return LOGIN_PREFIX + loginKey;
  }
}
