package org.depder.domain.cases;

/**
 * The separate purposes a person consents to (DOMAIN 2.3): each is asked, given, refused and
 * withdrawn on its own. Referral and data-sharing consents are scoped to a named service or body.
 */
public enum ConsentPurpose {
  SCREENING,
  REFERRAL,
  DATA_SHARING,
  LAW_ENFORCEMENT_CONTACT,
  FAMILY_CONTACT,
  RETURN
}
