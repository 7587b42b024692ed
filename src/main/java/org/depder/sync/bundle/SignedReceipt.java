package org.depder.sync.bundle;

import java.util.Objects;

/** A receipt and its file bytes ({@code {"receipt": {...}, "signature": "..."}}). */
public record SignedReceipt(Receipt receipt, byte[] bytes) {
  public SignedReceipt {
    Objects.requireNonNull(receipt, "receipt");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedReceipt other
        && receipt.equals(other.receipt)
        && java.util.Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return receipt.hashCode();
  }

  @Override
  public String toString() {
    return "SignedReceipt[" + receipt + "]";
  }
}
