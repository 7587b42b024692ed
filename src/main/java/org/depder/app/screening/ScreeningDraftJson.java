package org.depder.app.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.depder.app.i18n.Language;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreenerJudgement;
import org.depder.domain.screening.ScreeningContext;

/**
 * The payload of a {@code screening} record: the whole {@link ScreeningDraft} as JSON with a {@code
 * "format"} field ({@value #FORMAT}). Enums are stored by constant name, instants and dates in
 * ISO-8601, absent optional values are left out. Written explicitly rather than by reflection so
 * that renaming a Java field cannot silently change the stored format; a new format gets a new
 * number and this class keeps reading the older ones ({@code fixtures/screening-draft-v1.json},
 * {@code -v2.json}).
 *
 * <p>Format 2 adds {@code "identification"} (name as given, birth year, document number, linked
 * person id, "a different person" confirmed) and {@code "openStep"}. A format-1 payload reads with
 * no identification and no remembered step. The number was raised rather than the fields slipped
 * into format 1: a format-1 reader would otherwise drop the name silently on its next save.
 */
public final class ScreeningDraftJson {
  public static final int FORMAT = 2;
  private static final int FIRST_FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScreeningDraftJson() {}

  public static byte[] encode(ScreeningDraft d) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("id", d.id().toString());
    root.put("revision", d.revision());
    d.correctionReason().ifPresent(v -> root.put("correctionReason", v));
    root.put("screenerId", d.screenerId());
    root.put("startedAt", d.startedAt().toString());
    root.put("updatedAt", d.updatedAt().toString());
    root.put("ruleSetVersion", d.ruleSetVersion());

    ObjectNode setting = root.putObject("setting");
    d.setting().postId().ifPresent(v -> setting.put("postId", v));
    setting.put("context", d.setting().context().name());
    setting.put("interviewLanguage", d.setting().interviewLanguage().name());
    setting.put("interpreter", d.setting().interpreter().name());
    setting.put("screenerTrainedForSensitive", d.setting().screenerTrainedForSensitive());

    ObjectNode wishes = root.putObject("wishes");
    wishes.put("interviewer", d.wishes().interviewer().name());
    wishes.put("wantsInterpreter", d.wishes().wantsInterpreter());

    ObjectNode gate = root.putObject("gate");
    gate.put("aloneAndSafeToTalk", d.gate().aloneAndSafeToTalk().name());
    gate.put("immediateDanger", d.gate().immediateDanger().name());
    gate.put("urgentMedicalNeed", d.gate().urgentMedicalNeed().name());
    gate.put("apparentChild", d.gate().apparentChild().name());

    root.put("verbalConsent", d.verbalConsent().name());

    ObjectNode child = root.putObject("childProtection");
    child.put("officerInformed", d.childProtection().officerInformed());
    child.put("officerPresent", d.childProtection().officerPresent());
    child.put("officerName", d.childProtection().officerName());

    PersonDetails p = d.person();
    ObjectNode person = root.putObject("person");
    p.ageYears().ifPresent(v -> person.put("ageYears", v));
    p.ageBand().ifPresent(v -> person.put("ageBand", v.name()));
    person.put("ageCertainty", p.ageCertainty().name());
    person.put("presumedMinor", p.presumedMinor());
    person.put("sex", p.sex().name());
    p.citizenship().ifPresent(v -> person.put("citizenship", v));
    person.put("stateless", p.stateless());
    person.put("accompaniedBy", p.accompaniedBy().name());

    Journey j = d.journey();
    ObjectNode journey = root.putObject("journey");
    j.originCountry().ifPresent(v -> journey.put("originCountry", v));
    j.destinationCountry().ifPresent(v -> journey.put("destinationCountry", v));
    journey.put("purpose", j.purpose().name());
    journey.put("arrangedBy", j.arrangedBy().name());
    j.monthsAbroad().ifPresent(v -> journey.put("monthsAbroad", v));
    j.returnedOn().ifPresent(v -> journey.put("returnedOn", v.toString()));
    journey.put("workedAbroadBefore", j.workedAbroadBefore());

    ObjectNode answers = root.putObject("answers");
    ObjectNode byItem = answers.putObject("answers");
    new TreeMap<>(d.answers().answers()).forEach((item, a) -> byItem.put(item, a.name()));
    ArrayNode sexual = answers.putArray("sexualVariantItems");
    new TreeSet<>(d.answers().sexualVariantItems()).forEach(sexual::add);

    d.judgement()
        .ifPresent(
            v -> {
              ObjectNode judgement = root.putObject("judgement");
              judgement.put("computed", v.computed().name());
              judgement.put("chosen", v.chosen().name());
              v.reason().ifPresent(r -> judgement.put("reason", r));
              v.coordinatorId().ifPresent(c -> judgement.put("coordinatorId", c));
            });

    ObjectNode consents = root.putObject("consents");
    consents.put("rightsExplained", d.consents().rightsExplained());
    ObjectNode byPurpose = consents.putObject("byPurpose");
    new TreeMap<>(d.consents().byPurpose())
        .forEach((purpose, decision) -> byPurpose.put(purpose.name(), decision.name()));

    NextAction a = d.action();
    ObjectNode action = root.putObject("action");
    ArrayNode referrals = action.putArray("referrals");
    a.referrals().stream().map(Enum::name).sorted().forEach(referrals::add);
    action.put("urgency", a.urgency().name());
    action.put("hotlineCardGiven", a.hotlineCardGiven());
    action.put("followUpOwner", a.followUpOwner());
    a.followUpOn().ifPresent(v -> action.put("followUpOn", v.toString()));

    d.stop().ifPresent(v -> root.put("stop", v.name()));
    root.put("status", d.status().name());

    PersonIdentification i = d.identification();
    ObjectNode identification = root.putObject("identification");
    identification.put("nameAsGiven", i.nameAsGiven());
    i.birthYear().ifPresent(v -> identification.put("birthYear", v));
    identification.put("documentNumber", i.documentNumber());
    i.personId().ifPresent(v -> identification.put("personId", v));
    identification.put("differentPersonConfirmed", i.differentPersonConfirmed());
    d.openStep().ifPresent(v -> root.put("openStep", v));
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree did not serialise", e);
    }
  }

  /**
   * Reads a payload of any known format.
   *
   * @throws IOException when it is not a screening draft of a known format; the message names the
   *     field, never its value
   */
  public static ScreeningDraft decode(byte[] payload) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(payload);
    } catch (IOException e) {
      // the parser's message quotes the payload: leave it out
      throw new IOException("a screening payload is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IOException("not a screening payload");
    }
    int format = root.path("format").asInt(-1);
    if (format != FIRST_FORMAT && format != FORMAT) {
      throw new IOException("unknown screening format " + format);
    }
    try {
      ScreeningDraft v1 = decodeV1(root);
      return format == FIRST_FORMAT ? v1 : withV2Fields(v1, root);
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      // these messages may quote stored values: leave them out
      throw new IOException("a screening payload does not decode: " + e.getClass().getSimpleName());
    }
  }

  private static ScreeningDraft decodeV1(JsonNode root) throws IOException {
    JsonNode setting = object(root, "setting");
    JsonNode wishes = object(root, "wishes");
    JsonNode gate = object(root, "gate");
    JsonNode child = object(root, "childProtection");
    JsonNode person = object(root, "person");
    JsonNode journey = object(root, "journey");
    JsonNode answers = object(root, "answers");
    JsonNode consents = object(root, "consents");
    JsonNode action = object(root, "action");

    Map<String, Answer> byItem = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object(answers, "answers").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byItem.put(e.getKey(), Answer.valueOf(e.getValue().asText()));
    }
    Set<String> sexual = new HashSet<>();
    for (JsonNode item : array(answers, "sexualVariantItems")) {
      sexual.add(item.asText());
    }
    Map<ConsentPurpose, ConsentDecision> byPurpose = new EnumMap<>(ConsentPurpose.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = object(consents, "byPurpose").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byPurpose.put(
          ConsentPurpose.valueOf(e.getKey()), ConsentDecision.valueOf(e.getValue().asText()));
    }
    Set<ReferralTarget> referrals = new HashSet<>();
    for (JsonNode item : array(action, "referrals")) {
      referrals.add(ReferralTarget.valueOf(item.asText()));
    }
    Optional<ScreenerJudgement> judgement = Optional.empty();
    JsonNode j = root.get("judgement");
    if (j != null && !j.isNull()) {
      judgement =
          Optional.of(
              new ScreenerJudgement(
                  Outcome.valueOf(text(j, "computed")),
                  Outcome.valueOf(text(j, "chosen")),
                  optional(j, "reason"),
                  optional(j, "coordinatorId")));
    }

    return new ScreeningDraft(
        UUID.fromString(text(root, "id")),
        integer(root, "revision"),
        optional(root, "correctionReason"),
        text(root, "screenerId"),
        Instant.parse(text(root, "startedAt")),
        Instant.parse(text(root, "updatedAt")),
        text(root, "ruleSetVersion"),
        new InterviewSetting(
            optional(setting, "postId"),
            ScreeningContext.valueOf(text(setting, "context")),
            Language.valueOf(text(setting, "interviewLanguage")),
            InterpreterMode.valueOf(text(setting, "interpreter")),
            bool(setting, "screenerTrainedForSensitive")),
        new PersonWishes(
            InterviewerPreference.valueOf(text(wishes, "interviewer")),
            bool(wishes, "wantsInterpreter")),
        new SafetyGate(
            Answer.valueOf(text(gate, "aloneAndSafeToTalk")),
            Answer.valueOf(text(gate, "immediateDanger")),
            Answer.valueOf(text(gate, "urgentMedicalNeed")),
            Answer.valueOf(text(gate, "apparentChild"))),
        VerbalConsent.valueOf(text(root, "verbalConsent")),
        new ChildProtection(
            bool(child, "officerInformed"),
            bool(child, "officerPresent"),
            text(child, "officerName")),
        new PersonDetails(
            optionalInt(person, "ageYears"),
            optional(person, "ageBand").map(AgeBand::valueOf),
            AgeCertainty.valueOf(text(person, "ageCertainty")),
            bool(person, "presumedMinor"),
            Sex.valueOf(text(person, "sex")),
            optional(person, "citizenship"),
            bool(person, "stateless"),
            Accompaniment.valueOf(text(person, "accompaniedBy"))),
        new Journey(
            optional(journey, "originCountry"),
            optional(journey, "destinationCountry"),
            TravelPurpose.valueOf(text(journey, "purpose")),
            TravelArranger.valueOf(text(journey, "arrangedBy")),
            optionalInt(journey, "monthsAbroad"),
            optional(journey, "returnedOn").map(LocalDate::parse),
            bool(journey, "workedAbroadBefore")),
        new IndicatorAnswers(byItem, sexual),
        judgement,
        new ConsentDecisions(bool(consents, "rightsExplained"), byPurpose),
        new NextAction(
            referrals,
            Urgency.valueOf(text(action, "urgency")),
            bool(action, "hotlineCardGiven"),
            text(action, "followUpOwner"),
            optional(action, "followUpOn").map(LocalDate::parse)),
        optional(root, "stop").map(StopReason::valueOf),
        DraftStatus.valueOf(text(root, "status")));
  }

  /** Format 2 = format 1 + the identification and the open step. */
  private static ScreeningDraft withV2Fields(ScreeningDraft v1, JsonNode root) throws IOException {
    JsonNode i = object(root, "identification");
    ScreeningDraft d =
        v1.withIdentification(
            new PersonIdentification(
                text(i, "nameAsGiven"),
                optionalInt(i, "birthYear"),
                text(i, "documentNumber"),
                optional(i, "personId"),
                bool(i, "differentPersonConfirmed")));
    Optional<String> step = optional(root, "openStep");
    return step.isPresent() ? d.withOpenStep(step.get()) : d;
  }

  private static JsonNode object(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw new IOException("screening payload: " + field + " is missing");
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IOException("screening payload: " + field + " is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("screening payload: " + field + " is missing");
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isInt()) {
      throw new IOException("screening payload: " + field + " is missing");
    }
    return value.asInt();
  }

  private static boolean bool(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new IOException("screening payload: " + field + " is missing");
    }
    return value.asBoolean();
  }

  private static Optional<String> optional(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IOException("screening payload: " + field + " is not text");
    }
    return Optional.of(value.asText());
  }

  private static OptionalInt optionalInt(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return OptionalInt.empty();
    }
    if (!value.isInt()) {
      throw new IOException("screening payload: " + field + " is not a number");
    }
    return OptionalInt.of(value.asInt());
  }
}
