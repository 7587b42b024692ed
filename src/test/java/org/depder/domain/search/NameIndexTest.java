package org.depder.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameIndexTest {

  private static final UUID AHMEDOW = id(1);
  private static final UUID AHMEDOWA = id(2);
  private static final UUID MAMEDOW = id(3);
  private static final UUID SHOHRAT = id(4);
  private static final UUID YAZMYRADOW = id(5);
  private static final UUID JUMAYEW = id(6);
  private static final UUID NURMUHAMMEDOWA = id(7);
  private static final UUID ORAZ = id(8);

  private final NameIndex index =
      NameIndex.builder()
          .add(AHMEDOW, "Ahmedow Rejep Orazmyrat ogly")
          .add(AHMEDOWA, "Ахмедова Джерен Ораз кызы")
          .add(MAMEDOW, "Mämmedow Döwlet")
          .add(SHOHRAT, "Şöhrat Berdiýew")
          .add(YAZMYRADOW, "Ýazmyradow Gurbanguly")
          .add(JUMAYEW, "Jumaýew Aşyr")
          .add(NURMUHAMMEDOWA, "Nurmuhammedowa Aýgül")
          .add(ORAZ, "Oraz Hojamyradow")
          .build();

  private static UUID id(int n) {
    return new UUID(0x0123_4567_89ab_cdefL, n);
  }

  private List<UUID> ids(String query) {
    return index.search(query, 20).stream().map(NameHit::recordId).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Ахмедов, 00000000-0000-0001",
    "Akhmedov, 00000000-0000-0001",
    "Shohrat, 00000000-0000-0004",
    "Шохрат Бердиев, 00000000-0000-0004",
    "Язмурадов, 00000000-0000-0005",
    "Yazmuradov Gurbanguly, 00000000-0000-0005",
    "Гурбангулы, 00000000-0000-0005",
    "Джумаев, 00000000-0000-0006",
    "Dzhumaev Ashir, 00000000-0000-0006",
    "Djumaev, 00000000-0000-0006",
    "Нурмухаммедова Айгуль, 00000000-0000-0007",
    "Ходжамурадов, 00000000-0000-0008"
  })
  void aNameWrittenInAnotherScriptFindsTheRecord(String query, String idSuffix) {
    UUID expected = id(Integer.parseInt(idSuffix.substring(idSuffix.lastIndexOf('-') + 1), 16));
    assertThat(ids(query)).contains(expected);
    assertThat(index.search(query, 20).get(0).recordId()).isEqualTo(expected);
  }

  @Test
  void exactBeatsPrefixBeatsFuzzy() {
    List<NameHit> hits = index.search("Ahmedow", 10);
    assertThat(hits)
        .extracting(NameHit::recordId)
        .containsExactly(AHMEDOW, AHMEDOWA); // the woman's form by prefix; Mämmedow is 2 edits off
    assertThat(hits)
        .extracting(NameHit::weakestMatch)
        .containsExactly(MatchKind.EXACT, MatchKind.PREFIX);
    assertThat(index.search("Ahmedowa", 10))
        .extracting(NameHit::weakestMatch)
        .containsExactly(MatchKind.EXACT, MatchKind.FUZZY);
  }

  @Test
  void allQueryWordsMustMatchTheSameRecord() {
    assertThat(ids("Ahmedow Rejep")).containsExactly(AHMEDOW);
    assertThat(ids("Ahmedow Jeren")).containsExactly(AHMEDOWA);
    assertThat(ids("Ahmedow Aşyr")).isEmpty();
    // Two exact matches in the order added, then the prefix match of Orazmyrat.
    assertThat(ids("Oraz")).containsExactly(AHMEDOWA, ORAZ, AHMEDOW);
  }

  @Test
  void patronymicMarkersAreIgnoredInQueries() {
    assertThat(ids("Oraz gyzy")).isEqualTo(ids("Oraz"));
    assertThat(ids("ogly")).isEmpty();
  }

  @Test
  void prefixAndSubstringNeedThreeLetters() {
    assertThat(ids("Ahm")).containsExactly(AHMEDOW, AHMEDOWA);
    assertThat(ids("Ah")).isEmpty();
    assertThat(ids("muham")).containsExactly(NURMUHAMMEDOWA);
    assertThat(index.search("muham", 5).get(0).weakestMatch()).isEqualTo(MatchKind.SUBSTRING);
    assertThat(ids("radow")).containsExactly(YAZMYRADOW, ORAZ);
  }

  @Test
  void anUnfinishedWordIsAPrefixEvenWhereAWholeWordWouldBeDevoiced() {
    assertThat(ids("Ahmed")).containsExactly(AHMEDOW, AHMEDOWA);
    assertThat(ids("Ахмед")).containsExactly(AHMEDOW, AHMEDOWA);
    assertThat(ids("Jumay")).containsExactly(JUMAYEW);
    assertThat(ids("Джумай")).containsExactly(JUMAYEW);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Ahmedosw, insertion",
    "Ahmdow, deletion",
    "Ahmedaw, substitution",
    "Ahmeodw, transposition",
    "Ахмеодв, transposition in Cyrillic",
    "Shorat, deletion",
    "Şöhrta, transposition at the end",
    "Gurbangyly, substitution"
  })
  void oneTypoIsForgiven(String query, String kind) {
    List<NameHit> hits = index.search(query, 10);
    assertThat(hits).as(kind).isNotEmpty();
    assertThat(hits.get(0).weakestMatch()).as(kind).isEqualTo(MatchKind.FUZZY);
  }

  @Test
  void twoTyposAreNotForgiven() {
    assertThat(ids("Ahmadaw")).isEmpty();
    assertThat(ids("Mamedow")).containsExactly(MAMEDOW);
  }

  @Test
  void shortWordsAreNotMatchedFuzzily() {
    assertThat(ids("Ora")).containsExactly(AHMEDOW, AHMEDOWA, ORAZ);
    assertThat(index.search("Ora", 10))
        .extracting(NameHit::weakestMatch)
        .doesNotContain(MatchKind.FUZZY);
    assertThat(ids("Oro")).isEmpty();
  }

  @Test
  void resultsAreCappedAndEachRecordAppearsOnce() {
    UUID person = id(100);
    NameIndex aliases =
        NameIndex.builder()
            .add(person, "Ahmedowa Jeren")
            .add(person, "Orazowa Jeren")
            .add(id(101), "Jeren Amanowa")
            .add(id(102), "Jeren Atayewa")
            .build();
    assertThat(aliases.size()).isEqualTo(4);
    assertThat(aliases.search("Jeren", 10))
        .extracting(NameHit::recordId)
        .containsExactly(person, id(101), id(102));
    assertThat(aliases.search("Jeren", 2)).hasSize(2);
  }

  @Test
  void clearDropsEverything() {
    assertThat(ids("Oraz")).isNotEmpty();
    index.clear();
    assertThat(index.size()).isZero();
    assertThat(ids("Oraz")).isEmpty();
    index.clear();
    assertThat(NameIndex.empty().search("Oraz", 5)).isEmpty();
  }

  @Test
  void anIndexBuiltOnABackgroundThreadIsSearchedFromAnother() {
    NameIndex built =
        CompletableFuture.supplyAsync(() -> NameIndex.builder().add(ORAZ, "Oraz").build()).join();
    assertThat(built.search("Ораз", 1)).extracting(NameHit::recordId).containsExactly(ORAZ);
  }

  @Test
  void queriesWithoutLettersAndBadLimitsAreHandled() {
    assertThat(ids("  12 - ")).isEmpty();
    assertThatThrownBy(() -> index.search("Oraz", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(NameIndex.builder().add(ORAZ, "123").build().size()).isZero();
  }
}
