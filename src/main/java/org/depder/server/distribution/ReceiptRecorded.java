package org.depder.server.distribution;

import org.depder.sync.revision.DeviceId;

/**
 * A receipt recorded for bundle {@code seq} of the stream to {@code device}; {@code fresh} is false
 * when the same receipt had been recorded before.
 */
public record ReceiptRecorded(DeviceId device, long seq, boolean fresh) {}
