package org.depder.app.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.reference.ServiceEntry;
import org.depder.domain.screening.VersionRef;

/**
 * The printable referral letter (issue 7 item 9): one A4 page holding only the referral packet,
 * first in the language the receiving service reads, then, below a cut line, the same in the
 * person's language when that differs and is one of ours (tk, ru, en). The bundled DejaVu Sans is
 * embedded as a subset, so Turkmen and Cyrillic letters print anywhere.
 */
public final class ReferralLetter {
  public static final PDRectangle PAGE = PDRectangle.A4;

  private static final float MARGIN = 50f;
  private static final float LABEL_WIDTH = 150f;
  private static final float MIN_SCALE = 0.5f;
  private static final String FONTS = "/org/depder/app/infocard/";

  private ReferralLetter() {}

  /** The languages of the two sections; one section when the person's is the same or not ours. */
  static List<Language> languages(ServiceEntry service, ReferralPacket packet) {
    Language first = Language.fromCode(service.letterLanguage()).orElse(Language.TK);
    List<Language> result = new ArrayList<>(List.of(first));
    Optional<Language> person = Language.fromCode(packet.language());
    person.filter(p -> p != first).ifPresent(result::add);
    return result;
  }

  public static void render(
      ReferralPacket packet,
      ServiceEntry service,
      VersionRef directory,
      LocalDate issued,
      OutputStream out)
      throws IOException {
    List<Language> languages = languages(service, packet);
    List<List<LetterSection.Line>> sections = new ArrayList<>();
    for (int i = 0; i < languages.size(); i++) {
      sections.add(LetterSection.lines(packet, service, issued, languages.get(i), i > 0));
    }
    Messages first = Messages.load(languages.get(0));
    try (PDDocument document = new PDDocument()) {
      PDFont regular = font(document, "DejaVuSans.ttf");
      PDFont bold = font(document, "DejaVuSans-Bold.ttf");
      Layout layout = new Layout(regular, bold);
      float usable = PAGE.getHeight() - 2 * MARGIN - 12f;
      float scale = 1f;
      while (scale > MIN_SCALE && layout.height(sections, scale) > usable) {
        scale -= 0.05f;
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = PAGE.getHeight() - MARGIN;
        for (int i = 0; i < sections.size(); i++) {
          if (i > 0) {
            y = layout.cutLine(content, y, scale);
          }
          for (LetterSection.Line line : sections.get(i)) {
            y = layout.draw(content, line, scale, y);
          }
        }
        String footer = first.text(ReferralLabels.LETTER_FOOTER, directory.tag());
        content.beginText();
        content.setFont(regular, 7f);
        content.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        content.newLineAtOffset(MARGIN, MARGIN - 20f);
        content.showText(footer);
        content.endText();
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(first.text(ReferralLabels.LETTER_TITLE) + " " + packet.caseNumber());
      document.setDocumentInformation(info);
      document.getDocumentCatalog().setLanguage(languages.get(0).code());
      document.save(out);
    }
  }

  private static PDFont font(PDDocument document, String file) throws IOException {
    try (InputStream in = ReferralLetter.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("missing font " + file);
      }
      return PDType0Font.load(document, in, true);
    }
  }

  /** Sizes, wrapping and drawing of the lines. */
  private static final class Layout {
    private final PDFont regular;
    private final PDFont bold;

    Layout(PDFont regular, PDFont bold) {
      this.regular = regular;
      this.bold = bold;
    }

    float height(List<List<LetterSection.Line>> sections, float scale) throws IOException {
      float total = 0;
      for (int i = 0; i < sections.size(); i++) {
        total += i > 0 ? 36f * scale : 0f;
        for (LetterSection.Line line : sections.get(i)) {
          total += lineHeight(line, scale);
        }
      }
      return total;
    }

    private float lineHeight(LetterSection.Line line, float scale) throws IOException {
      float size = size(line.kind()) * scale;
      int lines = wrap(font(line), size, text(line), width(line)).size();
      return before(line.kind()) * scale + lines * size * 1.3f;
    }

    float draw(PDPageContentStream content, LetterSection.Line line, float scale, float top)
        throws IOException {
      float size = size(line.kind()) * scale;
      float y = top - before(line.kind()) * scale;
      float x = MARGIN;
      boolean grey = line.kind() == LetterSection.Kind.NOTE;
      if (line.kind() == LetterSection.Kind.FIELD) {
        content.beginText();
        content.setFont(bold, size);
        content.newLineAtOffset(MARGIN, y - size);
        content.showText(line.label());
        content.endText();
        x = MARGIN + LABEL_WIDTH;
      }
      for (String part : wrap(font(line), size, text(line), width(line))) {
        content.beginText();
        content.setFont(font(line), size);
        content.setNonStrokingColor(grey ? 0.3f : 0f, grey ? 0.3f : 0f, grey ? 0.3f : 0f);
        content.newLineAtOffset(x, y - size);
        content.showText(part);
        content.endText();
        y -= size * 1.3f;
      }
      content.setNonStrokingColor(0f, 0f, 0f);
      return y;
    }

    float cutLine(PDPageContentStream content, float y, float scale) throws IOException {
      float middle = y - 18f * scale;
      content.setLineDashPattern(new float[] {4f, 3f}, 0f);
      content.setStrokingColor(0.5f, 0.5f, 0.5f);
      content.moveTo(MARGIN, middle);
      content.lineTo(PAGE.getWidth() - MARGIN, middle);
      content.stroke();
      content.setLineDashPattern(new float[] {}, 0f);
      return y - 36f * scale;
    }

    private PDFont font(LetterSection.Line line) {
      return switch (line.kind()) {
        case TITLE, SUBTITLE -> bold;
        default -> regular;
      };
    }

    private static String text(LetterSection.Line line) {
      return line.kind() == LetterSection.Kind.FIELD ? line.value() : line.label();
    }

    private static float width(LetterSection.Line line) {
      float full = PAGE.getWidth() - 2 * MARGIN;
      return line.kind() == LetterSection.Kind.FIELD ? full - LABEL_WIDTH : full;
    }

    private static float size(LetterSection.Kind kind) {
      return switch (kind) {
        case TITLE -> 18f;
        case SUBTITLE -> 12f;
        case NOTE -> 8.5f;
        default -> 10.5f;
      };
    }

    private static float before(LetterSection.Kind kind) {
      return switch (kind) {
        case TITLE -> 0f;
        case FIELD -> 4f;
        case NOTE -> 12f;
        default -> 6f;
      };
    }

    /** Greedy word wrap; a word longer than the line stands alone on its line. */
    private static List<String> wrap(PDFont font, float size, String text, float width)
        throws IOException {
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
}
