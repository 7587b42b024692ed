package org.depder.ui.vault;

import java.util.Set;
import org.depder.app.vault.VaultException;

/**
 * Turns a failed vault operation into the key of a message the user can act on. Only reasons this
 * screen set knows are shown as such; anything else (a bug, an unexpected runtime error, a reason
 * added to the service later) becomes a general message, so the user never sees a stack trace or an
 * untranslated key.
 */
public final class VaultErrors {
  private static final Set<String> KNOWN =
      Set.of(
          "vault.error.lastAdministrator",
          "vault.error.loginNameTaken",
          "vault.error.passwordTooWeak",
          "vault.error.currentPasswordWrong",
          "vault.error.missing",
          "vault.error.inUse",
          "vault.error.alreadyExists",
          "vault.error.loginNameInvalid",
          "vault.error.displayNameInvalid",
          "vault.error.tryLater",
          "vault.error.noSuchUser",
          "vault.error.notAllowed",
          "vault.error.locked",
          "vault.error.io",
          "vault.error.corrupted",
          "vault.error.notAVault",
          "vault.error.newerFormat",
          "vault.error.backupInvalid");

  private VaultErrors() {}

  public static String reasonKey(Throwable error) {
    if (error instanceof VaultException vault && KNOWN.contains(vault.reasonKey())) {
      return vault.reasonKey();
    }
    return "vault.error.unexpected";
  }

  public static Notice notice(Throwable error) {
    return Notice.error(reasonKey(error));
  }
}
