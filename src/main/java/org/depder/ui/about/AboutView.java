package org.depder.ui.about;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.depder.app.BundledLibraries.Library;
import org.depder.ui.AppearanceApplier;

/** The About dialog (Help menu, F1). Escape or Enter closes it. */
public final class AboutView {
  private final Dialog<Void> dialog = new Dialog<>();

  public AboutView(AboutViewModel viewModel, AppearanceApplier appearance) {
    dialog.titleProperty().bind(viewModel.title());

    Label name = label(viewModel.appName(), "title-2");
    Label summary = label(viewModel.summary(), "text-muted");
    summary.setWrapText(true);
    Label version = label(viewModel.versionLine(), "depder-about-version");
    version.setId("about-version");

    VBox content = new VBox(6, name, summary, version);
    Label formats = label(viewModel.formatsHeading(), "title-4");
    formats.setPadding(new Insets(12, 0, 0, 0));
    content.getChildren().add(formats);
    viewModel.formatLines().forEach(line -> content.getChildren().add(label(line, "format-row")));

    Label libraries = label(viewModel.librariesHeading(), "title-4");
    libraries.setPadding(new Insets(12, 0, 0, 0));
    content.getChildren().addAll(libraries, libraryTable(viewModel));
    content.setPrefWidth(640);
    content.setPadding(new Insets(8, 8, 0, 8));

    ButtonType close = new ButtonType("", ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().add(close);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().setId("about-dialog");
    dialog.setResizable(true);
    Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
    closeButton.textProperty().bind(viewModel.closeLabel());
    closeButton.setDefaultButton(true);
    closeButton.setId("about-close");
    appearance.followTextSize(dialog.getDialogPane());
  }

  private static TableView<Library> libraryTable(AboutViewModel viewModel) {
    TableView<Library> table = new TableView<>();
    TableColumn<Library, String> name = new TableColumn<>();
    name.textProperty().bind(viewModel.libraryColumn());
    name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
    name.setPrefWidth(220);
    TableColumn<Library, String> licence = new TableColumn<>();
    licence.textProperty().bind(viewModel.licenceColumn());
    licence.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().licence()));
    licence.setPrefWidth(380);
    table.getColumns().add(name);
    table.getColumns().add(licence);
    table.getItems().setAll(viewModel.libraries());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    // dense rows show all ten libraries at normal text size without scrolling
    table.getStyleClass().add("dense");
    table.setPrefHeight(330);
    table.setId("about-libraries");
    return table;
  }

  private static Label label(ObservableValue<String> text, String styleClass) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.getStyleClass().add(styleClass);
    return label;
  }

  public Dialog<Void> dialog() {
    return dialog;
  }

  public void showAndWait(Window owner) {
    dialog.initOwner(owner);
    dialog.showAndWait();
  }
}
