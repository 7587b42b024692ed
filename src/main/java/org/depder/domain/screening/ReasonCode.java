package org.depder.domain.screening;

/** Why a result came out as it did. The UI translates the code; the domain holds no prose. */
public enum ReasonCode {
  /** Safety gate: immediate danger. No arguments. */
  SAFETY_GATE_IMMEDIATE_DANGER,
  /** Safety gate: urgent medical need. No arguments. */
  SAFETY_GATE_URGENT_MEDICAL_NEED,
  /** Person not alone / not safe to talk: defer, give the hotline card discreetly. */
  SAFETY_GATE_NOT_SAFE_TO_TALK,
  /** Child path taken. Argument: what made it a child (AGE, PRESUMED_MINOR, APPARENT_CHILD). */
  CHILD_PATH,
  /** Arguments: the dimension, then the Yes item ids of that dimension. */
  DIMENSION_POSITIVE,
  /** D406 for a child: exploitation is positive by itself. Argument: the item id. */
  CHILD_SEXUAL_EXPLOITATION_ALWAYS_POSITIVE,
  /** Adult rule 6.3.2. Arguments: the positive recruitment, D4 and destination dimensions. */
  ADULT_COMBINATION_MET,
  /** Child rule 6.3.3. Arguments: the act item, then the exploitation evidence. */
  CHILD_ACT_AND_EXPLOITATION,
  /** Rule 6.3.4. Argument: the strong item id. One reason per strong item. */
  STRONG_ITEM_YES,
  /** Rule 6.3.4. Arguments: the medium item ids counted. */
  TWO_MEDIUM_ACROSS_DIMENSIONS,
  /** Rule 6.3.4. Arguments: the D/P item ids answered Yes. */
  CHILD_ANY_ITEM,
  /** Rule 6.3.6. Arguments: the observation item ids, then the other Yes item ids. */
  OBSERVATIONS_WITH_OTHER_YES,
  /** Rule 6.3.5: only pre-departure risk items. Arguments: the P item ids. */
  ONLY_RISK_ITEMS,
  /** Pre-departure risk items together with other below-threshold items. Arguments: P ids. */
  RISK_ITEMS_PRESENT,
  /** Rule 6.3.6: observations alone, capped at RISK_POTENTIAL. Arguments: the O item ids. */
  OBSERVATIONS_ONLY_CAPPED,
  /** Safe-direction floor: weighted Yes items below every threshold. Arguments: item ids. */
  INDICATORS_BELOW_THRESHOLD,
  /** Child with P06/P07/P08 (or any referable result). Arguments: the triggering item ids. */
  CHILD_PROTECTION_REFERRAL,
  /** Nothing counted. No arguments. */
  NO_INDICATOR_ANSWERED_YES
}
