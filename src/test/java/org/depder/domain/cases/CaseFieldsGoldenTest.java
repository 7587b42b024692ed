package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.depder.domain.screening.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Schema version 1 of the case field maps must keep reading: the checked-in fixture holds one field
 * map per entity type, and each must read into exactly the entity built here and write back to
 * exactly the same fields.
 */
class CaseFieldsGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T = Instant.parse("2026-03-02T06:00:00Z");
  private static final String W = "0190f3a0-1111-7222-8333-444455556666";

  private static UUID u(int n) {
    return UUID.fromString(String.format("0190f3a0-0000-7000-8000-%012d", n));
  }

  /** The entities of the fixture, with every optional part set where the type has one. */
  static Map<String, Object> entities() {
    Case c =
        new Case(
            u(1),
            "DC-7K3F-9Q2M",
            u(2),
            OpeningRoute.SCREENING,
            Optional.of(u(3)),
            Optional.of(Outcome.PRESUMED_VICTIM_REFER_NRM),
            T,
            W,
            W,
            "TM-L",
            CaseStatus.FOLLOW_UP,
            Stage.REINTEGRATION,
            AgeBand.FROM_14_TO_17,
            true,
            Sex.FEMALE,
            "tk",
            Optional.empty());
    Referral sent =
        Referral.propose(
                u(5),
                u(1),
                "tm-shelter-ngo",
                Set.of(ServiceNeed.SHELTER, ServiceNeed.MEDICAL),
                Urgency.IMMEDIATE,
                ContactMethod.PHONE_AGREED_NUMBER,
                "+993 00 000000",
                T,
                W)
            .sent(
                ReferralPacket.of(
                    c,
                    Referral.propose(
                        u(5),
                        u(1),
                        "tm-shelter-ngo",
                        Set.of(ServiceNeed.SHELTER, ServiceNeed.MEDICAL),
                        Urgency.IMMEDIATE,
                        ContactMethod.PHONE_AGREED_NUMBER,
                        "+993 00 000000",
                        T,
                        W)),
                T.plusSeconds(60),
                W)
            .decline(DeclineReason.NO_CAPACITY, "full", T.plusSeconds(120), "duty officer");
    Map<String, Object> e = new LinkedHashMap<>();
    e.put(Case.ENTITY_TYPE, c);
    e.put(StageEntry.ENTITY_TYPE, new StageEntry(u(4), u(1), Stage.REINTEGRATION, T, W, "note"));
    e.put(
        Consent.ENTITY_TYPE,
        new Consent(
            u(6),
            u(1),
            ConsentPurpose.REFERRAL,
            "tm-shelter-ngo",
            ConsentDecision.GIVEN,
            ConsentGiver.GUARDIAN,
            ConsentForm.THUMBPRINT,
            "tk",
            T,
            W,
            "wants to go home",
            Optional.of(T.plusSeconds(600)),
            Optional.of(W)));
    e.put(
        BestInterestsDecision.ENTITY_TYPE,
        new BestInterestsDecision(
            u(7), u(1), ConsentPurpose.RETURN, "", T, W, "family traced", Optional.of(T)));
    e.put(Referral.ENTITY_TYPE, sent);
    e.put(
        RepatriationTask.ENTITY_TYPE,
        RepatriationTask.open(
                u(8), u(1), RepatriationTaskKind.HAND_OVER, W, LocalDate.of(2026, 3, 31))
            .withHandOver(W, "TM-L")
            .complete("met at the airport", T, W));
    e.put(
        PlanGoal.ENTITY_TYPE,
        new PlanGoal(
            u(9),
            u(1),
            ServiceNeed.VOCATIONAL_TRAINING,
            "sewing",
            Optional.of("tm-ngo-yenme"),
            W,
            Optional.of(LocalDate.of(2026, 6, 30)),
            GoalState.IN_PROGRESS,
            T,
            W));
    e.put(
        FollowUpVisit.ENTITY_TYPE,
        new FollowUpVisit(
            u(10),
            u(1),
            1,
            LocalDate.of(2026, 2, 28),
            W,
            TaskState.DONE,
            Optional.of(LocalDate.of(2026, 3, 1)),
            Optional.of(W),
            "fine"));
    e.put(
        Proceedings.ENTITY_TYPE,
        Proceedings.none(u(1), T, W)
            .withCooperation(Cooperation.COOPERATING, T, W)
            .withStatus(ProceedingsStatus.IN_COURT, LocalDate.of(2026, 5, 5), T, W));
    e.put(
        CompensationClaim.ENTITY_TYPE,
        new CompensationClaim(
            u(11),
            u(1),
            ClaimRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE,
            ClaimStatus.PAID,
            "TMT",
            1_250_000L,
            Optional.of(800_000L),
            Optional.of(800_000L),
            Optional.of(LocalDate.of(2026, 4, 2)),
            Optional.of(LocalDate.of(2026, 9, 1)),
            ""));
    e.put(
        Transfer.ENTITY_TYPE,
        new Transfer(
            u(12),
            u(1),
            W,
            Optional.of("0190f3a0-2222-7222-8333-444455556666"),
            Optional.of("TM-M"),
            "moved",
            T,
            W,
            TransferState.ACCEPTED,
            Optional.of(T),
            Optional.of(W)));
    return e;
  }

  private static final Map<String, Function<FieldMap, Object>> READERS =
      Map.ofEntries(
          Map.entry(Case.ENTITY_TYPE, Case::fromFields),
          Map.entry(StageEntry.ENTITY_TYPE, StageEntry::fromFields),
          Map.entry(Consent.ENTITY_TYPE, Consent::fromFields),
          Map.entry(BestInterestsDecision.ENTITY_TYPE, BestInterestsDecision::fromFields),
          Map.entry(Referral.ENTITY_TYPE, Referral::fromFields),
          Map.entry(RepatriationTask.ENTITY_TYPE, RepatriationTask::fromFields),
          Map.entry(PlanGoal.ENTITY_TYPE, PlanGoal::fromFields),
          Map.entry(FollowUpVisit.ENTITY_TYPE, FollowUpVisit::fromFields),
          Map.entry(Proceedings.ENTITY_TYPE, Proceedings::fromFields),
          Map.entry(CompensationClaim.ENTITY_TYPE, CompensationClaim::fromFields),
          Map.entry(Transfer.ENTITY_TYPE, Transfer::fromFields));

  private static FieldMap fields(Object entity) {
    try {
      return (FieldMap) entity.getClass().getMethod("toFields").invoke(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void versionOneFixtureReadsIntoTheSameEntitiesAndWritesBackTheSameFields() throws Exception {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/case-fields-v1.json")) {
      root = JSON.readTree(in);
    }
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(CaseSchema.VERSION);
    Map<String, Object> expected = entities();
    assertThat(expected.keySet()).containsExactlyElementsOf(CaseSchema.ENTITY_TYPES);
    for (String type : CaseSchema.ENTITY_TYPES) {
      Map<String, Object> stored = new LinkedHashMap<>();
      root.path("entities")
          .path(type)
          .fields()
          .forEachRemaining(
              f ->
                  stored.put(
                      f.getKey(),
                      f.getValue().isTextual()
                          ? f.getValue().asText()
                          : f.getValue().isBoolean()
                              ? (Object) f.getValue().asBoolean()
                              : (Object) f.getValue().asLong()));
      assertThat(stored).as(type).isNotEmpty();
      Object read = READERS.get(type).apply(FieldMap.of(stored));
      assertThat(read).as(type).isEqualTo(expected.get(type));
      assertThat(fields(read).asMap()).as(type).isEqualTo(stored);
    }
  }

  /** Not an assertion: writes the fixture's current form to target/ for review after a change. */
  @Test
  void writesTheCurrentFormForReview() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    entities().forEach((type, entity) -> out.put(type, fields(entity).asMap()));
    Path file = Path.of("target", "case-fields-current.json");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        JSON.enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(Map.of("schemaVersion", CaseSchema.VERSION, "entities", out)));
    assertThat(List.of(file.toFile().exists())).containsExactly(true);
  }
}
