package org.depder.app.infocard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.depder.app.i18n.Language;
import org.depder.domain.reference.Hotline;

/**
 * The information card handed to a person: one A6 page in the person's language with the hotline
 * numbers and their rights, worded so that it is safe to carry (decision 0006). It holds no
 * personal data. The font (DejaVu Sans, bundled) is embedded as a subset, so Turkmen and Cyrillic
 * letters print on any reader and printer.
 */
public final class InformationCard {
  /** A6: fits in a passport, a pocket or a phone case (decision 0006). */
  public static final PDRectangle PAGE = PDRectangle.A6;

  private static final float MARGIN = 20f;
  private static final float MIN_SCALE = 0.5f;
  private static final float FOOTER_SIZE = 6.5f;
  private static final float USABLE_HEIGHT = PAGE.getHeight() - 2 * MARGIN - 6f;

  private InformationCard() {}

  /**
   * Writes the card as a PDF to {@code out} (not closed).
   *
   * @param language the interview language of the screening, not the screener's UI language
   * @param issued printed in the footer with the data versions, since numbers may change
   */
  public static void render(
      Language language, HotlineDirectory hotlines, LocalDate issued, OutputStream out)
      throws IOException {
    CardTexts texts = CardTexts.bundled();
    try (PDDocument document = new PDDocument()) {
      PDFont regular = font(document, "DejaVuSans.ttf");
      PDFont bold = font(document, "DejaVuSans-Bold.ttf");
      List<Block> blocks = blocks(texts, language, hotlines);
      String footer = footer(texts, language, hotlines, issued);
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      float scale = 1f;
      while (scale > MIN_SCALE && height(blocks, regular, bold, scale) > USABLE_HEIGHT) {
        scale -= 0.05f;
      }
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = PAGE.getHeight() - MARGIN;
        for (Block block : blocks) {
          y = draw(content, block, block.bold() ? bold : regular, scale, y);
        }
        content.beginText();
        float fits = (PAGE.getWidth() - 2 * MARGIN) / (regular.getStringWidth(footer) / 1000f);
        content.setFont(regular, Math.min(FOOTER_SIZE, fits));
        content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        content.newLineAtOffset(MARGIN, MARGIN - 6f);
        content.showText(footer);
        content.endText();
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(texts.title().in(language.code()));
      document.setDocumentInformation(info);
      document.getDocumentCatalog().setLanguage(language.code());
      document.save(out);
    }
  }

  /** One paragraph: its text, size in points at scale 1, style, indent and space above. */
  record Block(String text, float size, boolean bold, String bullet, float spaceBefore) {}

  static List<Block> blocks(CardTexts texts, Language language, HotlineDirectory hotlines) {
    String lang = language.code();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(texts.title().in(lang), 17f, true, "", 0f));
    blocks.add(new Block(texts.intro().in(lang), 9.5f, false, "", 8f));
    for (Hotline hotline : hotlines.hotlines()) {
      blocks.add(new Block(hotline.city().in(lang), 9.5f, false, "", 7f));
      blocks.add(new Block(hotline.phone(), 15f, true, "", 1f));
      hotline
          .hours()
          .ifPresent(
              h ->
                  blocks.add(
                      new Block(texts.hours().in(lang).replace("{0}", h), 8.5f, false, "", 1f)));
    }
    blocks.add(new Block(texts.anonymous().in(lang), 8.5f, false, "", 8f));
    blocks.add(new Block(texts.rightsHeading().in(lang), 11f, true, "", 10f));
    for (var right : texts.rights()) {
      blocks.add(new Block(right.in(lang), 8.5f, false, "\u2022", 3f));
    }
    blocks.add(new Block(texts.keep().in(lang), 8.5f, false, "", 9f));
    return blocks;
  }

  static String footer(
      CardTexts texts, Language language, HotlineDirectory hotlines, LocalDate issued) {
    DateTimeFormatter date =
        language == Language.EN
            ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            : DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    return texts
        .footer()
        .in(language.code())
        .replace("{0}", date.format(issued))
        .replace("{1}", hotlines.version().tag() + ", " + texts.version().tag());
  }

  private static PDFont font(PDDocument document, String file) throws IOException {
    try (InputStream in = InformationCard.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("missing font " + file);
      }
      return PDType0Font.load(document, in, true);
    }
  }

  private static float height(List<Block> blocks, PDFont regular, PDFont bold, float scale)
      throws IOException {
    float total = 0;
    for (Block block : blocks) {
      float size = block.size() * scale;
      int lines =
          wrap(block.bold() ? bold : regular, size, block.text(), width(block, size)).size();
      total += block.spaceBefore() * scale + lines * leading(size);
    }
    return total;
  }

  private static float draw(
      PDPageContentStream content, Block block, PDFont font, float scale, float top)
      throws IOException {
    float size = block.size() * scale;
    float y = top - block.spaceBefore() * scale;
    float indent = indent(block, size);
    boolean first = true;
    for (String line : wrap(font, size, block.text(), width(block, size))) {
      y -= leading(size);
      content.beginText();
      content.setFont(font, size);
      if (first && !block.bullet().isEmpty()) {
        content.newLineAtOffset(MARGIN, y + size * 0.25f);
        content.showText(block.bullet());
        content.endText();
        content.beginText();
      }
      content.newLineAtOffset(MARGIN + indent, y + size * 0.25f);
      content.showText(line);
      content.endText();
      first = false;
    }
    return y;
  }

  private static float leading(float size) {
    return size * 1.25f;
  }

  private static float indent(Block block, float size) {
    return block.bullet().isEmpty() ? 0f : size * 1.1f;
  }

  private static float width(Block block, float size) {
    return PAGE.getWidth() - 2 * MARGIN - indent(block, size);
  }

  /** Greedy word wrap; a word longer than the line stands alone on its line. */
  static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000f * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
