package org.depder.store;

/**
 * The file is not a Depder vault: either not an SQLite database ({@link
 * VaultOpenFailure#NOT_A_DATABASE}) or another application's database ({@link
 * VaultOpenFailure#FOREIGN_DATABASE}). Refused before SQLite opens it, so the file is untouched.
 */
public final class NotAVaultException extends VaultOpenException {
  public NotAVaultException(VaultOpenFailure failure, String message) {
    super(requireKind(failure), message, null);
  }

  private static VaultOpenFailure requireKind(VaultOpenFailure failure) {
    if (failure != VaultOpenFailure.NOT_A_DATABASE
        && failure != VaultOpenFailure.FOREIGN_DATABASE) {
      throw new IllegalArgumentException("not a 'not a vault' failure: " + failure);
    }
    return failure;
  }
}
