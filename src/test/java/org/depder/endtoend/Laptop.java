package org.depder.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.depder.app.remote.EnrolmentService;
import org.depder.app.remote.HttpSync;
import org.depder.app.remote.ServerProbe;
import org.depder.app.replication.EntityProjectors;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ReadModelRefresher;
import org.depder.app.replication.RevisionLog;
import org.depder.app.replication.VaultConflictService;
import org.depder.app.replication.VaultSyncService;
import org.depder.app.screening.ReplicatedScreeningRepository;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningProjector;
import org.depder.app.screening.ScreeningService;
import org.depder.app.screening.VaultScreeningRepository;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.TestVaults;
import org.depder.domain.UuidV7;
import org.depder.sync.revision.MergedEntity;

/** One laptop: its vault, revision log, file sync, server sync and conflict review. */
final class Laptop {
  final LocalVaultService vault;
  final EntityProjectors projectors;
  final VaultScreeningRepository screenings;
  final ScreeningService screening;
  final RevisionLog log;
  final VaultSyncService files;
  final HttpSync http;
  final VaultConflictService conflicts;

  Laptop(Path file) throws Exception {
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    vault = TestVaults.created(file, clock);
    projectors = new EntityProjectors();
    log = new RevisionLog(vault::session, projectors, new UuidV7(clock, random));
    files =
        new VaultSyncService(
            vault::session, new ReadModelRefresher(vault::session, projectors), clock, random);
    http = new HttpSync(vault::session, files, clock);
    conflicts = new VaultConflictService(vault::session, log);
    screenings = new VaultScreeningRepository(vault::session);
    projectors.register(new ScreeningProjector(screenings));
    screening = ScreeningFixtures.service(new ReplicatedScreeningRepository(screenings, log));
  }

  void enrol(String address, String code) throws Exception {
    EnrolmentService enrolment = new EnrolmentService(vault::session, Clock.systemUTC());
    ServerProbe probe = enrolment.probe(address);
    enrolment.enrol(probe, code);
  }

  String value(EntityRef ref, String field) throws Exception {
    MergedEntity state = log.state(ref);
    return state.value(field).map(JsonNode::asText).orElse(null);
  }
}
