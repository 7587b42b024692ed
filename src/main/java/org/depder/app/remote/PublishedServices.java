package org.depder.app.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.referencedata.ServiceDirectorySource;
import org.depder.app.replication.VaultSessions;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.store.Peer;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.depder.sync.reference.ReferenceFormatException;
import org.depder.sync.reference.SignedReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referral service directory this laptop uses (issue 7 item 2): the newest one the enrolled
 * server published and signed, when there is one, else the one built in. A published directory is
 * kept as the signed file itself in one sealed vault record (entity type {@value #ENTITY_TYPE}, a
 * fixed row id) and verified again with the pinned server key every time it is read, so a record
 * from another server or a damaged one is never used. It must pass every rule the built-in one does
 * (docs/cases.md section 5), and only a higher version replaces the one kept.
 */
public final class PublishedServices implements ServiceDirectorySource {
  /** The reference-data kind the server publishes the directory under. */
  public static final String KIND = "services";

  static final String ENTITY_TYPE = "published_reference";
  static final String ROW_ID = "5e7e0000-0000-4000-8000-000000000002";
  private static final Logger LOG = LoggerFactory.getLogger(PublishedServices.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a fetched document did to the directory kept here. */
  public enum Offer {
    KEPT_NEWER,
    STORED,
    REFUSED
  }

  private final VaultSessions sessions;
  private final ReferenceDataLoader loader;

  public PublishedServices(VaultSessions sessions, ReferenceDataLoader loader) {
    this.sessions = sessions;
    this.loader = loader;
  }

  /**
   * The directory to use now: the published one kept in the vault, verified again, else the
   * built-in one. A locked vault, a missing server key or a kept document that no longer verifies
   * all fall back to the built-in directory (and the last two are logged by code, without content).
   */
  @Override
  public ServiceDirectory services() throws ReferenceDataException {
    try {
      VaultSession session = sessions.current();
      Optional<Verified> kept = kept(session);
      if (kept.isPresent()) {
        return kept.get().directory();
      }
    } catch (VaultException e) {
      // locked: the built-in directory is all there is
    }
    return loader.services();
  }

  /**
   * Offers a signed document fetched from the server. It is stored when it verifies with the pinned
   * key of {@code serverId}, passes every directory rule and is newer than the one kept.
   */
  Offer offer(VaultSession session, String serverId, byte[] signed) {
    Optional<Verified> fetched = verify(session, serverId, signed);
    if (fetched.isEmpty()) {
      return Offer.REFUSED;
    }
    Optional<Verified> kept = kept(session);
    if (kept.isPresent() && kept.get().document().version() >= fetched.get().document().version()) {
      return Offer.KEPT_NEWER;
    }
    session
        .records()
        .save(
            new RecordEnvelope(
                ROW_ID,
                ENTITY_TYPE,
                fetched.get().document().version(),
                SignedReference.FORMAT,
                SyncState.SYNCED,
                Long.toString(fetched.get().document().published().toEpochMilli()),
                signed,
                List.of()));
    LOG.info("Service directory version {} stored", fetched.get().document().version());
    return Offer.STORED;
  }

  private record Verified(SignedReference document, ServiceDirectory directory) {}

  private Optional<Verified> kept(VaultSession session) {
    Optional<RecordEnvelope> record = session.records().find(ROW_ID);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    String serverId = server(record.get().payload());
    return serverId == null ? Optional.empty() : verify(session, serverId, record.get().payload());
  }

  private Optional<Verified> verify(VaultSession session, String serverId, byte[] signed) {
    Optional<Peer> server = session.replication().peers().find(serverId);
    if (server.isEmpty()) {
      LOG.warn("Published reference data refused: no pinned server key");
      return Optional.empty();
    }
    try {
      SignedReference document = SignedReference.verify(signed, server.get().signingKey());
      if (!KIND.equals(document.kind())) {
        LOG.warn("Published reference data refused: another kind");
        return Optional.empty();
      }
      ServiceDirectory directory = loader.services(JSON.writeValueAsBytes(document.content()));
      return Optional.of(new Verified(document, directory));
    } catch (ReferenceFormatException e) {
      LOG.warn("Published reference data refused: it does not verify");
      return Optional.empty();
    } catch (ReferenceDataException e) {
      LOG.warn("Published service directory refused: {} rule errors", e.errors().size());
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      LOG.warn("Published service directory refused: content unreadable");
      return Optional.empty();
    }
  }

  /** The server id the kept document names, read without trusting it (it is verified next). */
  private static String server(byte[] signed) {
    try {
      String id = JSON.readTree(signed).path("document").path("server").asText("");
      return id.isEmpty() ? null : id;
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
