package org.depder.domain.cases;

/** How the receiving service makes contact with the person: never directly unless agreed. */
public enum ContactMethod {
  /** Through the referring worker, who arranges the first meeting. */
  THROUGH_REFERRING_WORKER,
  /** The person comes to the service, accompanied. */
  ACCOMPANIED_VISIT,
  /** The service calls the number given for this purpose. */
  PHONE_AGREED_NUMBER,
  /** The person will contact the service. */
  PERSON_WILL_CALL
}
