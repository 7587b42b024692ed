package org.depder.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.cases.Referrals;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Sex;
import org.depder.domain.cases.Urgency;
import org.depder.domain.reference.ServiceEntry;
import org.depder.domain.screening.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralLetterTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 29);
  private static final Instant T0 = Instant.parse("2026-11-29T06:00:00Z");
  private static final String WORKER = "0190f3a0-1111-7222-8333-444455556666";

  /** Things a case knows that must never reach a letter. */
  private static final String NAME = "Aýgül Şöhratowa";

  private static final String ANSWER = "kept my passport in Antalya";

  private final ReferralLetterService service =
      new ReferralLetterService(ReferenceDataLoader.bundled());

  /** The whole path: a case with private notes, consent, a sent referral, its packet. */
  private static ReferralPacket packetOfASentReferral(String serviceId, String language) {
    var facts =
        new CaseOpening.Facts(
            UUID.randomUUID(), "TM-L", AgeBand.FROM_18_TO_25, false, Sex.FEMALE, language);
    Case c =
        CaseOpening.fromScreening(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "DC-7K3F-9Q2M",
                facts,
                UUID.randomUUID(),
                Outcome.PRESUMED_VICTIM_REFER_NRM,
                T0,
                WORKER)
            .opened();
    Consent consent =
        new Consent(
            UUID.randomUUID(),
            c.id(),
            ConsentPurpose.REFERRAL,
            serviceId,
            ConsentDecision.GIVEN,
            ConsentGiver.PERSON,
            ConsentForm.SIGNED,
            language,
            T0,
            WORKER,
            NAME + ": " + ANSWER,
            Optional.empty(),
            Optional.empty());
    Referral r =
        Referral.propose(
            UUID.randomUUID(),
            c.id(),
            serviceId,
            Set.of(ServiceNeed.SHELTER, ServiceNeed.MEDICAL, ServiceNeed.PSYCHOLOGICAL),
            Urgency.WITHIN_THREE_DAYS,
            ContactMethod.THROUGH_REFERRING_WORKER,
            "+993 00 000000",
            T0,
            WORKER);
    var sent = (Referrals.Sent) Referrals.send(c, r, List.of(consent), List.of(), T0, WORKER);
    return sent.packet();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void onePageInTheServicesLanguageThenThePersonsWithEveryFontEmbedded() throws Exception {
    byte[] pdf = service.render(packetOfASentReferral("tm-shelter-ngo", "ru"), ISSUED);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("tk");
      PDPage page = doc.getPage(0);
      List<PDFont> fonts = new ArrayList<>();
      for (var name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
    }
    String text = text(pdf).replace("\r", "");
    int tk = text.indexOf("Gönükdirme");
    int ru = text.indexOf("Направление");
    assertThat(tk).isNotNegative();
    assertThat(ru).isGreaterThan(tk);
    assertThat(text)
        .contains(
            "Jemgyýetçilik guramasynyň gaçybatalgasy",
            "Приют неправительственной организации",
            "DC-7K3F-9Q2M",
            "Gaçybatalga",
            "Lukmançylyk kömegi",
            "Психологическая помощь",
            "Üç günüň dowamynda",
            "В течение трёх дней",
            "+993 00 000000",
            "Русский",
            "tm-services-2026.1");
  }

  /** Only the packet: no name, no interview, no note, no internal id, in any language. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void holdsOnlyTheReferralPacket(Language person) throws Exception {
    ReferralPacket packet = packetOfASentReferral("tm-shelter-ngo", person.code());
    String text = text(service.render(packet, ISSUED));
    assertThat(text)
        .doesNotContain(NAME, "Aýgül", "Şöhratowa", ANSWER, "passport", "Antalya", WORKER);
    assertThat(text.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("traffick", "victim", "жертв", "торговл", "pida", "söwda");
    // every word printed comes from the letter's own labels or from the packet
    StringBuilder allowed = new StringBuilder();
    for (Language l :
        ReferralLetter.languages(service.services().byId("tm-shelter-ngo").orElseThrow(), packet)) {
      Messages m = Messages.load(l);
      for (String key :
          List.of(
              ReferralLabels.LETTER_TITLE,
              ReferralLabels.LETTER_PERSON_COPY,
              ReferralLabels.LETTER_CASE_NUMBER,
              ReferralLabels.LETTER_AGE_BAND,
              ReferralLabels.LETTER_SEX,
              ReferralLabels.LETTER_LANGUAGE,
              ReferralLabels.LETTER_URGENCY,
              ReferralLabels.LETTER_CONTACT,
              ReferralLabels.LETTER_NEEDS,
              ReferralLabels.LETTER_CONFIDENTIAL,
              ReferralLabels.ageBand(packet.ageBand()),
              ReferralLabels.sex(packet.sex()),
              ReferralLabels.urgency(packet.urgency()),
              ReferralLabels.contactMethod(packet.contactMethod()))) {
        allowed.append(' ').append(m.text(key));
      }
      packet.needs().forEach(n -> allowed.append(' ').append(m.text(ReferralLabels.need(n))));
      allowed.append(' ').append(m.text(ReferralLabels.LETTER_TO, "x"));
      allowed.append(' ').append(m.text(ReferralLabels.LETTER_DATE, m.date(ISSUED)));
      allowed.append(' ').append(m.text(ReferralLabels.LETTER_FOOTER, "tm-services-2026.1"));
      allowed
          .append(' ')
          .append(service.services().byId("tm-shelter-ngo").orElseThrow().name().in(l.code()));
    }
    allowed.append(' ').append(packet.caseNumber()).append(' ').append(packet.contactDetail());
    allowed.append(' ').append(LetterSection.languageName(packet.language()));
    for (String word : text.split("\\s+")) {
      String bare = word.replaceAll("^[\\p{Punct}«»—]+|[\\p{Punct}«»—]+$", "");
      if (!bare.isEmpty()) {
        assertThat(allowed.toString()).as("printed word").contains(bare);
      }
    }
  }

  @Test
  void oneSectionWhenThePersonReadsTheServicesLanguageOrOneWeDoNotHave() throws Exception {
    String same = text(service.render(packetOfASentReferral("tm-shelter-ngo", "tk"), ISSUED));
    assertThat(same).doesNotContain("adamyň öz dilinde");
    String other = text(service.render(packetOfASentReferral("tm-shelter-ngo", "uz"), ISSUED));
    assertThat(other).doesNotContain("adamyň öz dilinde").contains("UZ");
  }

  @Test
  void anUnknownServiceIsReportedByCode() {
    var e =
        catchThrowableOfType(
            ReferralLetterException.class,
            () -> service.render(packetOfASentReferral("no-such-service", "tk"), ISSUED));
    assertThat(e.code()).isEqualTo(ReferralLetterException.Code.UNKNOWN_SERVICE);
    assertThat(e.messageKey()).isEqualTo(ReferralLabels.ERROR_UNKNOWN_SERVICE);
  }

  @Test
  void theServiceWritesTheWholeFileAndNoTemporaryIsLeft(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("letter.pdf");
    Files.writeString(target, "older content");
    service.write(target, packetOfASentReferral("tm-iom", "tk"), ISSUED);
    try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void everyNeedAtOnceStillFitsOnePage() throws Exception {
    ReferralPacket p = packetOfASentReferral("tm-iom", "ru");
    ReferralPacket all =
        new ReferralPacket(
            p.caseNumber(),
            p.serviceId(),
            p.ageBand(),
            p.sex(),
            p.language(),
            Set.of(ServiceNeed.values()),
            Urgency.IMMEDIATE,
            ContactMethod.PHONE_AGREED_NUMBER,
            "+993 00 000000, 09:00–18:00");
    try (PDDocument doc = Loader.loadPDF(service.render(all, ISSUED))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
    }
  }

  /** Not an assertion: the PNGs under docs/screenshots/referral-letter are made from these. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void writesAPictureForReview(Language language) throws Exception {
    ServiceEntry shelter = service.services().byId("tm-shelter-ngo").orElseThrow();
    ServiceEntry addressee =
        new ServiceEntry(
            shelter.id(),
            shelter.category(),
            shelter.country(),
            shelter.region(),
            shelter.name(),
            shelter.address(),
            shelter.phone(),
            shelter.email(),
            shelter.hours(),
            shelter.capacity(),
            language.code(),
            shelter.serves(),
            shelter.verify(),
            shelter.toBeConfirmed());
    String person = language == Language.TK ? "ru" : "tk";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReferralLetter.render(
        packetOfASentReferral(shelter.id(), person),
        addressee,
        service.services().version(),
        ISSUED,
        out);
    Path dir = Path.of("target", "screenshots", "referral-letter");
    Files.createDirectories(dir);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
      ImageIO.write(image, "png", dir.resolve("letter-" + language.code() + ".png").toFile());
      assertThat(image.getHeight()).isGreaterThan(image.getWidth());
    }
  }
}
