package org.depder.ui.sync;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.SyncSummary;
import org.depder.ui.LiveTexts;

/**
 * The top of the sync screen in words: whether the server is known (and what to do if not), the
 * counts, and the last export and import in the user's language and time zone. The bindings are
 * made once and kept, because a binding nobody holds is collected together with its listeners.
 */
final class SummaryLines {
  private final ObjectProperty<SyncSummary> summary = new SimpleObjectProperty<>();
  final BooleanBinding enrolled;
  final BooleanBinding notEnrolled;
  final StringBinding server;
  final StringBinding counts;
  final StringBinding lastExport;
  final StringBinding lastImport;

  SummaryLines(LiveTexts texts, ZoneId zone) {
    enrolled =
        Bindings.createBooleanBinding(
            () -> summary.get() != null && summary.get().serverPinned(), summary);
    notEnrolled =
        Bindings.createBooleanBinding(
            () -> summary.get() != null && !summary.get().serverPinned(), summary);
    server =
        live(
            texts,
            (m, s) ->
                m.text(s.serverPinned() ? "sync.summary.enrolled" : "sync.summary.notEnrolled"),
            m -> m.text("sync.summary.loading"));
    counts =
        live(
            texts,
            (m, s) -> m.text("sync.summary.counts", s.pending(), s.sent(), s.failed()),
            m -> "");
    lastExport =
        live(
            texts,
            (m, s) ->
                s.lastExport()
                    .map(t -> m.text("sync.summary.lastExport", SyncTexts.moment(m, t, zone)))
                    .orElseGet(() -> m.text("sync.summary.lastExportNever")),
            m -> "");
    lastImport =
        live(
            texts,
            (m, s) ->
                s.lastImport()
                    .map(t -> m.text("sync.summary.lastImport", SyncTexts.moment(m, t, zone)))
                    .orElseGet(() -> m.text("sync.summary.lastImportNever")),
            m -> "");
  }

  void set(SyncSummary value) {
    summary.set(value);
  }

  private StringBinding live(
      LiveTexts texts,
      java.util.function.BiFunction<Messages, SyncSummary, String> words,
      Function<Messages, String> beforeRead) {
    return Bindings.createStringBinding(
        () ->
            summary.get() == null
                ? beforeRead.apply(texts.messages())
                : words.apply(texts.messages(), summary.get()),
        summary,
        texts.messagesProperty());
  }
}
