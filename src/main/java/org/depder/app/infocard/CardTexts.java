package org.depder.app.infocard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.depder.app.i18n.Language;
import org.depder.domain.screening.LocalizedText;
import org.depder.domain.screening.VersionRef;

/**
 * The card's wording in en, ru and tk, read from {@code referencedata/infocard.json}: reference
 * data, not UI strings, because it is printed in the person's language whatever the screener's UI
 * language is, and it is reviewed and versioned as one text (decision 0006).
 */
record CardTexts(
    VersionRef version,
    LocalizedText title,
    LocalizedText intro,
    LocalizedText hours,
    LocalizedText anonymous,
    LocalizedText rightsHeading,
    List<LocalizedText> rights,
    LocalizedText keep,
    LocalizedText footer) {
  static final String RESOURCE = "referencedata/infocard.json";
  static final String FORMAT = "depder.infocard/1";

  CardTexts {
    rights = List.copyOf(rights);
  }

  static CardTexts bundled() throws IOException {
    try (InputStream in = CardTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      return read(in);
    }
  }

  /** Reads a {@value #FORMAT} file (the golden fixture holds the first version). */
  static CardTexts read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IOException("unsupported format of the card texts");
    }
    JsonNode t = root.path("texts");
    List<LocalizedText> rights = new ArrayList<>();
    for (JsonNode right : t.path("rights")) {
      rights.add(text(right, "rights"));
    }
    return new CardTexts(
        new VersionRef(root.path("id").asText(), root.path("version").asText()),
        text(t.path("title"), "title"),
        text(t.path("intro"), "intro"),
        text(t.path("hours"), "hours"),
        text(t.path("anonymous"), "anonymous"),
        text(t.path("rightsHeading"), "rightsHeading"),
        rights,
        text(t.path("keep"), "keep"),
        text(t.path("footer"), "footer"));
  }

  /** Every text of the card in one language, in the order printed (for checks). */
  List<String> all(Language language) {
    List<String> out = new ArrayList<>();
    for (LocalizedText text :
        List.of(title, intro, hours, anonymous, rightsHeading, keep, footer)) {
      out.add(text.in(language.code()));
    }
    rights.forEach(r -> out.add(r.in(language.code())));
    return out;
  }

  private static LocalizedText text(JsonNode node, String field) throws IOException {
    String en = node.path("en").asText("");
    String ru = node.path("ru").asText("");
    String tk = node.path("tk").asText("");
    if (en.isBlank() || ru.isBlank() || tk.isBlank()) {
      throw new IOException("a text is missing a language: " + field);
    }
    return new LocalizedText(en, ru, tk);
  }
}
