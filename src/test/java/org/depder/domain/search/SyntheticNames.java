package org.depder.domain.search;

import java.util.List;
import java.util.Random;

/**
 * Realistic synthetic Turkmen full names for tests and the benchmark: family name, given name and
 * sometimes a patronymic, each written in Turkmen Latin, Russian Cyrillic or English
 * transliteration as different clerks would. Family names are built the Turkmen way, from a
 * (compound) given name plus -ow/-ew/-ýew, -ов/-ев, -ov/-ev, and -a for women.
 */
final class SyntheticNames {

  /** One name element in the three scripts: Turkmen Latin, Cyrillic, English. */
  record Part(String turkmen, String cyrillic, String english) {
    String in(int script) {
      return script == 0 ? turkmen : script == 1 ? cyrillic : english;
    }
  }

  static final List<Part> NAME_STARTS =
      List.of(
          new Part("Ata", "Ата", "Ata"),
          new Part("Aman", "Аман", "Aman"),
          new Part("Oraz", "Ораз", "Oraz"),
          new Part("Gurban", "Гурбан", "Gurban"),
          new Part("Nur", "Нур", "Nur"),
          new Part("Hoja", "Ходжа", "Khodzha"),
          new Part("Berdi", "Берды", "Berdy"),
          new Part("Anna", "Анна", "Anna"),
          new Part("Kaka", "Кака", "Kaka"),
          new Part("Alla", "Алла", "Alla"),
          new Part("Baý", "Бай", "Bay"),
          new Part("Sapar", "Сапар", "Sapar"),
          new Part("Jora", "Джора", "Dzhora"),
          new Part("Gara", "Гара", "Gara"),
          new Part("Täç", "Тач", "Tach"),
          new Part("Döwlet", "Довлет", "Dovlet"),
          new Part("Ýaz", "Яз", "Yaz"),
          new Part("Rejep", "Реджеп", "Redzhep"),
          new Part("Çary", "Чары", "Chary"),
          new Part("Nury", "Нуры", "Nury"),
          new Part("Öwez", "Овез", "Ovez"),
          new Part("Durdy", "Дурды", "Durdy"),
          new Part("Tagan", "Таган", "Tagan"),
          new Part("Ak", "Ак", "Ak"),
          new Part("Han", "Хан", "Khan"),
          new Part("Myrat", "Мурад", "Murad"));

  static final List<Part> NAME_ENDS =
      List.of(
          new Part("myrat", "мурад", "murad"),
          new Part("geldi", "гелди", "geldi"),
          new Part("berdi", "берды", "berdy"),
          new Part("guly", "гулы", "guly"),
          new Part("muhammet", "мухаммед", "mukhammed"),
          new Part("nazar", "назар", "nazar"),
          new Part("jan", "джан", "dzhan"),
          new Part("dursun", "дурсун", "dursun"),
          new Part("sähet", "сахат", "sakhat"),
          new Part("gylyç", "гылыч", "gylych"),
          new Part("mämmet", "мамед", "mamed"),
          new Part("dowlet", "довлет", "dovlet"),
          new Part("şa", "ша", "sha"),
          new Part("bek", "бек", "bek"),
          new Part("aly", "али", "ali"),
          new Part("pälwan", "палван", "palvan"));

  static final List<Part> GIVEN_SINGLE =
      List.of(
          new Part("Ahmet", "Ахмед", "Akhmed"),
          new Part("Şöhrat", "Шохрат", "Shohrat"),
          new Part("Aşyr", "Ашир", "Ashir"),
          new Part("Serdar", "Сердар", "Serdar"),
          new Part("Ýusup", "Юсуп", "Yusup"),
          new Part("Baýram", "Байрам", "Bayram"),
          new Part("Ylýas", "Ильяс", "Ilyas"),
          new Part("Begenç", "Бегенч", "Begench"),
          new Part("Maksat", "Максат", "Maksat"),
          new Part("Hydyr", "Хыдыр", "Khydyr"),
          new Part("Batyr", "Батыр", "Batyr"),
          new Part("Meret", "Мерет", "Meret"),
          new Part("Sahy", "Сахы", "Sakhy"),
          new Part("Ýagmyr", "Ягмур", "Yagmur"),
          new Part("Dowran", "Довран", "Dovran"),
          new Part("Arslan", "Арслан", "Arslan"),
          new Part("Kerim", "Керим", "Kerim"),
          new Part("Ilýa", "Илья", "Ilya"),
          new Part("Aleksandr", "Александр", "Alexandr"),
          new Part("Sergeý", "Сергей", "Sergey"));

  static final List<Part> WOMEN =
      List.of(
          new Part("Aýgül", "Айгуль", "Aigul"),
          new Part("Jeren", "Джерен", "Dzheren"),
          new Part("Maral", "Марал", "Maral"),
          new Part("Gülşat", "Гульшат", "Gulshat"),
          new Part("Mähri", "Мяхри", "Mahri"),
          new Part("Enejan", "Энеджан", "Enedzhan"),
          new Part("Ogulnabat", "Огулнабат", "Ogulnabat"),
          new Part("Selbi", "Сельби", "Selbi"),
          new Part("Sähra", "Сахра", "Sakhra"),
          new Part("Meňli", "Менли", "Menli"),
          new Part("Gözel", "Гозель", "Gozel"),
          new Part("Bibijan", "Бибиджан", "Bibidzhan"),
          new Part("Jemal", "Джемал", "Dzhemal"),
          new Part("Mariýa", "Мария", "Mariya"),
          new Part("Şirin", "Ширин", "Shirin"),
          new Part("Ogulgerek", "Огулгерек", "Ogulgerek"),
          new Part("Aýna", "Айна", "Aina"),
          new Part("Läle", "Ляле", "Lyale"),
          new Part("Näzik", "Назик", "Nazik"),
          new Part("Gulnara", "Гульнара", "Gulnara"),
          new Part("Leýla", "Лейла", "Leyla"),
          new Part("Tylla", "Тылла", "Tylla"),
          new Part("Ejegyz", "Эджегыз", "Edzhegyz"),
          new Part("Bägül", "Багуль", "Bagul"),
          new Part("Oguljan", "Огулджан", "Oguldzhan"),
          new Part("Ýazgül", "Язгуль", "Yazgul"),
          new Part("Nabat", "Набат", "Nabat"),
          new Part("Hurma", "Хурма", "Khurma"),
          new Part("Dünýä", "Дунья", "Dunya"),
          new Part("Ogulşat", "Огулшат", "Ogulshat"));

  private final Random random;

  SyntheticNames(long seed) {
    this.random = new Random(seed);
  }

  /** A man's given name: usually compound (Ata+myrat), sometimes a single name. */
  Part manName() {
    if (random.nextInt(4) == 0) {
      return pick(GIVEN_SINGLE);
    }
    Part start = pick(NAME_STARTS);
    Part end = pick(NAME_ENDS);
    return new Part(
        start.turkmen() + end.turkmen(),
        start.cyrillic() + end.cyrillic(),
        start.english() + end.english());
  }

  /** The family name made from a man's name, in the three scripts. */
  static Part familyName(Part fromName, boolean woman) {
    String f = woman ? "a" : "";
    return new Part(
        turkmenFamilyStem(fromName.turkmen()) + f,
        fromName.cyrillic()
            + (endsWithVowel(fromName.cyrillic()) ? "ев" : "ов")
            + (woman ? "а" : ""),
        fromName.english() + (endsWithVowel(fromName.english()) ? "ev" : "ov") + f);
  }

  /** A full name "Family Given [Patronymic]" in one randomly chosen script. */
  String fullName() {
    boolean woman = random.nextBoolean();
    int script = pickScript();
    Part family = familyName(manName(), woman);
    Part given = woman ? pick(WOMEN) : manName();
    StringBuilder name = new StringBuilder();
    name.append(family.in(script)).append(' ').append(given.in(script));
    if (random.nextInt(10) < 4) {
      Part father = manName();
      String marker = script == 1 ? (woman ? "кызы" : "оглы") : woman ? "gyzy" : "ogly";
      name.append(' ').append(father.in(script)).append(' ').append(marker);
    }
    return name.toString();
  }

  /** 50% Turkmen Latin, 30% Cyrillic, 20% English. */
  int pickScript() {
    int roll = random.nextInt(10);
    return roll < 5 ? 0 : roll < 8 ? 1 : 2;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  Random random() {
    return random;
  }

  private static String turkmenFamilyStem(String name) {
    String stem = name;
    char last = stem.charAt(stem.length() - 1);
    if (last == 't' && stem.length() > 1 && isTurkmenVowel(stem.charAt(stem.length() - 2))) {
      stem = stem.substring(0, stem.length() - 1) + "d";
    } else if (last == 'ç') {
      stem = stem.substring(0, stem.length() - 1) + "j";
    } else if (last == 'k') {
      stem = stem.substring(0, stem.length() - 1) + "g";
    }
    if (isTurkmenVowel(stem.charAt(stem.length() - 1))) {
      return stem + "ýew";
    }
    for (int i = stem.length() - 1; i >= 0; i--) {
      char c = stem.charAt(i);
      if ("eäöüi".indexOf(c) >= 0) {
        return stem + "ew";
      }
      if ("aouy".indexOf(c) >= 0) {
        return stem + "ow";
      }
    }
    return stem + "ow";
  }

  private static boolean isTurkmenVowel(char c) {
    return "aeäiouöüy".indexOf(c) >= 0;
  }

  private static boolean endsWithVowel(String name) {
    return "аеиоуыэюяaeiouy".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) >= 0;
  }
}
