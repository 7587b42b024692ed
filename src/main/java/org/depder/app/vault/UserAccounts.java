package org.depder.app.vault;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.domain.UuidV7;
import org.depder.store.PayloadAuthenticationException;
import org.depder.store.PayloadSealer;
import org.depder.store.SqliteUserRepository;
import org.depder.store.StoredUser;
import org.depder.store.StoredVaultKey;
import org.depder.store.VaultDatabase;
import org.depder.store.VaultMetaRepository;

/**
 * Local users and their roles: the rows, the sealed profiles, and the rule that the vault always
 * keeps one enabled device administrator. The caller has checked that the acting user may do this.
 */
final class UserAccounts {
  private static final int MAX_DISPLAY_NAME = 200;

  private final PasswordKeyWrapping wrapping;
  private final Clock clock;
  private final UuidV7 ids;

  UserAccounts(PasswordKeyWrapping wrapping, Clock clock, SecureRandom random) {
    this.wrapping = wrapping;
    this.clock = clock;
    this.ids = new UuidV7(clock, random);
  }

  /** A user to add, checked: the login name as typed and normalised, the display name, the role. */
  record NewUser(String loginName, String normalisedLogin, String displayName, Role role) {}

  static NewUser validate(String loginName, String displayName, Role role) throws VaultException {
    String normalised =
        LoginNames.normalise(loginName)
            .orElseThrow(
                () -> new VaultException(VaultErrors.LOGIN_NAME_INVALID, "invalid login name"));
    String display = displayName == null ? "" : displayName.strip();
    if (display.isEmpty() || display.length() > MAX_DISPLAY_NAME) {
      throw new VaultException(VaultErrors.DISPLAY_NAME_INVALID, "invalid display name");
    }
    return new NewUser(loginName.strip(), normalised, display, role);
  }

  UserAccount insert(
      VaultDatabase database,
      PayloadSealer sealer,
      SecretKeyMaterial vaultKey,
      NewUser user,
      char[] password)
      throws VaultException {
    String id = ids.next().toString();
    byte[] profile =
        sealer.seal(
            UserProfileCodec.encode(
                new UserProfileCodec.Profile(user.loginName(), user.displayName())),
            UserProfileCodec.associatedData(id));
    StoredVaultKey key = wrapping.wrap(vaultKey, password);
    long now = clock.millis();
    String lookup = LoginNames.lookupKey(new VaultMetaRepository(database), user.normalisedLogin());
    StoredUser row = new StoredUser(id, user.role().code(), profile, now, false);
    if (!new SqliteUserRepository(database).insert(row, lookup, key, now)) {
      throw new VaultException(VaultErrors.LOGIN_NAME_TAKEN, "the login name is taken");
    }
    return new UserAccount(
        id, user.loginName(), user.displayName(), user.role(), false, Instant.ofEpochMilli(now));
  }

  List<UserAccount> list(OpenVault open) throws VaultException {
    List<UserAccount> accounts = new ArrayList<>();
    for (StoredUser user : open.users().list()) {
      accounts.add(account(open, user));
    }
    return List.copyOf(accounts);
  }

  UserAccount account(OpenVault open, String userId) throws VaultException {
    return account(open, stored(open, userId));
  }

  StoredUser stored(OpenVault open, String userId) throws VaultException {
    return open.users()
        .find(userId)
        .orElseThrow(() -> new VaultException(VaultErrors.NO_SUCH_USER, "no such user"));
  }

  void changeRole(OpenVault open, String userId, Role role) throws VaultException {
    StoredUser user = stored(open, userId);
    if (role != Role.DEVICE_ADMINISTRATOR) {
      requireAnotherAdministrator(open, user);
    }
    open.users().updateRole(userId, role.code());
  }

  void setDisabled(OpenVault open, String userId, boolean disabled) throws VaultException {
    StoredUser user = stored(open, userId);
    if (disabled) {
      requireNotSelf(open, userId);
      requireAnotherAdministrator(open, user);
    }
    open.users().updateDisabled(userId, disabled);
  }

  void remove(OpenVault open, String userId) throws VaultException {
    StoredUser user = stored(open, userId);
    requireNotSelf(open, userId);
    requireAnotherAdministrator(open, user);
    open.users().delete(userId);
  }

  /** Wraps the unlocked vault key under the new password: nothing is re-encrypted. */
  void resetPassword(OpenVault open, String userId, char[] newPassword) throws VaultException {
    stored(open, userId);
    requireNotSelf(open, userId);
    open.users().replaceKey(userId, wrapping.wrap(open.vaultKey(), newPassword), clock.millis());
  }

  private static void requireNotSelf(OpenVault open, String userId) throws VaultException {
    if (open.userId().equals(userId)) {
      throw new VaultException(VaultErrors.NOT_ALLOWED, "not on one's own account");
    }
  }

  /** Refuses a change that would leave no enabled device administrator. */
  private static void requireAnotherAdministrator(OpenVault open, StoredUser user)
      throws VaultException {
    if (!isActiveAdministrator(user)) {
      return;
    }
    long others =
        open.users().list().stream()
            .filter(UserAccounts::isActiveAdministrator)
            .filter(other -> !other.id().equals(user.id()))
            .count();
    if (others == 0) {
      throw new VaultException(
          VaultErrors.LAST_ADMINISTRATOR, "the last device administrator must stay");
    }
  }

  private static boolean isActiveAdministrator(StoredUser user) {
    return !user.disabled() && user.roleCode().equals(Role.DEVICE_ADMINISTRATOR.code());
  }

  private static UserAccount account(OpenVault open, StoredUser user) throws VaultException {
    UserProfileCodec.Profile profile;
    try {
      profile =
          UserProfileCodec.decode(
              open.sealer().open(user.sealedProfile(), UserProfileCodec.associatedData(user.id())));
    } catch (PayloadAuthenticationException | IOException e) {
      throw new VaultException(VaultErrors.CORRUPTED, "a user profile is damaged", e);
    }
    Role role =
        Role.fromCode(user.roleCode())
            .orElseThrow(() -> new VaultException(VaultErrors.CORRUPTED, "unknown role code"));
    return new UserAccount(
        user.id(),
        profile.loginName(),
        profile.displayName(),
        role,
        user.disabled(),
        Instant.ofEpochMilli(user.createdAtMillis()));
  }
}
