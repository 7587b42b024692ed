package org.depder.app.infocard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.depder.app.i18n.Language;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;

/**
 * Makes the card from the hotline reference data and writes it to a file the user chose, whole or
 * not at all. Reads reference data and fonts: call it off the UI thread.
 */
public final class InformationCardService {
  private final ReferenceDataLoader loader;

  public InformationCardService(ReferenceDataLoader loader) {
    this.loader = loader;
  }

  public HotlineDirectory hotlines() throws InformationCardException {
    try {
      return new HotlineDirectory(loader.hotlinesVersion(), loader.hotlines());
    } catch (ReferenceDataException e) {
      throw new InformationCardException("the hotline reference data does not load", e);
    }
  }

  /** Renders the card in {@code language} and writes it atomically to {@code target}. */
  public void write(Path target, Language language, LocalDate issued)
      throws InformationCardException {
    HotlineDirectory hotlines = hotlines();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      InformationCard.render(language, hotlines, issued, pdf);
    } catch (IOException e) {
      throw new InformationCardException("the information card could not be rendered", e);
    }
    try {
      AtomicFile.write(target, pdf.toByteArray());
    } catch (IOException e) {
      throw new InformationCardException("the information card file could not be written", e);
    }
  }
}
