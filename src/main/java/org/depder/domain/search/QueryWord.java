package org.depder.domain.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One word of a search query, folded three ways: as a whole word (exact and fuzzy matching), as the
 * start of a word (prefix matching) and as a piece of a word (substring matching). The word-edge
 * rules of folding would otherwise stop "Ahmed" from finding "Ahmedow" by prefix.
 */
record QueryWord(byte[] whole, byte[] start, byte[] piece) {

  /** Prefix and substring matching need this many folded letters; fewer would match too much. */
  static final int MIN_PARTIAL_LENGTH = 3;

  /**
   * Fuzzy matching needs this many folded letters: one edit in three letters is a different name.
   */
  static final int MIN_FUZZY_LENGTH = 4;

  /** The folded words of a query; patronymic markers and letterless words are left out. */
  static List<QueryWord> parse(String query) {
    List<QueryWord> words = new ArrayList<>();
    for (String raw : NameFolding.words(query)) {
      String whole = NameFolding.fold(raw);
      if (NameFolding.tokens(raw).isEmpty()) {
        continue;
      }
      words.add(
          new QueryWord(
              ascii(whole), ascii(NameFolding.foldPrefix(raw)), ascii(NameFolding.foldInfix(raw))));
    }
    return words;
  }

  boolean allowsPartial() {
    return start.length >= MIN_PARTIAL_LENGTH;
  }

  boolean allowsFuzzy() {
    return whole.length >= MIN_FUZZY_LENGTH;
  }

  private static byte[] ascii(String key) {
    return key.getBytes(StandardCharsets.US_ASCII);
  }
}
