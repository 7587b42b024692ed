package org.depder.server.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depder.server.core.AcceptedBundle;
import org.depder.server.core.AuditChain;
import org.depder.server.core.AuditEntry;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.EnrolmentCodeRecord;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.IngestLedger;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.ServerTransaction;
import org.depder.server.core.StoredRevision;
import org.depder.server.core.UploadRecord;
import org.depder.server.core.UploadStore;
import org.depder.sync.revision.DeviceId;

/**
 * A fake {@link ServerStore} for service tests: maps under one lock, with a snapshot taken at the
 * start of each transaction and restored if the work throws, so rollback behaves like the database.
 */
public final class InMemoryServerStore implements ServerStore {
  private Map<String, EnrolmentCodeRecord> codes = new LinkedHashMap<>();
  private Map<DeviceId, Device> devices = new LinkedHashMap<>();
  private List<AuditEntry> audit = new ArrayList<>();
  private Map<String, AcceptedBundle> accepted = new LinkedHashMap<>();
  private Map<String, String> heldHashes = new LinkedHashMap<>();
  private Map<String, byte[]> heldBundles = new LinkedHashMap<>();
  private Map<String, StoredRevision> revisions = new LinkedHashMap<>();
  private Map<String, UploadRecord> uploads = new LinkedHashMap<>();
  private Map<String, java.util.TreeMap<Integer, byte[]>> chunks = new LinkedHashMap<>();
  private Map<String, org.depder.server.core.Holder> assignments = new LinkedHashMap<>();
  private Map<String, String> held = new LinkedHashMap<>();
  private Map<String, byte[]> referenceDocs = new LinkedHashMap<>();
  private Map<String, org.depder.server.core.ServerUser> users = new LinkedHashMap<>();
  private boolean down;

  /** Who holds {@code entityId}, as ingest recorded it. */
  public synchronized Optional<org.depder.server.core.Holder> holder(String entityId) {
    return Optional.ofNullable(assignments.get(entityId));
  }

  /** True if ingest recorded that {@code device} holds the revision. */
  public synchronized boolean holds(DeviceId device, String revisionId) {
    return held.containsKey(device.value() + "/" + revisionId);
  }

  /** Makes every later call fail as an unreachable database would. */
  public synchronized void goDown() {
    down = true;
  }

  @Override
  public synchronized <T> T transaction(Work<T> work) {
    if (down) {
      throw new ServerException(ErrorCode.STORAGE, "fake database is down");
    }
    Map<String, EnrolmentCodeRecord> savedCodes = new LinkedHashMap<>(codes);
    Map<DeviceId, Device> savedDevices = new LinkedHashMap<>(devices);
    List<AuditEntry> savedAudit = new ArrayList<>(audit);
    Map<String, AcceptedBundle> savedAccepted = new LinkedHashMap<>(accepted);
    Map<String, String> savedHeldHashes = new LinkedHashMap<>(heldHashes);
    Map<String, byte[]> savedHeldBundles = new LinkedHashMap<>(heldBundles);
    Map<String, StoredRevision> savedRevisions = new LinkedHashMap<>(revisions);
    Map<String, UploadRecord> savedUploads = new LinkedHashMap<>(uploads);
    Map<String, org.depder.server.core.Holder> savedAssignments = new LinkedHashMap<>(assignments);
    Map<String, String> savedHeld = new LinkedHashMap<>(held);
    Map<String, byte[]> savedReference = new LinkedHashMap<>(referenceDocs);
    Map<String, org.depder.server.core.ServerUser> savedUsers = new LinkedHashMap<>(users);
    Map<String, java.util.TreeMap<Integer, byte[]>> savedChunks = new LinkedHashMap<>();
    chunks.forEach((k, v) -> savedChunks.put(k, new java.util.TreeMap<>(v)));
    try {
      return work.run(new Tx());
    } catch (RuntimeException e) {
      codes = savedCodes;
      devices = savedDevices;
      audit = savedAudit;
      accepted = savedAccepted;
      heldHashes = savedHeldHashes;
      heldBundles = savedHeldBundles;
      revisions = savedRevisions;
      uploads = savedUploads;
      chunks = savedChunks;
      assignments = savedAssignments;
      held = savedHeld;
      referenceDocs = savedReference;
      users = savedUsers;
      throw e;
    }
  }

  @Override
  public synchronized void ping() {
    if (down) {
      throw new ServerException(ErrorCode.STORAGE, "fake database is down");
    }
  }

  @Override
  public void close() {}

  private final class Tx implements ServerTransaction {
    @Override
    public void insertCode(EnrolmentCodeRecord code) {
      codes.put(code.id(), code);
    }

    @Override
    public Optional<EnrolmentCodeRecord> codeByHash(String codeHash) {
      return codes.values().stream().filter(c -> c.codeHash().equals(codeHash)).findFirst();
    }

    @Override
    public boolean markCodeUsed(String codeId, Instant at, DeviceId device) {
      EnrolmentCodeRecord c = codes.get(codeId);
      if (c == null || c.used()) {
        return false;
      }
      codes.put(
          codeId,
          new EnrolmentCodeRecord(
              c.id(),
              c.codeHash(),
              c.role(),
              c.post(),
              c.createdAt(),
              c.expiresAt(),
              Optional.of(at),
              Optional.of(device)));
      return true;
    }

    @Override
    public void insertDevice(Device device, String enrolmentCodeId) {
      if (devices.containsKey(device.id())) {
        throw new ServerException(ErrorCode.DEVICE_ALREADY_ENROLLED);
      }
      devices.put(device.id(), device);
    }

    @Override
    public Optional<Device> device(DeviceId id) {
      return Optional.ofNullable(devices.get(id));
    }

    @Override
    public List<Device> devices() {
      return devices.values().stream().sorted(Comparator.comparing(Device::enrolledAt)).toList();
    }

    @Override
    public boolean revokeDevice(DeviceId id, Instant at) {
      Device d = devices.get(id);
      if (d == null || !d.active()) {
        return false;
      }
      devices.put(
          id,
          new Device(
              d.id(),
              d.keys(),
              d.role(),
              d.post(),
              DeviceStatus.REVOKED,
              d.enrolledAt(),
              Optional.of(at)));
      return true;
    }

    @Override
    public AuditEntry appendAudit(Instant at, AuditEvent event) {
      long prevSeq = audit.isEmpty() ? 0 : audit.get(audit.size() - 1).seq();
      String prevHash = audit.isEmpty() ? AuditChain.GENESIS : audit.get(audit.size() - 1).hash();
      AuditEntry entry = AuditChain.next(prevSeq, prevHash, at, event);
      audit.add(entry);
      return entry;
    }

    @Override
    public List<AuditEntry> audit() {
      return List.copyOf(audit);
    }

    @Override
    public IngestLedger ingest() {
      return new Ledger();
    }

    @Override
    public UploadStore uploads() {
      return new Uploads();
    }

    @Override
    public org.depder.server.core.ReferenceStore reference() {
      return new org.depder.server.core.ReferenceStore() {
        @Override
        public long latestVersion(String kind) {
          return referenceDocs.keySet().stream()
              .filter(k -> k.startsWith(kind + "/"))
              .mapToLong(k -> Long.parseLong(k.substring(kind.length() + 1)))
              .max()
              .orElse(0);
        }

        @Override
        public Optional<byte[]> latest(String kind) {
          long v = latestVersion(kind);
          return Optional.ofNullable(referenceDocs.get(kind + "/" + v)).map(byte[]::clone);
        }

        @Override
        public void insert(String kind, long version, byte[] doc, Instant at) {
          if (referenceDocs.putIfAbsent(kind + "/" + version, doc.clone()) != null) {
            throw new ServerException(ErrorCode.STORAGE, "duplicate reference version");
          }
        }
      };
    }

    @Override
    public org.depder.server.core.UserStore users() {
      return new org.depder.server.core.UserStore() {
        @Override
        public void insert(org.depder.server.core.ServerUser user) {
          if (byLogin(user.login()).isPresent()) {
            throw new ServerException(ErrorCode.USER_EXISTS);
          }
          users.put(user.id(), user);
        }

        @Override
        public List<org.depder.server.core.ServerUser> all() {
          return List.copyOf(users.values());
        }

        @Override
        public Optional<org.depder.server.core.ServerUser> byLogin(String login) {
          return users.values().stream().filter(u -> u.login().equals(login)).findFirst();
        }

        @Override
        public boolean disable(String userId) {
          var u = users.get(userId);
          if (u == null || !u.active()) {
            return false;
          }
          users.put(
              userId,
              new org.depder.server.core.ServerUser(
                  u.id(), u.login(), u.role(), u.post(), false, u.createdAt()));
          return true;
        }
      };
    }

    @Override
    public org.depder.server.core.DistributionStore distribution() {
      return new IngestSideOfDistribution() {
        @Override
        public void assignIfAbsent(
            String entityId, String entityType, org.depder.server.core.Holder holder, Instant at) {
          assignments.putIfAbsent(entityId, holder);
        }

        @Override
        public void markHeld(
            DeviceId device, String revisionId, String entityId, boolean refused, Instant at) {
          held.putIfAbsent(device.value() + "/" + revisionId, entityId);
        }
      };
    }
  }

  private final class Uploads implements UploadStore {
    @Override
    public UploadRecord createOrGet(UploadRecord upload) {
      return uploads.computeIfAbsent(upload.uploadId(), k -> upload);
    }

    @Override
    public Optional<UploadRecord> find(String uploadId) {
      return Optional.ofNullable(uploads.get(uploadId));
    }

    @Override
    public Optional<String> chunkHash(String uploadId, int index) {
      return Optional.ofNullable(
              chunks.getOrDefault(uploadId, new java.util.TreeMap<>()).get(index))
          .map(org.depder.server.ingest.UploadServiceTestAccess::sha256Hex);
    }

    @Override
    public void putChunk(String uploadId, int index, String sha256, byte[] data) {
      chunks
          .computeIfAbsent(uploadId, k -> new java.util.TreeMap<>())
          .putIfAbsent(index, data.clone());
    }

    @Override
    public java.util.SortedSet<Integer> received(String uploadId) {
      return new java.util.TreeSet<>(
          chunks.getOrDefault(uploadId, new java.util.TreeMap<>()).keySet());
    }

    @Override
    public java.util.SortedMap<Integer, byte[]> chunks(String uploadId) {
      return new java.util.TreeMap<>(chunks.getOrDefault(uploadId, new java.util.TreeMap<>()));
    }

    @Override
    public void delete(String uploadId) {
      uploads.remove(uploadId);
      chunks.remove(uploadId);
    }
  }

  private final class Ledger implements IngestLedger {
    private String key(DeviceId device, long seq) {
      return device.value() + "/" + seq;
    }

    @Override
    public long lastAcceptedSeq(DeviceId device) {
      return accepted.keySet().stream()
          .filter(k -> k.startsWith(device.value() + "/"))
          .mapToLong(k -> Long.parseLong(k.substring(k.indexOf('/') + 1)))
          .max()
          .orElse(0);
    }

    @Override
    public Optional<AcceptedBundle> accepted(DeviceId device, long seq) {
      return Optional.ofNullable(accepted.get(key(device, seq)));
    }

    @Override
    public void recordAccepted(DeviceId device, AcceptedBundle bundle, Instant at) {
      if (accepted.putIfAbsent(key(device, bundle.seq()), bundle) != null) {
        throw new ServerException(ErrorCode.STORAGE, "duplicate ledger row");
      }
      heldHashes.remove(key(device, bundle.seq()));
      heldBundles.remove(key(device, bundle.seq()));
    }

    @Override
    public Optional<String> heldHash(DeviceId device, long seq) {
      return Optional.ofNullable(heldHashes.get(key(device, seq)));
    }

    @Override
    public void hold(DeviceId device, long seq, String manifestHash, byte[] bundle, Instant at) {
      heldHashes.put(key(device, seq), manifestHash);
      heldBundles.put(key(device, seq), bundle.clone());
    }

    @Override
    public Optional<byte[]> heldBundle(DeviceId device, long seq) {
      return Optional.ofNullable(heldBundles.get(key(device, seq))).map(byte[]::clone);
    }

    @Override
    public boolean storeRevision(StoredRevision revision, Instant at) {
      return revisions.putIfAbsent(revision.revisionId(), revision) == null;
    }

    @Override
    public long revisionCount() {
      return revisions.size();
    }
  }
}
