package org.depder.ui.server;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.app.remote.ServerLink;
import org.depder.app.remote.ServerProbe;
import org.depder.ui.KeyboardActivation;

/**
 * The server connection screen: address and Connect; the fingerprint in eight groups with the
 * confirmation box; the code and Enrol. Once enrolled: the link and the automatic-sync switch.
 * Enter in a field does what the button next to it does; everything is reachable with Tab.
 */
public final class ServerConnectionView {
  /** Fingerprints are compared character by character: a fixed-width font avoids misreadings. */
  private static final String MONOSPACE = "-fx-font-family: monospace;";

  private final ServerConnectionViewModel viewModel;
  private final ScrollPane root;

  public ServerConnectionView(ServerConnectionViewModel viewModel) {
    this.viewModel = viewModel;
    Label title = label(viewModel.text("connection.title"), "title-2");
    Label hint = label(viewModel.text("connection.hint"), "text-muted");
    Label message = label(viewModel.message(), "text-bold");
    message.setId("server-message");
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    viewModel
        .noticeProperty()
        .addListener(
            (obs, old, notice) -> {
              message.getStyleClass().removeAll("success", "danger");
              message
                  .getStyleClass()
                  .add(notice != null && notice.isError() ? "danger" : "success");
            });

    VBox enrol = enrolPane();
    VBox enrolled = enrolledPane();
    enrol.visibleProperty().bind(viewModel.linkProperty().isNull());
    enrol.managedProperty().bind(enrol.visibleProperty());
    enrolled.visibleProperty().bind(viewModel.linkProperty().isNotNull());
    enrolled.managedProperty().bind(enrolled.visibleProperty());

    VBox content = new VBox(12, title, hint, enrol, enrolled, message);
    content.setPadding(new Insets(0, 8, 16, 0));
    content.setMaxWidth(900);
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.getStyleClass().addAll("edge-to-edge", "depder-server");
  }

  private VBox enrolPane() {
    TextField address = new TextField();
    address.setId("server-address");
    address.setPromptText("depder.example.tm:8443");
    address.textProperty().bindBidirectional(viewModel.addressProperty());
    address.setOnAction(e -> viewModel.connect());
    HBox.setHgrow(address, Priority.ALWAYS);
    Button connect = button("server-connect", viewModel.text("connection.connect"));
    connect.disableProperty().bind(viewModel.canConnect().not());
    connect.setOnAction(e -> viewModel.connect());
    GridPane addressRow = grid();
    row(addressRow, 0, "connection.address", new HBox(8, address, connect));

    Label heading = label(viewModel.text("connection.fingerprint.heading"), "title-4");
    Label fingerprintHint = label(viewModel.text("connection.fingerprint.hint"), "text");
    GridPane groups = new GridPane();
    groups.setId("server-fingerprint");
    groups.setHgap(18);
    groups.setVgap(6);
    viewModel.probeProperty().addListener((obs, old, probe) -> showGroups(groups, probe));
    CheckBox matches = new CheckBox();
    matches.setId("server-fingerprint-matches");
    matches.textProperty().bind(viewModel.text("connection.fingerprint.matches"));
    matches.selectedProperty().bindBidirectional(viewModel.fingerprintConfirmedProperty());
    matches.setWrapText(true);

    TextField code = new TextField();
    code.setId("server-code");
    code.setPromptText("XXXX-XXXX-XXXX-XXXX-XXXX");
    code.textProperty().bindBidirectional(viewModel.codeProperty());
    code.setOnAction(e -> viewModel.enrol());
    code.disableProperty().bind(viewModel.fingerprintConfirmedProperty().not());
    HBox.setHgrow(code, Priority.ALWAYS);
    Button enrol = button("server-enrol", viewModel.text("connection.enrol"));
    enrol.getStyleClass().add("accent");
    enrol.disableProperty().bind(viewModel.canEnrol().not());
    enrol.setOnAction(e -> viewModel.enrol());
    GridPane codeRow = grid();
    row(codeRow, 0, "connection.code", new HBox(8, code, enrol));

    VBox confirm = new VBox(10, heading, fingerprintHint, groups, matches, codeRow);
    confirm.getStyleClass().add("card");
    confirm.setPadding(new Insets(12));
    confirm.visibleProperty().bind(viewModel.probeProperty().isNotNull());
    confirm.managedProperty().bind(confirm.visibleProperty());
    return new VBox(12, addressRow, confirm);
  }

  private void showGroups(GridPane groups, ServerProbe probe) {
    groups.getChildren().clear();
    if (probe == null) {
      return;
    }
    int i = 0;
    for (String group : viewModel.fingerprintGroups(probe.fingerprintForReading())) {
      Label part = new Label(group);
      part.getStyleClass().add("title-4");
      part.setStyle(MONOSPACE);
      groups.add(part, i % 4, i / 4);
      i++;
    }
  }

  private VBox enrolledPane() {
    Label heading = label(viewModel.text("connection.enrolled.heading"), "title-4");
    Label address = value("server-link-address", link -> link.address().getAuthority());
    Label fingerprint =
        value(
            "server-link-fingerprint",
            link -> {
              var groups = viewModel.fingerprintGroups(link.fingerprintForReading());
              return String.join("  ", groups.subList(0, 4))
                  + "\n"
                  + String.join("  ", groups.subList(4, groups.size()));
            });
    fingerprint.setStyle(MONOSPACE);
    Label post = value("server-link-post", ServerLink::post);
    Label role = value("server-link-role", link -> viewModel.roleLabel(link.role()));
    Label since = value("server-link-since", viewModel::enrolledOn);
    GridPane details = grid();
    row(details, 0, "connection.enrolled.address", address);
    row(details, 1, "connection.enrolled.fingerprint", fingerprint);
    row(details, 2, "connection.enrolled.post", post);
    row(details, 3, "connection.enrolled.role", role);
    row(details, 4, "connection.enrolled.since", since);
    CheckBox autoSync = new CheckBox();
    autoSync.setId("server-auto-sync");
    autoSync.textProperty().bind(viewModel.text("connection.autoSync"));
    autoSync.setWrapText(true);
    autoSync.selectedProperty().bindBidirectional(viewModel.autoSyncProperty());
    autoSync.disableProperty().bind(viewModel.busyProperty());
    autoSync.setOnAction(e -> viewModel.saveAutoSync(autoSync.isSelected()));
    return new VBox(10, heading, details, autoSync);
  }

  private Label value(String id, java.util.function.Function<ServerLink, String> part) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  ServerLink link = viewModel.linkProperty().get();
                  return link == null ? "" : part.apply(link);
                },
                viewModel.linkProperty(),
                viewModel.text("connection.title")));
    return label;
  }

  private static Button button(String id, ObservableValue<String> text) {
    Button button = KeyboardActivation.fireOnEnter(new Button());
    button.setId(id);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.textProperty().bind(text);
    return button;
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    ColumnConstraints input = new ColumnConstraints();
    input.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(new ColumnConstraints(), input);
    return grid;
  }

  private void row(GridPane form, int row, String key, Node input) {
    Label label = label(viewModel.text(key), "text");
    label.setMinWidth(Region.USE_PREF_SIZE);
    form.add(label, 0, row);
    form.add(input, 1, row);
  }

  private static Label label(ObservableValue<String> text, String styleClass) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    return label;
  }

  public Node root() {
    return root;
  }

  /** Reads the link when the area is first shown. */
  public ServerConnectionView load() {
    viewModel.load();
    return this;
  }
}
