package org.depder.ui.sync;

import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;
import org.depder.ui.sync.SyncViewModel.OutboxRow;
import org.depder.ui.sync.SyncViewModel.Tone;

/**
 * The sync screen: the summary, the three transfers with progress and result, and the outbox. It
 * reads the state again each time it is shown, because bundles may have moved in the meantime.
 */
public final class SyncView {
  private static final String[] TONE_CLASSES = {"success", "warning", "danger"};

  private final SyncViewModel vm;
  private final VBox root = new VBox(10);
  private final Button export = KeyboardActivation.fireOnEnter(new Button());

  public SyncView(SyncViewModel vm) {
    this.vm = vm;
    root.setId("sync-area");
    Label title = label("sync.title");
    title.getStyleClass().add("title-2");

    Label server = bound(new Label(), vm.serverText());
    server.setId("sync-server");
    server.getStyleClass().add("text-bold");
    vm.notEnrolled().addListener((o, a, b) -> toggleClass(server, "warning", b));
    Label counts = bound(new Label(), vm.countsText());
    counts.setId("sync-counts");
    Label lastExport = bound(new Label(), vm.lastExportText());
    lastExport.setId("sync-last-export");
    lastExport.getStyleClass().add("text-muted");
    Label lastImport = bound(new Label(), vm.lastImportText());
    lastImport.setId("sync-last-import");
    lastImport.getStyleClass().add("text-muted");

    export.setId("sync-export");
    export.textProperty().bind(vm.texts().text("sync.export.button"));
    export.getStyleClass().add("accent");
    export.disableProperty().bind(vm.canExport().not());
    export.setOnAction(e -> vm.exportBundle());
    Button importFile = KeyboardActivation.fireOnEnter(new Button());
    importFile.setId("sync-import");
    importFile.textProperty().bind(vm.texts().text("sync.import.button"));
    importFile.disableProperty().bind(vm.busyProperty());
    importFile.setOnAction(e -> vm.importFile());
    Button stuck = KeyboardActivation.fireOnEnter(new Button());
    stuck.setId("sync-export-stuck");
    stuck.textProperty().bind(vm.texts().text("sync.stuck.button"));
    stuck.disableProperty().bind(vm.canExport().not());
    stuck.setOnAction(e -> vm.exportStuckItems());
    HBox buttons = new HBox(8, export, importFile, stuck);

    ProgressBar bar = new ProgressBar();
    bar.setId("sync-progress");
    bar.progressProperty().bind(vm.progressProperty());
    bar.setPrefWidth(320);
    bar.accessibleTextProperty().bind(vm.phaseText());
    Label phase = bound(new Label(), vm.phaseText());
    phase.setId("sync-phase");
    HBox running = new HBox(12, bar, phase);
    running.visibleProperty().bind(vm.busyProperty());
    running.managedProperty().bind(vm.busyProperty());

    Label result = bound(new Label(), vm.resultText());
    result.setId("sync-result");
    result.setFocusTraversable(true);
    result.accessibleTextProperty().bind(vm.resultText());
    result.visibleProperty().bind(vm.resultText().isNotEmpty());
    result.managedProperty().bind(result.visibleProperty());
    vm.toneProperty().addListener((o, a, b) -> tone(result, b));

    TableView<OutboxRow> table = new TableView<>(vm.outbox());
    table.setId("sync-outbox");
    table.getColumns().add(column("sync.outbox.kind", OutboxRow::kind, 140));
    table.getColumns().add(column("sync.outbox.state", OutboxRow::state, 240));
    table.getColumns().add(column("sync.outbox.attempts", OutboxRow::attempts, 110));
    table.getColumns().add(column("sync.outbox.reason", OutboxRow::reason, 300));
    table.getColumns().add(column("sync.outbox.queued", OutboxRow::queued, 190));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    table.setPlaceholder(label("sync.outbox.empty"));
    table.setPrefHeight(260);
    VBox.setVgrow(table, Priority.ALWAYS);

    root.getChildren()
        .addAll(
            title,
            server,
            counts,
            lastExport,
            lastImport,
            buttons,
            running,
            result,
            heading("sync.outbox.title"),
            table);
    // read again each time the area is shown (the shell adds it to its content then)
    root.parentProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                vm.refresh();
              }
            });
  }

  /**
   * Adds the "Sync with the server" part under the title, and reads the outbox again after every
   * server run.
   */
  public SyncView withServer(ServerSyncViewModel server) {
    root.getChildren().add(1, new ServerSyncPane(server).root());
    server.resultText().addListener((o, a, b) -> vm.refresh());
    server.load();
    return this;
  }

  private TableColumn<OutboxRow, String> column(
      String key, Function<OutboxRow, String> value, double width) {
    TableColumn<OutboxRow, String> column = new TableColumn<>();
    column.textProperty().bind(vm.texts().text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  private static void tone(Label label, Tone tone) {
    label.getStyleClass().removeAll(TONE_CLASSES);
    switch (tone) {
      case SUCCESS -> label.getStyleClass().add("success");
      case WARNING -> label.getStyleClass().add("warning");
      case ERROR -> label.getStyleClass().add("danger");
      case NONE -> {}
    }
  }

  private static void toggleClass(Label label, String styleClass, boolean on) {
    label.getStyleClass().remove(styleClass);
    if (on) {
      label.getStyleClass().add(styleClass);
    }
  }

  private Label label(String key) {
    return bound(new Label(), vm.texts().text(key));
  }

  private Label heading(String key) {
    Label label = label(key);
    label.getStyleClass().add("title-4");
    return label;
  }

  private static Label bound(Label label, StringBinding text) {
    label.textProperty().bind(text);
    label.setWrapText(true);
    label.setMaxWidth(Double.MAX_VALUE);
    return label;
  }

  /** Where the keyboard starts: the first enabled transfer. */
  public void focusFirst() {
    export.requestFocus();
  }

  public Parent root() {
    return root;
  }
}
