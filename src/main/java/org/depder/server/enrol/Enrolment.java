package org.depder.server.enrol;

/** The enrolment use case as the HTTP layer sees it (a fake stands in for it in handler tests). */
public interface Enrolment {
  /**
   * Registers the device or throws a {@link org.depder.server.core.ServerException} whose code says
   * why not.
   *
   * @param source the request's source address, for the per-source attempt limit
   */
  EnrolmentGrant enrol(EnrolRequest request, String source);
}
