package org.depder.launch.bench;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.depder.app.people.PersonIdentity;

/**
 * Made-up people for benchmarks: common Turkmen family and given names in Turkmen Latin or Russian
 * Cyrillic spelling (as they appear on different documents), a share of rarer syllable-built names,
 * birth years 1950-2010 and unique document numbers. Seeded: every run sees the same people.
 */
final class SyntheticPeople {
  private static final String[][] FAMILIES = {
    {"Ahmedow", "Ахмедов"},
    {"Orazow", "Оразов"},
    {"Annaýew", "Аннаев"},
    {"Berdiýew", "Бердыев"},
    {"Gurbanow", "Гурбанов"},
    {"Myradow", "Мурадов"},
    {"Öwezow", "Овезов"},
    {"Hojaýew", "Ходжаев"},
    {"Çaryýew", "Чарыев"},
    {"Saparow", "Сапаров"},
    {"Ataýew", "Атаев"},
    {"Durdyýew", "Дурдыев"},
    {"Rejepow", "Реджепов"},
    {"Baýramow", "Байрамов"},
    {"Hallyýew", "Халлыев"},
    {"Amanow", "Аманов"},
    {"Geldiýew", "Гелдыев"},
    {"Seýidow", "Сеидов"},
    {"Nurmuhammedow", "Нурмухаммедов"},
    {"Täçmämmedow", "Тачмамедов"}
  };
  private static final String[][] MEN = {
    {"Merdan", "Мердан"}, {"Aman", "Аман"}, {"Serdar", "Сердар"}, {"Batyr", "Батыр"},
    {"Döwlet", "Довлет"}, {"Maksat", "Максат"}, {"Rustam", "Рустам"}, {"Myrat", "Мурат"},
    {"Ylýas", "Ильяс"}, {"Şatlyk", "Шатлык"}, {"Begenç", "Бегенч"}, {"Kerim", "Керим"}
  };
  private static final String[][] WOMEN = {
    {"Maral", "Марал"}, {"Jeren", "Джерен"}, {"Aýna", "Айна"}, {"Ogulgerek", "Огулгерек"},
    {"Bahar", "Бахар"}, {"Gülnar", "Гульнар"}, {"Leýla", "Лейла"}, {"Nurjahan", "Нурджахан"},
    {"Şemşat", "Шемшат"}, {"Enejan", "Эннеджан"}, {"Mähri", "Мяхри"}, {"Ogulbibi", "Огульбиби"}
  };
  private static final String[] SYLLABLES = {
    "ga", "ly", "my", "rat", "ber", "di", "ka", "dyr", "nur", "gel", "sa", "pa", "ro", "ta", "hal",
    "bek", "jan", "gul", "mam", "ed", "öw", "ez", "ýaz", "ku", "ly", "çar", "şa", "tel"
  };

  private final Random random;

  SyntheticPeople(long seed) {
    this.random = new Random(seed);
  }

  PersonIdentity next(int serial) {
    boolean cyrillic = random.nextInt(3) == 0;
    boolean woman = random.nextBoolean();
    int script = cyrillic ? 1 : 0;
    String family =
        random.nextInt(10) < 7 ? FAMILIES[random.nextInt(FAMILIES.length)][script] : rareFamily();
    if (woman) {
      family = family + (cyrillic ? "а" : "a");
    }
    String given = (woman ? WOMEN : MEN)[random.nextInt(woman ? WOMEN.length : MEN.length)][script];
    Optional<String> patronymic =
        random.nextInt(4) == 0
            ? Optional.of(MEN[random.nextInt(MEN.length)][0] + (woman ? " gyzy" : " ogly"))
            : Optional.empty();
    OptionalInt year =
        random.nextInt(10) == 0 ? OptionalInt.empty() : OptionalInt.of(1950 + random.nextInt(61));
    return new PersonIdentity(family, given, patronymic, year, Optional.of(documentNumber(serial)));
  }

  static String documentNumber(int serial) {
    return String.format(java.util.Locale.ROOT, "I-AŞ %06d", serial);
  }

  /** A family name of syllables, ending -ow like most Turkmen family names. */
  private String rareFamily() {
    StringBuilder name = new StringBuilder();
    int parts = 2 + random.nextInt(2);
    for (int i = 0; i < parts; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    name.append(random.nextBoolean() ? "ow" : "ýew");
    name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
    return name.toString();
  }

  /** A query as a worker types it: a family name in the other script, or its first letters. */
  String nameQuery() {
    String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
    String[] given = MEN[random.nextInt(MEN.length)];
    return switch (random.nextInt(4)) {
      case 0 -> family[1];
      case 1 -> family[0].substring(0, 4);
      case 2 -> family[0] + " " + given[1];
      default -> family[1].substring(0, 5);
    };
  }
}
