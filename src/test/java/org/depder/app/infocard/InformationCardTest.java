package org.depder.app.infocard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.depder.app.i18n.Language;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.domain.reference.Hotline;
import org.depder.domain.screening.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InformationCardTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 29);

  /**
   * Words that must never be on a card a person carries: what happened to them, what they were
   * screened for, who screened them (en, ru, tk; lower case, matched as substrings).
   */
  static final List<String> FORBIDDEN =
      List.of(
          // en
          "traffick",
          "victim",
          "exploit",
          "screening",
          "slave",
          "forced",
          "smuggl",
          "prostitut",
          "sexual",
          "abuse",
          "survivor",
          "referral",
          "indicator",
          "border guard",
          "police",
          // ru
          "торговл",
          "жертв",
          "эксплуат",
          "скрининг",
          "рабств",
          "принуд",
          "пострадавш",
          "потерпевш",
          "вербов",
          "проститу",
          "сексуальн",
          "насили",
          "перенаправл",
          "индикатор",
          "полици",
          "пограничн",
          // tk
          "adam söwda",
          "söwdasy",
          "pida",
          "ezmek",
          "ekspluat",
          "mejbur",
          "jebir",
          "ejir",
          "deslapky barlag",
          "jynsy",
          "zorluk",
          "gönükdir",
          "ugrukdyr",
          "görkeziji",
          "polisiýa",
          "serhet",
          "gul edil");

  private final InformationCardService service =
      new InformationCardService(ReferenceDataLoader.bundled());

  @ParameterizedTest
  @EnumSource(Language.class)
  void oneA6PageWithEveryBundledNumberInTheLanguage(Language language) throws Exception {
    HotlineDirectory hotlines = service.hotlines();
    try (PDDocument pdf = Loader.loadPDF(render(language, hotlines))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      PDRectangle size = pdf.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isCloseTo(PDRectangle.A6.getWidth(), within());
      assertThat(size.getHeight()).isCloseTo(PDRectangle.A6.getHeight(), within());
      String text = new PDFTextStripper().getText(pdf);
      assertThat(hotlines.hotlines()).isNotEmpty();
      for (Hotline h : hotlines.hotlines()) {
        assertThat(text).contains(h.phone(), h.city().in(language.code()));
      }
      assertThat(text).contains("29", "2026", hotlines.version().tag(), "tm-infocard-2026.1");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(language.code());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyFontIsEmbedded(Language language) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(render(language, service.hotlines()))) {
      PDPage page = pdf.getPage(0);
      List<PDFont> fonts = new ArrayList<>();
      for (var name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
    }
  }

  @Test
  void turkmenAndCyrillicLettersSurviveExtraction() throws Exception {
    String tk = text(Language.TK);
    assertThat(tk)
        .contains("Kömek we maslahat", "Aşgabat", "Türkmenabat", "hukuklaryňyz", "ýurduňyzyň");
    for (char c : "äçňöşüý".toCharArray()) {
      assertThat(tk.indexOf(c)).as("letter %s", c).isNotNegative();
    }
    String ru = text(Language.RU);
    assertThat(ru).contains("Помощь и консультации", "Ашхабад", "Туркменабат", "надёжном");
  }

  /** The letters that are not in any card text today (Ž, Ň) must still print when data has them. */
  @Test
  void capitalTurkmenLettersPrintFromData() throws Exception {
    Hotline h =
        new Hotline(
            "x",
            "+993 00 000000",
            new LocalizedText("Zhanga", "Жанга", "ŽAŇA ÄÇÖŞÜÝ"),
            new LocalizedText("o", "o", "o"),
            Optional.of("24/7"),
            false);
    HotlineDirectory one =
        new HotlineDirectory(new org.depder.domain.screening.VersionRef("t", "1"), List.of(h));
    try (PDDocument pdf = Loader.loadPDF(render(Language.TK, one))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("ŽAŇA ÄÇÖŞÜÝ", "Iş wagty: 24/7");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void saysNothingAboutWhyTheCardWasGiven(Language language) throws Exception {
    String text = text(language).toLowerCase(Locale.ROOT);
    assertThat(FORBIDDEN).allSatisfy(word -> assertThat(text).doesNotContain(word));
  }

  @Test
  void everyTextInEveryLanguageIsFreeOfForbiddenWords() throws IOException {
    CardTexts texts = CardTexts.bundled();
    for (Language language : Language.values()) {
      for (String text : texts.all(language)) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(FORBIDDEN).allSatisfy(word -> assertThat(lower).doesNotContain(word));
      }
    }
  }

  /** The first version of the card-text format must keep reading (golden fixture). */
  @Test
  void theFormatOneFixtureStillReads() throws IOException {
    try (var in = getClass().getResourceAsStream("/fixtures/infocard-texts-v1.json")) {
      CardTexts texts = CardTexts.read(in);
      assertThat(texts.version().tag()).isEqualTo("tm-infocard-2026.1");
      assertThat(texts.title().tk()).isEqualTo("Kömek we maslahat");
      assertThat(texts.title().ru()).isEqualTo("Помощь и консультации");
      assertThat(texts.rights()).hasSize(5);
      assertThat(texts.footer().en()).isEqualTo("Issued {0} · Data {1}");
    }
  }

  /** Structure, not bytes: the blocks in order, the numbers under their cities, the footer. */
  @Test
  void structureOfTheEnglishCard() throws Exception {
    String text = text(Language.EN);
    List<String> order =
        List.of(
            "Help and advice",
            "If you need help, advice or a safe place",
            "Ashgabat",
            "+993 12 463514",
            "Turkmenabat",
            "+993 422 32229",
            "without giving your name",
            "Your rights",
            "passport",
            "consulate",
            "medical help",
            "interpreter",
            "You decide",
            "Keep this card",
            "Issued 29 Nov 2026 · Data tm-hotlines-2026.1, tm-infocard-2026.1");
    int at = -1;
    for (String part : order) {
      int next = text.replace('\n', ' ').replace("\r", "").indexOf(part, at + 1);
      assertThat(next).as("after the previous block: %s", part).isGreaterThan(at);
      at = next;
    }
    assertThat(text).doesNotContain("verify", "Ynamly", "Operator");
  }

  @Test
  void manyHotlinesStillFitOnePage() throws Exception {
    HotlineDirectory bundled = service.hotlines();
    List<Hotline> many = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      many.addAll(bundled.hotlines());
    }
    try (PDDocument pdf =
        Loader.loadPDF(render(Language.RU, new HotlineDirectory(bundled.version(), many)))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void theServiceWritesTheWholeFileAndNoTemporaryIsLeft(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("card.pdf");
    Files.writeString(target, "older content");
    service.write(target, Language.TK, ISSUED);
    try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  /** Not an assertion: the PNGs under docs/screenshots/infocard are made from these. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void writesAPictureForReview(Language language) throws Exception {
    Path out = Path.of("target", "screenshots", "infocard");
    Files.createDirectories(out);
    try (PDDocument pdf = Loader.loadPDF(render(language, service.hotlines()))) {
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
      ImageIO.write(image, "png", out.resolve("card-" + language.code() + ".png").toFile());
      assertThat(image.getWidth()).isGreaterThan(image.getHeight() / 2);
    }
  }

  private byte[] render(Language language, HotlineDirectory hotlines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InformationCard.render(language, hotlines, ISSUED, out);
    return out.toByteArray();
  }

  private String text(Language language) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(render(language, service.hotlines()))) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(0.5f);
  }
}
