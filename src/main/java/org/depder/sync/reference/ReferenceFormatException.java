package org.depder.sync.reference;

/** A signed reference document that is malformed or does not verify; the message names what. */
public final class ReferenceFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReferenceFormatException(String what) {
    super("reference data refused: " + what);
  }
}
