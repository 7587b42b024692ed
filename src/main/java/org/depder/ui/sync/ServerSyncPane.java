package org.depder.ui.sync;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;

/** Sync with the server: state line, "Sync now" with a busy indicator, last result. */
public final class ServerSyncPane {
  private final VBox root;

  public ServerSyncPane(ServerSyncViewModel vm) {
    Label heading = new Label();
    heading.textProperty().bind(vm.text("sync.server.heading"));
    heading.getStyleClass().add("title-4");
    Label state = new Label();
    state.setId("sync-server-state");
    state.setWrapText(true);
    state.textProperty().bind(vm.stateText());
    Button now = KeyboardActivation.fireOnEnter(new Button());
    now.setId("sync-server-now");
    now.setMinWidth(Region.USE_PREF_SIZE);
    now.textProperty().bind(vm.text("sync.server.now"));
    now.getStyleClass().add("accent");
    now.disableProperty().bind(vm.canSync().not());
    now.setOnAction(e -> vm.syncNow());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("sync-server-busy");
    busy.setPrefSize(22, 22);
    busy.visibleProperty().bind(vm.runningProperty());
    busy.managedProperty().bind(vm.runningProperty());
    Label result = new Label();
    result.setId("sync-server-result");
    result.setWrapText(true);
    result.setFocusTraversable(true);
    result.textProperty().bind(vm.resultText());
    result.accessibleTextProperty().bind(vm.resultText());
    vm.failed()
        .addListener(
            (o, was, failed) -> {
              result.getStyleClass().remove("danger");
              if (failed) {
                result.getStyleClass().add("danger");
              }
            });
    HBox row = new HBox(12, now, busy);
    root = new VBox(8, heading, state, row, result);
    root.setId("sync-server");
  }

  public Node root() {
    return root;
  }
}
