package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depder.domain.screening.ScreeningContext.ENTRY_RETURNEE;

import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.Reason;
import org.depder.domain.screening.ReasonCode;
import org.depder.domain.screening.SafetyGate;
import org.junit.jupiter.api.Test;

class SafetyGateRulesTest {

  @Test
  void immediateDangerIsUrgentSafetyFirstAndTheRestIsStillScored() {
    var gate = new SafetyGate(Answer.YES, Answer.YES, Answer.NO, Answer.NO);
    var result =
        Screening.adult(ENTRY_RETURNEE)
            .gate(gate)
            .yes("ACT01", "D101", "D102", "D401", "D402", "D501", "D505")
            .score();

    assertThat(result.outcome()).isEqualTo(Outcome.URGENT_SAFETY);
    assertThat(result.indicatorOutcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(result.reasons().get(0))
        .isEqualTo(Reason.of(ReasonCode.SAFETY_GATE_IMMEDIATE_DANGER));
    assertThat(result.hasReason(ReasonCode.ADULT_COMBINATION_MET)).isTrue();
  }

  @Test
  void urgentMedicalNeedIsUrgentSafety() {
    var gate = new SafetyGate(Answer.YES, Answer.NO, Answer.YES, Answer.NO);
    var result = Screening.adult(ENTRY_RETURNEE).gate(gate).score();

    assertThat(result.outcome()).isEqualTo(Outcome.URGENT_SAFETY);
    assertThat(result.indicatorOutcome()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
    assertThat(result.reasons()).startsWith(Reason.of(ReasonCode.SAFETY_GATE_URGENT_MEDICAL_NEED));
  }

  @Test
  void unknownDangerIsNotUrgent() {
    var gate = new SafetyGate(Answer.YES, Answer.UNKNOWN, Answer.DECLINED, Answer.NO);

    assertThat(Screening.adult(ENTRY_RETURNEE).gate(gate).score().outcome())
        .isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
  }

  @Test
  void notSafeToTalkIsRecordedWithoutChangingTheOutcome() {
    var gate = new SafetyGate(Answer.NO, Answer.NO, Answer.NO, Answer.NO);
    var result = Screening.adult(ENTRY_RETURNEE).gate(gate).yes("D501").score();

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.reasons()).startsWith(Reason.of(ReasonCode.SAFETY_GATE_NOT_SAFE_TO_TALK));
  }
}
