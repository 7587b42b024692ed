package org.depder.app.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.depder.app.infocard.AtomicFile;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ServiceDirectorySource;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.domain.reference.ServiceEntry;

/**
 * Makes the referral letter of a sent referral from its packet and the service directory, and
 * writes it whole or not at all. Reads reference data and fonts: call it off the UI thread.
 */
public final class ReferralLetterService {
  private final ServiceDirectorySource loader;

  /**
   * @param loader the directory in use: the built-in one, or the newest the server published
   */
  public ReferralLetterService(ServiceDirectorySource loader) {
    this.loader = loader;
  }

  public ServiceDirectory services() throws ReferralLetterException {
    try {
      return loader.services();
    } catch (ReferenceDataException e) {
      throw new ReferralLetterException(ReferralLetterException.Code.SERVICES_UNAVAILABLE, e);
    }
  }

  /** The letter as PDF bytes. */
  public byte[] render(ReferralPacket packet, LocalDate issued) throws ReferralLetterException {
    ServiceDirectory directory = services();
    ServiceEntry service =
        directory
            .byId(packet.serviceId())
            .orElseThrow(
                () ->
                    new ReferralLetterException(
                        ReferralLetterException.Code.UNKNOWN_SERVICE, null));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      ReferralLetter.render(packet, service, directory.version(), issued, pdf);
    } catch (IOException e) {
      throw new ReferralLetterException(ReferralLetterException.Code.RENDER_FAILED, e);
    }
    return pdf.toByteArray();
  }

  /** Renders the letter and writes it atomically to {@code target}. */
  public void write(Path target, ReferralPacket packet, LocalDate issued)
      throws ReferralLetterException {
    byte[] pdf = render(packet, issued);
    try {
      AtomicFile.write(target, pdf);
    } catch (IOException e) {
      throw new ReferralLetterException(ReferralLetterException.Code.WRITE_FAILED, e);
    }
  }
}
