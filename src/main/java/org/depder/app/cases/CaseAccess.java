package org.depder.app.cases;

import java.util.EnumSet;
import java.util.Set;
import org.depder.app.vault.Role;
import org.depder.domain.cases.OpeningRoute;

/**
 * Who may change cases (docs/cases.md section 8, "Roles"). A screener opens a case from their
 * screening and nothing more; social workers, consular officers and coordinators do the case work;
 * opening directly is for the worker of that route or a coordinator. The device administrator looks
 * after the laptop, not people's cases: they may read, never change (a privacy choice, so that
 * administering a laptop does not make one a case worker).
 *
 * <p>The service checks every change here before the domain rules; reading is not checked by the
 * service (the Cases area is not offered to screeners).
 */
public final class CaseAccess {
  /** What a user is trying to do to a case. */
  public enum Action {
    OPEN_FROM_SCREENING,
    OPEN_DIRECT_SOCIAL_WORKER,
    OPEN_DIRECT_CONSULAR,
    /** Any other change: history, consents, referrals, plan, follow-ups, transfers, proceedings. */
    CHANGE_CASE,
    /** Opening, handing over or completing a repatriation task. */
    REPATRIATION_TASK
  }

  private static final Set<Role> CASE_WORKERS =
      EnumSet.of(Role.SOCIAL_WORKER, Role.CONSULAR_OFFICER, Role.COORDINATOR);

  private CaseAccess() {}

  public static boolean allows(Role role, Action action) {
    return switch (action) {
      case OPEN_FROM_SCREENING -> role == Role.SCREENER || CASE_WORKERS.contains(role);
      case OPEN_DIRECT_SOCIAL_WORKER -> role == Role.SOCIAL_WORKER || role == Role.COORDINATOR;
      case OPEN_DIRECT_CONSULAR -> role == Role.CONSULAR_OFFICER || role == Role.COORDINATOR;
      // the receiving side of a hand-over is a social worker of the home welaýat
      case CHANGE_CASE, REPATRIATION_TASK -> CASE_WORKERS.contains(role);
    };
  }

  /** The action that opening directly on {@code route} needs. */
  public static Action openDirect(OpeningRoute route) {
    return switch (route) {
      case SOCIAL_WORKER -> Action.OPEN_DIRECT_SOCIAL_WORKER;
      case CONSULAR_OFFICER -> Action.OPEN_DIRECT_CONSULAR;
      case SCREENING -> Action.OPEN_FROM_SCREENING;
    };
  }

  static void require(Role role, Action action) throws CaseServiceException {
    if (!allows(role, action)) {
      throw new CaseServiceException(CaseServiceException.Code.ROLE_NOT_ALLOWED);
    }
  }
}
