package org.depder.app.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.depder.crypto.BlindIndex;
import org.depder.crypto.CryptoException;
import org.depder.crypto.Hkdf;
import org.depder.crypto.HkdfLabel;
import org.depder.crypto.KeyWrap;
import org.depder.crypto.PasswordKdf;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.store.PayloadAuthenticationException;
import org.depder.store.SqliteUserRepository;
import org.depder.store.StoredUser;
import org.depder.store.StoredVaultKey;
import org.depder.store.UnlockAttemptRepository;
import org.depder.store.UnlockAttempts;
import org.depder.store.VaultAccessException;
import org.depder.store.VaultDatabase;
import org.depder.store.VaultLockedException;
import org.depder.store.VaultMetaRepository;
import org.depder.store.VaultOpenException;
import org.depder.store.VaultOpener;
import org.depder.store.VaultRestorer;
import org.depder.store.VaultValidator;

/**
 * The vault on this laptop: one SQLite file, opened on unlock and closed on lock. See docs/vault.md
 * for the key hierarchy and the unlock policy. Methods are serialised on this object; they are slow
 * (Argon2id, fsync) and run through the task runner.
 */
public final class LocalVaultService implements VaultService {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(LocalVaultService.class);
  private final Path file;
  private final VaultOpener opener;
  private final PasswordKeyWrapping wrapping;
  private final PasswordPolicy passwordPolicy = PasswordPolicy.standard();
  private final SealingLimits sealingLimits;
  private final Clock clock;
  private final SecureRandom random;
  private final UserAccounts accounts;
  private final List<VaultSessionListener> listeners = new CopyOnWriteArrayList<>();
  private OpenVault session;

  public LocalVaultService(
      Path file,
      VaultOpener opener,
      KdfPolicy kdfPolicy,
      SealingLimits sealingLimits,
      Clock clock,
      SecureRandom random) {
    this.file = file.toAbsolutePath();
    this.opener = opener;
    this.wrapping = new PasswordKeyWrapping(new PasswordKdf(), new KeyWrap(), kdfPolicy, random);
    this.sealingLimits = sealingLimits;
    this.clock = clock;
    this.random = random;
    this.accounts = new UserAccounts(wrapping, clock, random);
  }

  /** Registers a listener told about every unlock and lock (the people directory's name index). */
  public void addSessionListener(VaultSessionListener listener) {
    listeners.add(listener);
  }

  @Override
  public synchronized VaultState state() {
    if (session != null) {
      return VaultState.UNLOCKED;
    }
    return Files.exists(file) ? VaultState.LOCKED : VaultState.NONE;
  }

  /**
   * The unlocked vault for other use cases.
   *
   * @throws VaultException {@code vault.error.locked} when locked
   */
  public synchronized VaultSession session() throws VaultException {
    return requireSession();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Unlike the other methods this one does not wipe {@code password}: the screen calls it on
   * every key press with the text field's own buffer.
   */
  @Override
  public PasswordFeedback evaluatePassword(char[] password) {
    return passwordPolicy.evaluate(password);
  }

  @Override
  public synchronized UserAccount create(String loginName, String displayName, char[] password)
      throws VaultException {
    try {
      if (state() != VaultState.NONE) {
        throw new VaultException(VaultErrors.ALREADY_EXISTS, "a vault exists already");
      }
      UserAccounts.NewUser first =
          UserAccounts.validate(loginName, displayName, Role.DEVICE_ADMINISTRATOR);
      requireAcceptable(password);
      Path staging = file.resolveSibling(file.getFileName() + ".new");
      deleteWithSidecars(staging);
      SecretKeyMaterial vaultKey = SecretKeyMaterial.generate(random, 32);
      try {
        String userId = initialise(staging, vaultKey, first, password);
        // Built complete under another name: a crash before this line leaves no vault at all.
        Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(file.getParent());
        VaultDatabase database = opener.open(file);
        return startSession(database, vaultKey, userId);
      } catch (IOException | VaultOpenException | VaultException | RuntimeException e) {
        vaultKey.destroy();
        deleteWithSidecars(staging);
        throw e;
      }
    } catch (VaultOpenException e) {
      throw VaultErrors.opening(e);
    } catch (IOException | VaultAccessException e) {
      throw new VaultException(VaultErrors.IO, "creating the vault failed", e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private String initialise(
      Path staging, SecretKeyMaterial vaultKey, UserAccounts.NewUser first, char[] password)
      throws IOException, VaultOpenException, VaultException {
    try (VaultDatabase database = opener.create(staging)) {
      VaultMetaRepository meta = new VaultMetaRepository(database);
      LoginNames.createSalt(random, meta);
      LockSettingsStore.write(meta, LockSettings.DEFAULTS);
      try (RotatingRecordSealer sealer =
          RotatingRecordSealer.create(
              Hkdf.deriveSubkey(vaultKey, HkdfLabel.RECORD_SEAL_V1), meta, random, sealingLimits)) {
        DeviceKeys.generate(random, sealer, meta).close();
        return accounts.insert(database, sealer, vaultKey, first, password).id();
      }
    }
  }

  @Override
  public synchronized UnlockResult unlock(String loginName, char[] password) throws VaultException {
    lock();
    VaultDatabase database = null;
    try {
      database = opener.open(file);
      VaultMetaRepository meta = new VaultMetaRepository(database);
      UnlockAttemptRepository attempts = new UnlockAttemptRepository(database);
      LockSettings settings = LockSettingsStore.read(meta);
      Optional<UnlockResult> early =
          UnlockThrottle.gate(attempts.read(), settings, clock.instant());
      if (early.isPresent()) {
        return early.get();
      }
      SqliteUserRepository users = new SqliteUserRepository(database);
      Optional<String> userId =
          LoginNames.normalise(loginName)
              .flatMap(name -> users.findIdByLoginKey(LoginNames.lookupKey(meta, name)));
      Optional<StoredVaultKey> stored = userId.flatMap(users::findKey);
      Optional<SecretKeyMaterial> vaultKey;
      if (stored.isPresent()) {
        vaultKey = wrapping.unwrap(stored.get(), password);
      } else {
        wrapping.deriveAndDiscard(password);
        vaultKey = Optional.empty();
      }
      if (vaultKey.isEmpty()) {
        UnlockAttempts after = attempts.recordFailure(clock.instant());
        return UnlockThrottle.refused(after, settings, clock.instant());
      }
      SecretKeyMaterial key = vaultKey.get();
      try {
        StoredUser user =
            users
                .find(userId.get())
                .orElseThrow(() -> new IllegalStateException("a key without its user"));
        if (user.disabled()) {
          key.destroy();
          return new UnlockResult.Disabled();
        }
        attempts.reset();
        if (wrapping.isOutdated(stored.get())) {
          users.replaceKey(user.id(), wrapping.wrap(key, password), clock.millis());
        }
      } catch (RuntimeException e) {
        key.destroy();
        throw e;
      }
      // startSession owns the key and the database from here, and releases both if it fails
      UserAccount opened = startSession(database, key, userId.get());
      database = null;
      return new UnlockResult.Unlocked(opened);
    } catch (VaultOpenException e) {
      throw VaultErrors.opening(e);
    } catch (CryptoException | IllegalStateException e) {
      throw new VaultException(VaultErrors.CORRUPTED, "the vault's key data is damaged", e);
    } catch (VaultAccessException e) {
      throw new VaultException(VaultErrors.IO, "reading the vault failed", e);
    } finally {
      Arrays.fill(password, '\0');
      if (database != null) {
        database.close();
      }
    }
  }

  /** Takes ownership of {@code database} and {@code vaultKey}; on failure both are released. */
  private UserAccount startSession(
      VaultDatabase database, SecretKeyMaterial vaultKey, String userId) throws VaultException {
    VaultMetaRepository meta = new VaultMetaRepository(database);
    RotatingRecordSealer sealer = null;
    try {
      sealer =
          RotatingRecordSealer.load(
              Hkdf.deriveSubkey(vaultKey, HkdfLabel.RECORD_SEAL_V1), meta, random, sealingLimits);
      DeviceKeys deviceKeys = DeviceKeys.load(sealer, meta);
      OpenVault opened =
          new OpenVault(
              database,
              vaultKey,
              sealer,
              BlindIndex.fromVaultKey(vaultKey),
              deviceKeys,
              userId,
              clock);
      UserAccount account = accounts.account(opened, userId);
      session = opened;
      listeners.forEach(l -> l.unlocked(opened));
      return account;
    } catch (PayloadAuthenticationException | RuntimeException e) {
      if (sealer != null) {
        sealer.close();
      }
      vaultKey.destroy();
      database.close();
      throw new VaultException(VaultErrors.CORRUPTED, "the vault's sealed data is damaged", e);
    }
  }

  @Override
  public synchronized void lock() {
    if (session == null) {
      return;
    }
    OpenVault closing = session;
    session = null;
    try {
      listeners.forEach(VaultSessionListener::locking);
    } finally {
      closing.close();
    }
  }

  /**
   * Erases this laptop's vault because the server revoked the device (docs/sync-api.md, {@code
   * device_revoked}; only a signed answer over the pinned connection can say so): locks, then
   * overwrites the vault file and its journal files with random bytes, flushes them to disk and
   * deletes them. Afterwards the application starts as on a new laptop. Backups the user made
   * elsewhere are not touched; they stay protected by the passwords.
   */
  public synchronized void wipe() {
    lock();
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      Path target = file.resolveSibling(file.getFileName() + suffix);
      try {
        overwriteAndDelete(target);
      } catch (java.io.IOException e) {
        log.warn("A vault file could not be overwritten before deletion");
      }
    }
  }

  private void overwriteAndDelete(Path target) throws java.io.IOException {
    if (!Files.exists(target)) {
      return;
    }
    long size = Files.size(target);
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.WRITE)) {
      byte[] noise = new byte[64 * 1024];
      for (long written = 0; written < size; ) {
        random.nextBytes(noise);
        int n = (int) Math.min(noise.length, size - written);
        written += channel.write(java.nio.ByteBuffer.wrap(noise, 0, n), written);
      }
      channel.force(true);
    }
    Files.delete(target);
  }

  @Override
  public synchronized UserAccount currentUser() throws VaultException {
    OpenVault open = requireSession();
    return accounts.account(open, open.userId());
  }

  @Override
  public synchronized void changeOwnPassword(char[] currentPassword, char[] newPassword)
      throws VaultException {
    try {
      OpenVault open = requireSession();
      UnlockAttemptRepository attempts = open.attempts();
      LockSettings settings = LockSettingsStore.read(open.meta());
      if (UnlockThrottle.gate(attempts.read(), settings, clock.instant()).isPresent()) {
        throw new VaultException(VaultErrors.TRY_LATER, "too many wrong passwords just now");
      }
      requireAcceptable(newPassword);
      StoredVaultKey stored = open.users().findKey(open.userId()).orElseThrow();
      Optional<SecretKeyMaterial> checked = wrapping.unwrap(stored, currentPassword);
      if (checked.isEmpty()) {
        // Counted like a failed unlock: an unattended unlocked laptop is no guessing oracle.
        attempts.recordFailure(clock.instant());
        throw new VaultException(VaultErrors.CURRENT_PASSWORD_WRONG, "current password is wrong");
      }
      checked.get().destroy();
      attempts.reset();
      open.users()
          .replaceKey(open.userId(), wrapping.wrap(open.vaultKey(), newPassword), clock.millis());
    } catch (VaultAccessException e) {
      throw new VaultException(VaultErrors.IO, "saving the new password failed", e);
    } finally {
      Arrays.fill(currentPassword, '\0');
      Arrays.fill(newPassword, '\0');
    }
  }

  @Override
  public synchronized List<UserAccount> users() throws VaultException {
    return accounts.list(requireAdministrator());
  }

  @Override
  public synchronized UserAccount addUser(
      String loginName, String displayName, Role role, char[] initialPassword)
      throws VaultException {
    try {
      OpenVault open = requireAdministrator();
      UserAccounts.NewUser user = UserAccounts.validate(loginName, displayName, role);
      requireAcceptable(initialPassword);
      return accounts.insert(
          open.database(), open.sealer(), open.vaultKey(), user, initialPassword);
    } finally {
      Arrays.fill(initialPassword, '\0');
    }
  }

  @Override
  public synchronized void changeRole(String userId, Role role) throws VaultException {
    accounts.changeRole(requireAdministrator(), userId, role);
  }

  @Override
  public synchronized void setDisabled(String userId, boolean disabled) throws VaultException {
    accounts.setDisabled(requireAdministrator(), userId, disabled);
  }

  @Override
  public synchronized void removeUser(String userId) throws VaultException {
    accounts.remove(requireAdministrator(), userId);
  }

  @Override
  public synchronized void resetPassword(String userId, char[] newPassword) throws VaultException {
    try {
      OpenVault open = requireAdministrator();
      requireAcceptable(newPassword);
      accounts.resetPassword(open, userId, newPassword);
    } finally {
      Arrays.fill(newPassword, '\0');
    }
  }

  @Override
  public synchronized LockSettings lockSettings() throws VaultException {
    return LockSettingsStore.read(requireSession().meta());
  }

  @Override
  public synchronized void updateLockSettings(LockSettings settings) throws VaultException {
    LockSettingsStore.write(requireAdministrator().meta(), settings);
  }

  @Override
  public synchronized void backupTo(Path target) throws VaultException {
    OpenVault open = requireAdministrator();
    try {
      open.database().backupTo(target);
    } catch (FileAlreadyExistsException e) {
      throw new VaultException(VaultErrors.IO, "the backup file exists already", e);
    } catch (IOException | VaultAccessException e) {
      throw new VaultException(VaultErrors.IO, "writing the backup failed", e);
    }
  }

  @Override
  public synchronized void restoreFrom(Path backup) throws VaultException {
    if (session != null) {
      throw new VaultException(VaultErrors.NOT_ALLOWED, "lock the vault before restoring");
    }
    try {
      new VaultRestorer(opener, new VaultValidator()).restore(backup, file).close();
    } catch (VaultLockedException e) {
      throw VaultErrors.opening(e);
    } catch (VaultOpenException e) {
      throw new VaultException(VaultErrors.BACKUP_INVALID, "the backup was refused", e);
    } catch (IOException | VaultAccessException e) {
      throw new VaultException(VaultErrors.IO, "restoring the backup failed", e);
    }
  }

  private OpenVault requireSession() throws VaultException {
    if (session == null) {
      throw new VaultException(VaultErrors.LOCKED, "the vault is locked");
    }
    return session;
  }

  private OpenVault requireAdministrator() throws VaultException {
    OpenVault open = requireSession();
    if (accounts.stored(open, open.userId()).roleCode().equals(Role.DEVICE_ADMINISTRATOR.code())) {
      return open;
    }
    throw new VaultException(VaultErrors.NOT_ALLOWED, "needs a device administrator");
  }

  private void requireAcceptable(char[] password) throws VaultException {
    if (!passwordPolicy.evaluate(password).acceptable()) {
      throw new VaultException(VaultErrors.PASSWORD_TOO_WEAK, "the password is too weak");
    }
  }

  /** Makes the rename itself durable where the OS allows it (not on Windows, where NTFS does). */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Nothing more can be done; the file itself is already durable.
    }
  }

  private static void deleteWithSidecars(Path path) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
    }
  }

  /** For the lock tests: whether the last session's keys are all destroyed. */
  boolean keysDestroyed(VaultSession former) {
    return ((OpenVault) former).keysDestroyed();
  }
}
