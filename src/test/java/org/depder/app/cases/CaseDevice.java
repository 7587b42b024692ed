package org.depder.app.cases;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ReadModelRefresher;
import org.depder.app.replication.RevisionLog;
import org.depder.app.replication.VaultConflictService;
import org.depder.app.replication.VaultSessions;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.MutableClock;
import org.depder.app.vault.Role;
import org.depder.app.vault.TestVaults;
import org.depder.domain.UuidV7;
import org.depder.store.PeerKind;
import org.depder.store.RevisionEntry;
import org.depder.store.RevisionOrigin;
import org.depder.store.StoredRevision;
import org.depder.sync.revision.DeviceId;

/**
 * One laptop for the case tests: a real vault file, unlocked, with the revision log, the case
 * projectors and the screening repository wired as LocalReplication wires them. Revisions travel
 * between devices as stored entries followed by the read-model refresh the bundle layer runs.
 */
final class CaseDevice {
  final LocalVaultService vault;
  final EntityProjectors projectors = new EntityProjectors();
  final RevisionLog log;
  final VaultScreeningRepository screenings;
  final CaseService cases;
  final CaseTasks tasks;
  final CasePlan plan;
  final CaseProceedings proceedings;
  final VaultConflictService conflicts;
  private final ReadModelRefresher refresher;

  /** Signed in as a coordinator, who may do every case action. */
  CaseDevice(Path file, MutableClock clock) throws Exception {
    this(file, clock, Role.COORDINATOR);
  }

  /** Signed in as a user of {@code role}, added by the vault's administrator. */
  CaseDevice(Path file, MutableClock clock, Role role) throws Exception {
    this.vault = TestVaults.createdAs(file, clock, role);
    VaultSessions sessions = vault::session;
    CaseProjector.all().forEach(projectors::register);
    this.log = new RevisionLog(sessions, projectors, new UuidV7(clock, new SecureRandom()));
    this.screenings = new VaultScreeningRepository(vault::session);
    this.cases = new CaseService(sessions, log, screenings, clock, new SecureRandom());
    this.tasks = new CaseTasks(cases);
    this.plan = new CasePlan(cases);
    this.proceedings = new CaseProceedings(cases);
    this.conflicts = new VaultConflictService(sessions, log);
    this.refresher = new ReadModelRefresher(sessions, projectors);
  }

  String user() throws Exception {
    return vault.session().userId();
  }

  DeviceId deviceId() throws Exception {
    return DeviceId.ofSigningKey(vault.session().deviceKeys().signingPublicKey());
  }

  void pin(CaseDevice other) throws Exception {
    vault
        .session()
        .replication()
        .peers()
        .pin(
            other.deviceId().value(),
            other.vault.session().deviceKeys().signingPublicKey(),
            other.vault.session().deviceKeys().agreementPublicKey(),
            PeerKind.DEVICE);
  }

  /** Receives every revision of the given entities that {@code from} holds. */
  void receive(CaseDevice from, String type, UUID... ids) throws Exception {
    List<RevisionEntry> entries = new ArrayList<>();
    Set<EntityRef> touched = new LinkedHashSet<>();
    for (UUID id : ids) {
      for (StoredRevision s : from.vault.session().replication().revisions().revisionsOf(id)) {
        entries.add(s.entry());
        touched.add(new EntityRef(s.entry().entityType(), id));
      }
    }
    vault.session().replication().revisions().insertAll(entries, RevisionOrigin.REMOTE);
    refresher.applied(touched);
  }

  /** Projects the given entities again from their revisions, as a bundle import does. */
  void reproject(Set<EntityRef> entities) throws Exception {
    refresher.applied(entities);
  }
}
