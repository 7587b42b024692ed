package org.depder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a closed vault file directly with JDBC, for tests in other packages that must look at the
 * bytes on disk (java.sql stays in store code). Read-only and immutable, so the file is untouched.
 */
public final class RawVaultFiles {
  private RawVaultFiles() {}

  /** Every record's sealed bytes, base64, by id. */
  public static Map<String, String> sealedRecords(Path vault) {
    return query(vault, "SELECT id, sealed FROM records ORDER BY id");
  }

  /** Every user's sealed profile, base64, by id. */
  public static Map<String, String> sealedProfiles(Path vault) {
    return query(vault, "SELECT id, sealed_profile FROM users ORDER BY id");
  }

  private static Map<String, String> query(Path vault, String sql) {
    String url = "jdbc:sqlite:" + VaultConnections.uri(vault) + "?mode=ro&immutable=1";
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      Map<String, String> rows = new LinkedHashMap<>();
      while (rs.next()) {
        rows.put(rs.getString(1), Base64.getEncoder().encodeToString(rs.getBytes(2)));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
