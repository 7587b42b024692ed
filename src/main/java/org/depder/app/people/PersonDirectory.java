package org.depder.app.people;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.depder.app.replication.EntityProjector;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.RevisionLog;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.app.vault.VaultSessionListener;
import org.depder.domain.UuidV7;
import org.depder.domain.search.NameIndex;
import org.depder.store.BlindIndexToken;
import org.depder.store.RecordEnvelope;
import org.depder.store.RecordIntegrityException;
import org.depder.store.SyncState;

/**
 * People in the vault and how to find them again. Exact searches go through blind-index tokens
 * (document number; family name + birth year): tokens give candidate ids, candidates are decrypted
 * and checked. Name searches across scripts use an in-memory {@link NameIndex}, built on the given
 * executor after unlock and dropped on lock. Register it with {@code
 * LocalVaultService.addSessionListener}.
 */
public final class PersonDirectory implements VaultSessionListener {
  static final String ENTITY_TYPE = "person";
  private static final String LOCKED = "vault.error.locked";
  private static final String CORRUPTED = "vault.error.corrupted";
  private static final String IO = "vault.error.io";

  private final Executor indexExecutor;
  private final Clock clock;
  private final UuidV7 ids;
  private final PersonNameIndex nameIndex;
  private final Optional<RevisionLog> revisions;
  private volatile VaultSession session;

  /** A directory whose people stay on this device. */
  public PersonDirectory(Executor indexExecutor, Clock clock, Random random) {
    this(indexExecutor, clock, random, Optional.empty());
  }

  /**
   * A directory whose new people are also recorded as {@code person} revisions, for replication;
   * register {@link #projector()} so people received from other devices are written here too.
   */
  public PersonDirectory(
      Executor indexExecutor, Clock clock, Random random, Optional<RevisionLog> revisions) {
    this.indexExecutor = indexExecutor;
    this.clock = clock;
    this.ids = new UuidV7(clock, random);
    this.nameIndex = new PersonNameIndex(indexExecutor);
    this.revisions = revisions;
  }

  /** Writes people received from other devices into this directory's records and name index. */
  public EntityProjector projector() {
    return new PersonRevisions.Projector(nameIndex);
  }

  @Override
  public void unlocked(VaultSession opened) {
    session = opened;
    long epoch = nameIndex.begin();
    indexExecutor.execute(
        () -> {
          try {
            NameIndex.Builder builder = indexBuilder(opened);
            nameIndex.install(epoch, builder, builder.build());
          } catch (RuntimeException e) {
            nameIndex.failed(epoch, e);
          }
        });
  }

  @Override
  public void locking() {
    session = null;
    nameIndex.clear();
  }

  /** Saves a new person durably with their search tokens in the same transaction. */
  public String add(PersonIdentity person) throws VaultException {
    VaultSession open = requireSession();
    UUID id = ids.next();
    open.records()
        .save(
            new RecordEnvelope(
                id.toString(),
                ENTITY_TYPE,
                1,
                PersonCodec.SCHEMA_VERSION,
                SyncState.PENDING,
                Long.toString(clock.millis()),
                PersonCodec.encode(person),
                PersonSearchKeys.tokens(open, person)));
    nameIndex.add(id, person.fullName());
    if (revisions.isPresent()) {
      try {
        revisions.get().write(new EntityRef(ENTITY_TYPE, id), PersonRevisions.changes(person));
      } catch (ReplicationException e) {
        throw new VaultException(IO, "recording a new person for sync failed", e);
      }
    }
    return id.toString();
  }

  public Optional<PersonIdentity> find(String id) throws VaultException {
    VaultSession open = requireSession();
    try {
      Optional<RecordEnvelope> record = open.records().find(id);
      if (record.isEmpty() || !record.get().entityType().equals(ENTITY_TYPE)) {
        return Optional.empty();
      }
      return Optional.of(PersonCodec.decode(record.get().payload()));
    } catch (IOException | RecordIntegrityException e) {
      throw new VaultException(CORRUPTED, "a person record is damaged", e);
    }
  }

  /** People with this document number, however it was spaced or cased. */
  public List<PersonMatch> findByDocument(String documentNumber) throws VaultException {
    Optional<byte[]> key = PersonSearchKeys.document(documentNumber);
    if (key.isEmpty()) {
      return List.of();
    }
    BlindIndexToken token = requireSession().blindToken(PersonSearchKeys.DOCUMENT_INDEX, key.get());
    return candidates(
        token,
        p ->
            p.documentNumber()
                .flatMap(PersonSearchKeys::document)
                .filter(v -> Arrays.equals(v, key.get()))
                .isPresent());
  }

  /** People with this family name (in any script) born in this year. */
  public List<PersonMatch> findByFamilyNameAndBirthYear(String familyName, int birthYear)
      throws VaultException {
    Optional<byte[]> key = PersonSearchKeys.familyYear(familyName, birthYear);
    if (key.isEmpty()) {
      return List.of();
    }
    BlindIndexToken token =
        requireSession().blindToken(PersonSearchKeys.FAMILY_YEAR_INDEX, key.get());
    return candidates(
        token,
        p ->
            p.birthYear().isPresent()
                && PersonSearchKeys.familyYear(p.familyName(), p.birthYear().getAsInt())
                    .filter(v -> Arrays.equals(v, key.get()))
                    .isPresent());
  }

  /**
   * Ids of people whose name matches {@code query} across scripts, by prefix, substring or one
   * typo; best first. Decrypt the ones shown with {@link #find}.
   */
  public List<String> searchNames(String query, int limit) throws VaultException {
    requireSession();
    return nameIndex.search(query, limit).stream().map(UUID::toString).toList();
  }

  /** Waits until the name index of this session is built (the UI shows "indexing" until then). */
  public void awaitNameIndex(Duration timeout) throws VaultException, TimeoutException {
    requireSession();
    try {
      nameIndex.built().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted");
    } catch (ExecutionException e) {
      throw new VaultException(CORRUPTED, "building the name index failed", e.getCause());
    }
  }

  private List<PersonMatch> candidates(BlindIndexToken token, Predicate<PersonIdentity> confirm)
      throws VaultException {
    VaultSession open = requireSession();
    List<PersonMatch> matches = new ArrayList<>();
    for (String id : open.records().findIdsByToken(token)) {
      Optional<PersonIdentity> person = find(id);
      if (person.isPresent() && confirm.test(person.get())) {
        matches.add(new PersonMatch(id, person.get()));
      }
    }
    return List.copyOf(matches);
  }

  private static NameIndex.Builder indexBuilder(VaultSession open) {
    NameIndex.Builder builder = NameIndex.builder();
    for (RecordEnvelope record : open.records().findAll(ENTITY_TYPE)) {
      try {
        builder.add(UUID.fromString(record.id()), PersonCodec.decode(record.payload()).fullName());
      } catch (IOException e) {
        throw new IllegalStateException("a person record does not decode", e);
      }
    }
    return builder;
  }

  private VaultSession requireSession() throws VaultException {
    VaultSession open = session;
    if (open == null) {
      throw new VaultException(LOCKED, "the vault is locked");
    }
    return open;
  }
}
