package org.depder.sync.revision;

/**
 * JSON that is not a revision of a known format version. The message names the offending member but
 * never quotes its value, which may be personal data.
 */
public final class RevisionFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RevisionFormatException(String message) {
    super(message);
  }
}
