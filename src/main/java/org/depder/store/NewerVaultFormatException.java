package org.depder.store;

/** The vault was made by a newer Depder: its format version is above the one this code reads. */
public final class NewerVaultFormatException extends VaultOpenException {
  private final int foundVersion;
  private final int supportedVersion;

  public NewerVaultFormatException(int foundVersion, int supportedVersion) {
    super(
        VaultOpenFailure.NEWER_FORMAT,
        "vault format " + foundVersion + " is newer than supported " + supportedVersion,
        null);
    this.foundVersion = foundVersion;
    this.supportedVersion = supportedVersion;
  }

  /** The format version written in the vault. */
  public int foundVersion() {
    return foundVersion;
  }

  /** The newest format version this code reads. */
  public int supportedVersion() {
    return supportedVersion;
  }
}
