package org.depder.store;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A search token: the keyed hash (computed by {@code crypto}) of one normalised search term, under
 * a named index such as {@code person.name}. The term itself never reaches the store.
 */
public record BlindIndexToken(String indexName, byte[] token) {
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z][a-z0-9_.]{0,63}");

  public BlindIndexToken {
    Objects.requireNonNull(indexName, "indexName");
    Objects.requireNonNull(token, "token");
    if (!INDEX_NAME.matcher(indexName).matches()) {
      throw new IllegalArgumentException("index names are short lowercase codes");
    }
    if (token.length == 0) {
      throw new IllegalArgumentException("empty token");
    }
    token = token.clone();
  }

  @Override
  public byte[] token() {
    return token.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BlindIndexToken that
        && indexName.equals(that.indexName)
        && Arrays.equals(token, that.token);
  }

  @Override
  public int hashCode() {
    return 31 * indexName.hashCode() + Arrays.hashCode(token);
  }

  @Override
  public String toString() {
    return "BlindIndexToken[" + indexName + ", " + token.length + " bytes]";
  }
}
