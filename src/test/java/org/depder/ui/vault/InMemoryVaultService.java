package org.depder.ui.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depder.app.vault.LockSettings;
import org.depder.app.vault.PasswordFeedback;
import org.depder.app.vault.PasswordFeedback.Strength;
import org.depder.app.vault.Role;
import org.depder.app.vault.UnlockResult;
import org.depder.app.vault.UserAccount;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultService;
import org.depder.app.vault.VaultState;

/**
 * A deterministic {@link VaultService} for ViewModel and UI tests: users and passwords in maps, the
 * documented rules (last administrator, role checks, back-off and lock-out) in a few lines, time
 * from a {@link MutableClock}. The real vault (SQLite, Argon2id) is tested on its own; this double
 * lets the screens be tested fast and without disk encryption.
 *
 * <p>Rules: a password is acceptable from 10 characters; after the 3rd consecutive failure each
 * further attempt waits 30 s; after {@code maxFailedUnlocks} failures unlocking is locked out for
 * {@code lockOutFor}.
 */
public final class InMemoryVaultService implements VaultService {
  public static final Duration BACK_OFF = Duration.ofSeconds(30);

  private final Clock clock;
  private final Map<String, UserAccount> users = new LinkedHashMap<>();
  private final Map<String, String> passwords = new LinkedHashMap<>();
  private boolean exists;
  private UserAccount current;
  private LockSettings lockSettings = LockSettings.DEFAULTS;
  private int failures;
  private Instant retryAt = Instant.MIN;
  private Instant lockedOutUntil = Instant.MIN;
  private int nextId = 1;
  private int lockCalls;

  public InMemoryVaultService(Clock clock) {
    this.clock = clock;
  }

  /** A vault that already exists (locked) with one administrator. */
  public InMemoryVaultService withAdministrator(String loginName, String password) {
    exists = true;
    store(loginName, "Admin " + loginName, Role.DEVICE_ADMINISTRATOR, password);
    return this;
  }

  public InMemoryVaultService withUser(String loginName, Role role, String password) {
    store(loginName, "User " + loginName, role, password);
    return this;
  }

  public int lockCalls() {
    return lockCalls;
  }

  @Override
  public VaultState state() {
    return !exists ? VaultState.NONE : current == null ? VaultState.LOCKED : VaultState.UNLOCKED;
  }

  @Override
  public PasswordFeedback evaluatePassword(char[] password) {
    int length = password.length;
    boolean mixed =
        new String(password).chars().anyMatch(Character::isDigit)
            && new String(password).chars().anyMatch(Character::isLetter);
    if (length < 6) {
      return new PasswordFeedback(Strength.TOO_SHORT, false, List.of("password.hint.tooShort"));
    }
    if (length < 10) {
      return new PasswordFeedback(Strength.WEAK, false, List.of("password.hint.addWords"));
    }
    if (length < 16 || !mixed) {
      return new PasswordFeedback(
          Strength.FAIR,
          true,
          mixed ? List.of("password.hint.addWords") : List.of("password.hint.mixCharacters"));
    }
    return new PasswordFeedback(Strength.STRONG, true, List.of());
  }

  @Override
  public UserAccount create(String loginName, String displayName, char[] password)
      throws VaultException {
    if (exists) {
      throw new VaultException("vault.error.io", "exists");
    }
    requireAcceptable(password);
    exists = true;
    current = store(loginName, displayName, Role.DEVICE_ADMINISTRATOR, new String(password));
    return current;
  }

  @Override
  public UnlockResult unlock(String loginName, char[] password) {
    Instant now = clock.instant();
    if (now.isBefore(lockedOutUntil)) {
      return new UnlockResult.LockedOut(lockedOutUntil);
    }
    if (now.isBefore(retryAt)) {
      return new UnlockResult.TooSoon(Duration.between(now, retryAt));
    }
    UserAccount user =
        users.values().stream()
            .filter(u -> u.loginName().equals(loginName))
            .findFirst()
            .orElse(null);
    if (user != null && passwords.get(user.id()).equals(new String(password))) {
      if (user.disabled()) {
        return new UnlockResult.Disabled();
      }
      failures = 0;
      current = user;
      return new UnlockResult.Unlocked(user);
    }
    failures++;
    int left = lockSettings.maxFailedUnlocks() - failures;
    if (left <= 0) {
      lockedOutUntil = now.plus(lockSettings.lockOutFor());
      failures = 0;
      return new UnlockResult.LockedOut(lockedOutUntil);
    }
    Duration wait = failures >= 3 ? BACK_OFF : Duration.ZERO;
    retryAt = now.plus(wait);
    return new UnlockResult.Refused(left, wait);
  }

  @Override
  public void lock() {
    lockCalls++;
    current = null;
  }

  @Override
  public UserAccount currentUser() throws VaultException {
    requireUnlocked();
    return current;
  }

  @Override
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) throws VaultException {
    requireUnlocked();
    if (!passwords.get(current.id()).equals(new String(currentPassword))) {
      throw new VaultException("vault.error.currentPasswordWrong", "wrong");
    }
    requireAcceptable(newPassword);
    passwords.put(current.id(), new String(newPassword));
  }

  @Override
  public List<UserAccount> users() throws VaultException {
    requireAdministrator();
    return List.copyOf(users.values());
  }

  @Override
  public UserAccount addUser(String loginName, String displayName, Role role, char[] password)
      throws VaultException {
    requireAdministrator();
    if (users.values().stream().anyMatch(u -> u.loginName().equals(loginName))) {
      throw new VaultException("vault.error.loginNameTaken", "taken");
    }
    requireAcceptable(password);
    return store(loginName, displayName, role, new String(password));
  }

  @Override
  public void changeRole(String userId, Role role) throws VaultException {
    requireAdministrator();
    UserAccount user = users.get(userId);
    if (role != Role.DEVICE_ADMINISTRATOR) {
      requireAnotherAdministrator(user);
    }
    replace(user, role, user.disabled());
  }

  @Override
  public void setDisabled(String userId, boolean disabled) throws VaultException {
    requireAdministrator();
    UserAccount user = users.get(userId);
    if (disabled) {
      requireAnotherAdministrator(user);
    }
    replace(user, user.role(), disabled);
  }

  @Override
  public void removeUser(String userId) throws VaultException {
    requireAdministrator();
    requireAnotherAdministrator(users.get(userId));
    users.remove(userId);
    passwords.remove(userId);
  }

  @Override
  public void resetPassword(String userId, char[] newPassword) throws VaultException {
    requireAdministrator();
    requireAcceptable(newPassword);
    passwords.put(userId, new String(newPassword));
  }

  @Override
  public LockSettings lockSettings() throws VaultException {
    requireUnlocked();
    return lockSettings;
  }

  @Override
  public void updateLockSettings(LockSettings settings) throws VaultException {
    requireAdministrator();
    lockSettings = settings;
  }

  @Override
  public void backupTo(Path target) throws VaultException {
    requireUnlocked();
    List<String> lines = new ArrayList<>();
    lines.add("in-memory-vault-backup");
    users
        .values()
        .forEach(
            u -> lines.add(u.loginName() + "\t" + u.role().code() + "\t" + passwords.get(u.id())));
    try {
      Files.write(target, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VaultException("vault.error.io", "write", e);
    }
  }

  @Override
  public void restoreFrom(Path backup) throws VaultException {
    if (current != null) {
      throw new VaultException("vault.error.notAllowed", "unlocked");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(backup, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VaultException("vault.error.io", "read", e);
    }
    if (lines.isEmpty() || !lines.get(0).equals("in-memory-vault-backup")) {
      throw new VaultException("vault.error.backupInvalid", "not a backup");
    }
    users.clear();
    passwords.clear();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split("\t");
      store(parts[0], parts[0], Role.fromCode(parts[1]).orElseThrow(), parts[2]);
    }
    exists = true;
  }

  private UserAccount store(String loginName, String displayName, Role role, String password) {
    String id = "u" + nextId++;
    UserAccount user = new UserAccount(id, loginName, displayName, role, false, clock.instant());
    users.put(id, user);
    passwords.put(id, password);
    return user;
  }

  private void replace(UserAccount user, Role role, boolean disabled) {
    users.put(
        user.id(),
        new UserAccount(
            user.id(), user.loginName(), user.displayName(), role, disabled, user.created()));
  }

  private void requireUnlocked() throws VaultException {
    if (current == null) {
      throw new VaultException("vault.error.locked", "locked");
    }
  }

  private void requireAdministrator() throws VaultException {
    requireUnlocked();
    if (users.get(current.id()).role() != Role.DEVICE_ADMINISTRATOR) {
      throw new VaultException("vault.error.notAllowed", "not an administrator");
    }
  }

  private void requireAnotherAdministrator(UserAccount user) throws VaultException {
    if (user.role() == Role.DEVICE_ADMINISTRATOR
        && users.values().stream()
                .filter(u -> u.role() == Role.DEVICE_ADMINISTRATOR && !u.disabled())
                .count()
            <= 1) {
      throw new VaultException("vault.error.lastAdministrator", "last administrator");
    }
  }

  private static void requireAcceptable(char[] password) throws VaultException {
    if (password.length < 10) {
      throw new VaultException("vault.error.passwordTooWeak", "weak");
    }
  }
}
