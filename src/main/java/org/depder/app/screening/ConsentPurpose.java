package org.depder.app.screening;

/** The separate purposes a person consents to, each on its own (DOMAIN 1.9 section 7, 2.3). */
public enum ConsentPurpose {
  REFERRAL("screening.consent.purpose.referral"),
  DATA_SHARING("screening.consent.purpose.dataSharing"),
  LAW_ENFORCEMENT("screening.consent.purpose.lawEnforcement"),
  FAMILY_CONTACT("screening.consent.purpose.familyContact");

  private final String key;

  ConsentPurpose(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
