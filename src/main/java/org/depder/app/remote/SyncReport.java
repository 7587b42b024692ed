package org.depder.app.remote;

/**
 * What one sync run with the server did, for a plain-language result line.
 *
 * @param sent revisions the server acknowledged in this run
 * @param received revisions new to this laptop
 * @param conflictsOpened records that now show a conflict to review
 * @param purged records removed because they were transferred away
 * @param held whether the server is holding a bundle until an earlier one arrives
 */
public record SyncReport(int sent, int received, int conflictsOpened, int purged, boolean held) {}
