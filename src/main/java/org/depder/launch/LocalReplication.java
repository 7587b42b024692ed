package org.depder.launch;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.depder.app.cases.CaseProjector;
import org.depder.app.cases.CaseService;
import org.depder.app.people.PersonDirectory;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.remote.EnrolmentService;
import org.depder.app.remote.HttpSync;
import org.depder.app.remote.PublishedServices;
import org.depder.app.remote.ServerSync;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.ReadModelRefresher;
import org.depder.app.replication.RevisionLog;
import org.depder.app.replication.VaultConflictService;
import org.depder.app.replication.VaultSyncService;
import org.depder.app.screening.ReplicatedScreeningRepository;
import org.depder.app.screening.ScreeningDraftRepository;
import org.depder.app.screening.ScreeningProjector;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.VaultSession;
import org.depder.app.vault.VaultSessionListener;
import org.depder.domain.UuidV7;

/**
 * Replication for the local vault, built once per process before the first unlock (docs/
 * replication.md section 7): one revision log whose projectors write received screenings and people
 * into their read models, the conflict service over it, the file and server sync services, and the
 * person directory that records new people as revisions. Everything reaches the vault through its
 * current session, so it works across lock and unlock.
 */
final class LocalReplication {
  final EntityProjectors projectors = new EntityProjectors();
  final RevisionLog log;
  final PersonDirectory people;
  private final LocalVaultService vault;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private VaultConflictService conflicts;
  private VaultSyncService sync;
  private EnrolmentService enrolment;
  private ServerSync serverSync;
  private PublishedServices publishedServices;
  private volatile Runnable afterWipe = () -> {};
  private CaseService cases;

  LocalReplication(LocalVaultService vault, Executor indexer, Clock clock) {
    this.vault = vault;
    this.clock = clock;
    this.log = new RevisionLog(vault::session, projectors, new UuidV7(clock, random));
    this.people = new PersonDirectory(indexer, clock, random, Optional.of(log));
    vault.addSessionListener(people);
    // the projectors load the JSON codecs: register them at the first unlock, after the first frame
    vault.addSessionListener(
        new VaultSessionListener() {
          @Override
          public void unlocked(VaultSession session) {
            registerProjectors();
            boolean first = serverSyncMissing();
            ServerSync sync = serverSync();
            if (first) {
              // registered during this unlock: it will hear the next ones itself
              sync.unlocked(session);
            }
          }

          @Override
          public void locking() {}
        });
  }

  private synchronized void registerProjectors() {
    if (projectors.find("screening").isEmpty()) {
      projectors.register(people.projector());
      projectors.register(new ScreeningProjector(new VaultScreeningRepository(vault::session)));
      CaseProjector.all().forEach(projectors::register);
    }
  }

  // built on first use, after the first frame: they load Jackson and the sync classes

  synchronized VaultConflictService conflicts() {
    if (conflicts == null) {
      conflicts = new VaultConflictService(vault::session, log);
    }
    return conflicts;
  }

  synchronized VaultSyncService sync() {
    if (sync == null) {
      sync =
          new VaultSyncService(
              vault::session, new ReadModelRefresher(vault::session, projectors), clock, random);
    }
    return sync;
  }

  /** What the UI does after the server revoked this device and its vault was erased. */
  void afterWipe(Runnable action) {
    afterWipe = action;
  }

  private synchronized boolean serverSyncMissing() {
    return serverSync == null;
  }

  /** Built at the first unlock, so automatic sync starts with every later unlock. */
  synchronized ServerSync serverSync() {
    if (serverSync == null) {
      serverSync =
          new ServerSync(
              enrolment(),
              new HttpSync(
                  vault::session, sync(), clock, java.util.Optional.of(publishedServices())),
              clock,
              ServerSync.DEFAULT_INTERVAL,
              () -> {
                vault.wipe();
                afterWipe.run();
              });
      vault.addSessionListener(serverSync);
    }
    return serverSync;
  }

  /** The service directory in use: the newest the server published, else the built-in one. */
  synchronized PublishedServices publishedServices() {
    if (publishedServices == null) {
      publishedServices = new PublishedServices(vault::session, ReferenceDataLoader.bundled());
    }
    return publishedServices;
  }

  synchronized EnrolmentService enrolment() {
    if (enrolment == null) {
      enrolment = new EnrolmentService(vault::session, clock);
    }
    return enrolment;
  }

  /** Finalised screenings travel as revisions; drafts stay in the vault only. */
  ScreeningDraftRepository screenings() {
    return new ReplicatedScreeningRepository(new VaultScreeningRepository(vault::session), log);
  }

  /** The case services of the signed-in user's vault (issue 7), built when the area opens. */
  synchronized CaseService cases() {
    if (cases == null) {
      cases = new CaseService(vault::session, log, screenings(), clock, random);
    }
    return cases;
  }
}
