package org.depder.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameFoldingPropertiesTest {

  private static final String NAME_LETTERS =
      "abcdefghijklmnopqrstuvwxyzäçžňöşüýıABCDEFGHIJKLMNOPRSTUWYZÄÇŽŇÖŞÜÝİ"
          + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯәөүңҗ"
          + "'-$¢¥£\u0301\u0308";

  @Provide
  Arbitrary<String> nameLike() {
    return Arbitraries.strings().withChars(NAME_LETTERS).ofMinLength(0).ofMaxLength(20);
  }

  @Property(tries = 2000)
  void foldingIsIdempotent(@ForAll("nameLike") String name) {
    String key = NameFolding.fold(name);
    assertThat(NameFolding.fold(key)).isEqualTo(key);
  }

  @Property(tries = 1000)
  void foldingIsIdempotentForAnyUnicode(@ForAll String anything) {
    String key = NameFolding.fold(anything);
    assertThat(NameFolding.fold(key)).isEqualTo(key);
  }

  @Property(tries = 2000)
  void keysArePlainLowerCaseLatin(@ForAll("nameLike") String name) {
    assertThat(NameFolding.fold(name)).matches("[a-z]*");
    assertThat(NameFolding.foldPrefix(name)).matches("[a-z]*");
    assertThat(NameFolding.foldInfix(name)).matches("[a-z]*");
  }

  /** Without Turkish ı and İ, whose case pairs are not each other's in ROOT rules. */
  @Provide
  Arbitrary<String> nameLikeWithoutTurkishI() {
    return nameLike().map(name -> name.replace("ı", "").replace("İ", ""));
  }

  @Property(tries = 1000)
  void foldingIgnoresCase(@ForAll("nameLikeWithoutTurkishI") String name) {
    assertThat(NameFolding.fold(name.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(NameFolding.fold(name.toLowerCase(java.util.Locale.ROOT)));
  }
}
