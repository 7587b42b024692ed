package org.depder.server.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depder.server.core.AuditChain;
import org.depder.server.core.AuditEntry;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.EnrolmentCodeRecord;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.ServerTransaction;
import org.depder.sync.revision.DeviceId;

/**
 * A fake {@link ServerStore} for service tests: maps under one lock, with a snapshot taken at the
 * start of each transaction and restored if the work throws, so rollback behaves like the database.
 */
public final class InMemoryServerStore implements ServerStore {
  private Map<String, EnrolmentCodeRecord> codes = new LinkedHashMap<>();
  private Map<DeviceId, Device> devices = new LinkedHashMap<>();
  private List<AuditEntry> audit = new ArrayList<>();
  private boolean down;

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
    try {
      return work.run(new Tx());
    } catch (RuntimeException e) {
      codes = savedCodes;
      devices = savedDevices;
      audit = savedAudit;
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
  }
}
