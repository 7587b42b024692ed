package org.depder.app.referencedata;

import org.depder.domain.reference.ServiceDirectory;

/**
 * Where the referral service directory comes from: the one built in ({@link ReferenceDataLoader}),
 * or the newest one the server published and signed (app.remote.PublishedServices).
 */
@FunctionalInterface
public interface ServiceDirectorySource {
  /** The directory to use now; slow (reads and validates): call it off the UI thread. */
  ServiceDirectory services() throws ReferenceDataException;
}
