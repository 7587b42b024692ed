package org.depder.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * The single {@code unlock_attempts} row. It is written durably before a refusal is returned, so
 * killing the program after a wrong password does not reset the back-off.
 */
public final class UnlockAttemptRepository {
  private final VaultDatabase vault;

  public UnlockAttemptRepository(VaultDatabase vault) {
    this.vault = vault;
  }

  public UnlockAttempts read() {
    return vault.read(
        c -> {
          try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT failed_count, last_failure_at FROM unlock_attempts WHERE id = 1");
              ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
              return UnlockAttempts.NONE;
            }
            long last = rs.getLong(2);
            Optional<Instant> lastFailure =
                rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
            return new UnlockAttempts(rs.getInt(1), lastFailure);
          }
        });
  }

  /** Counts one more failure at {@code at} and returns the new state. */
  public UnlockAttempts recordFailure(Instant at) {
    vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO unlock_attempts (id, failed_count, last_failure_at) VALUES (1, 1, ?)"
                      + " ON CONFLICT (id) DO UPDATE SET failed_count = failed_count + 1,"
                      + " last_failure_at = excluded.last_failure_at")) {
            st.setLong(1, at.toEpochMilli());
            return st.executeUpdate();
          }
        });
    return read();
  }

  public void reset() {
    vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE unlock_attempts SET failed_count = 0, last_failure_at = NULL"
                      + " WHERE id = 1")) {
            return st.executeUpdate();
          }
        });
  }
}
