package org.depder.app.screening;

/** Where the person is referred next (DOMAIN 1.9 section 8). */
public enum ReferralTarget {
  NRM_COORDINATOR("screening.referral.nrm"),
  CHILD_PROTECTION("screening.referral.childProtection"),
  SECOND_LINE_INTERVIEW("screening.referral.secondLine"),
  SHELTER("screening.referral.shelter"),
  MEDICAL_CARE("screening.referral.medical"),
  SAFE_MIGRATION_INFORMATION("screening.referral.safeMigration");

  private final String key;

  ReferralTarget(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
