package org.depder.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.UploadRecord;
import org.depder.server.core.UploadStore;
import org.depder.sync.revision.DeviceId;

/** {@link UploadStore} on the caller's connection; chunk bytes as base64url text (portable). */
final class SqlUploadStore implements UploadStore {
  private final Connection c;

  SqlUploadStore(Connection c) {
    this.c = c;
  }

  @Override
  public UploadRecord createOrGet(UploadRecord u) {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO uploads (upload_id, device_id, total_bytes, sha256, chunk_bytes,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (upload_id) DO NOTHING")) {
      s.setString(1, u.uploadId());
      s.setString(2, u.device().value());
      s.setLong(3, u.totalBytes());
      s.setString(4, u.sha256());
      s.setLong(5, u.chunkBytes());
      s.setLong(6, u.createdAt().toEpochMilli());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
    return find(u.uploadId()).orElseThrow();
  }

  @Override
  public Optional<UploadRecord> find(String uploadId) {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT device_id, total_bytes, sha256, chunk_bytes, created_at FROM uploads"
                + " WHERE upload_id = ?")) {
      s.setString(1, uploadId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new UploadRecord(
                uploadId,
                new DeviceId(r.getString(1)),
                r.getLong(2),
                r.getString(3),
                (int) r.getLong(4),
                Instant.ofEpochMilli(r.getLong(5))));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Optional<String> chunkHash(String uploadId, int index) {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT sha256 FROM upload_chunks WHERE upload_id = ? AND chunk_index = ?")) {
      s.setString(1, uploadId);
      s.setLong(2, index);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void putChunk(String uploadId, int index, String sha256, byte[] data) {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO upload_chunks (upload_id, chunk_index, sha256, data) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (upload_id, chunk_index) DO NOTHING")) {
      s.setString(1, uploadId);
      s.setLong(2, index);
      s.setString(3, sha256);
      s.setString(4, Base64.getUrlEncoder().withoutPadding().encodeToString(data));
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public SortedSet<Integer> received(String uploadId) {
    SortedSet<Integer> indexes = new TreeSet<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT chunk_index FROM upload_chunks WHERE upload_id = ?")) {
      s.setString(1, uploadId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          indexes.add((int) r.getLong(1));
        }
      }
      return indexes;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public SortedMap<Integer, byte[]> chunks(String uploadId) {
    SortedMap<Integer, byte[]> chunks = new TreeMap<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT chunk_index, data FROM upload_chunks WHERE upload_id = ?")) {
      s.setString(1, uploadId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          chunks.put((int) r.getLong(1), Base64.getUrlDecoder().decode(r.getString(2)));
        }
      }
      return chunks;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void delete(String uploadId) {
    try (PreparedStatement chunks =
            c.prepareStatement("DELETE FROM upload_chunks WHERE upload_id = ?");
        PreparedStatement upload = c.prepareStatement("DELETE FROM uploads WHERE upload_id = ?")) {
      chunks.setString(1, uploadId);
      chunks.executeUpdate();
      upload.setString(1, uploadId);
      upload.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static ServerException failed(SQLException e) {
    return new ServerException(ErrorCode.STORAGE, "SQL state " + e.getSQLState(), e);
  }
}
