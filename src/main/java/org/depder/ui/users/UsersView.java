package org.depder.ui.users;

import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.depder.app.vault.Role;
import org.depder.app.vault.UserAccount;
import org.depder.ui.KeyboardActivation;
import org.depder.ui.vault.PasswordStrengthView;

/**
 * The users of this computer: a table, what can be done to the selected user, and a form to add
 * one. Everything is reachable with Tab; the table is navigated with the arrow keys.
 */
public final class UsersView {
  private final UsersViewModel viewModel;
  private final ScrollPane root;
  private final TableView<UserAccount> table = new TableView<>();

  /**
   * Follows the language: table cells and combo boxes format their text once, so a switch redraws
   * them. Held here because a binding observed only by listeners would be garbage-collected.
   */
  private final StringBinding language;

  public UsersView(UsersViewModel viewModel) {
    this.viewModel = viewModel;
    this.language = viewModel.text("users.title");
    Label title = label(viewModel.text("users.title"), "title-2");
    Label hint = label(viewModel.text("users.hint"), "text-muted");
    Label message = label(viewModel.message(), "text-bold");
    message.setId("users-message");
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

    buildTable();
    HBox panes = new HBox(32, selectedPane(), addPane());
    VBox content = new VBox(10, title, hint, table, message, panes);
    content.setPadding(new Insets(0, 8, 16, 0));
    content.setMaxWidth(1100);
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.getStyleClass().addAll("edge-to-edge", "depder-users");
    language.addListener((obs, old, now) -> table.refresh());
  }

  private void buildTable() {
    table.setId("users-table");
    table.setItems(viewModel.users());
    table.setPrefHeight(190);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    table.getColumns().add(column("account.field.loginName", UserAccount::loginName));
    table.getColumns().add(column("account.field.displayName", UserAccount::displayName));
    table.getColumns().add(column("account.field.role", u -> viewModel.roleLabel(u.role())));
    table.getColumns().add(column("users.column.status", viewModel::statusLabel));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, user) -> viewModel.selectedProperty().set(user));
    viewModel
        .selectedProperty()
        .addListener(
            (obs, old, user) -> {
              if (table.getSelectionModel().getSelectedItem() != user) {
                table.getSelectionModel().select(user);
              }
            });
  }

  private TableColumn<UserAccount, String> column(String key, Function<UserAccount, String> value) {
    TableColumn<UserAccount, String> column = new TableColumn<>();
    column.textProperty().bind(viewModel.text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  private VBox selectedPane() {
    Label none = label(viewModel.text("users.selected.none"), "text-muted");
    none.visibleProperty().bind(viewModel.selectedProperty().isNull());
    none.managedProperty().bind(none.visibleProperty());

    ComboBox<Role> role = roleBox("users-selected-role");
    role.valueProperty().bindBidirectional(viewModel.selectedRoleProperty());
    role.disableProperty().bind(viewModel.noSelection());
    Button changeRole = button("users-change-role", viewModel.text("users.changeRole"));
    changeRole.disableProperty().bind(viewModel.canChangeRole().not());
    changeRole.setOnAction(e -> viewModel.changeRole());

    Button toggle = button("users-toggle-disabled", viewModel.toggleDisabledLabel());
    toggle.disableProperty().bind(viewModel.noSelection());
    toggle.setOnAction(e -> viewModel.toggleDisabled());
    Button remove = button("users-remove", viewModel.text("users.remove"));
    remove.getStyleClass().add("danger");
    remove.disableProperty().bind(viewModel.noSelection());
    remove.setOnAction(e -> viewModel.remove());

    PasswordField reset = password("users-reset-password", viewModel.resetPasswordProperty());
    reset.disableProperty().bind(viewModel.noSelection());
    Button setPassword = button("users-reset", viewModel.text("users.resetPassword"));
    setPassword.disableProperty().bind(viewModel.canResetPassword().not());
    setPassword.setOnAction(e -> viewModel.resetPassword());

    GridPane form = grid();
    row(form, 0, "account.field.role", role);
    form.add(changeRole, 1, 1);
    row(form, 2, "account.field.newPassword", reset);
    form.add(new PasswordStrengthView(viewModel.resetStrength(), "users-reset").root(), 1, 3);
    form.add(setPassword, 1, 4);
    HBox actions = new HBox(8, toggle, remove);
    VBox pane =
        new VBox(
            8, label(viewModel.text("users.selected.heading"), "title-4"), none, form, actions);
    HBox.setHgrow(pane, Priority.ALWAYS);
    return pane;
  }

  private VBox addPane() {
    TextField login = new TextField();
    login.setId("users-add-login");
    login.textProperty().bindBidirectional(viewModel.loginNameProperty());
    TextField name = new TextField();
    name.setId("users-add-name");
    name.textProperty().bindBidirectional(viewModel.displayNameProperty());
    ComboBox<Role> role = roleBox("users-add-role");
    role.valueProperty().bindBidirectional(viewModel.roleProperty());
    PasswordField password = password("users-add-password", viewModel.passwordProperty());
    Button add = button("users-add", viewModel.text("users.add.submit"));
    add.getStyleClass().add("accent");
    add.disableProperty().bind(viewModel.canAdd().not());
    add.setOnAction(e -> viewModel.add());
    password.setOnAction(e -> viewModel.add());

    GridPane form = grid();
    row(form, 0, "account.field.loginName", login);
    row(form, 1, "account.field.displayName", name);
    row(form, 2, "account.field.role", role);
    row(form, 3, "account.field.password", password);
    form.add(new PasswordStrengthView(viewModel.newUserStrength(), "users-add").root(), 1, 4);
    VBox pane = new VBox(8, label(viewModel.text("users.add.heading"), "title-4"), form, add);
    HBox.setHgrow(pane, Priority.ALWAYS);
    return pane;
  }

  private ComboBox<Role> roleBox(String id) {
    ComboBox<Role> box = new ComboBox<>();
    box.setId(id);
    box.getItems().setAll(viewModel.roles());
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Role role) {
            return viewModel.roleLabel(role);
          }

          @Override
          public Role fromString(String text) {
            return null;
          }
        });
    language.addListener(
        (obs, old, now) -> {
          Role value = box.getValue();
          box.setValue(null);
          box.setValue(value);
        });
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  private static PasswordField password(String id, StringProperty value) {
    PasswordField field = new PasswordField();
    field.setId(id);
    field.setPrefColumnCount(16);
    field.textProperty().bindBidirectional(value);
    return field;
  }

  private static Button button(String id, ObservableValue<String> text) {
    Button button = KeyboardActivation.fireOnEnter(new Button());
    button.setId(id);
    // a button names its action in full, also in the longer Russian and Turkmen texts
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.textProperty().bind(text);
    return button;
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    grid.setAlignment(Pos.TOP_LEFT);
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

  /** Loads the list when the area is first shown. */
  public UsersView load() {
    viewModel.load();
    return this;
  }
}
