package org.depder.ui.screening;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.depder.app.screening.ScreeningDraft;
import org.depder.ui.KeyboardActivation;

/**
 * The screening area: the lists of screenings in progress and finalised, the wizard, or one
 * finalised screening read-only.
 */
public final class ScreeningAreaView {
  private final ScreeningAreaViewModel vm;
  private final StackPane root = new StackPane();
  private final VBox list = new VBox(12);
  private final Label status = new Label();
  private final Button start = KeyboardActivation.fireOnEnter(new Button());
  private ScreeningWizardView wizard;
  private ScreeningRecordView record;

  public ScreeningAreaView(ScreeningAreaViewModel vm) {
    this.vm = vm;
    root.setId("screening-area");
    buildList();
    vm.modeProperty().addListener((o, a, b) -> show());
    show();
  }

  private void buildList() {
    Choices c = new Choices(vm.texts());
    Label title = c.label("screening.list.title");
    title.getStyleClass().add("title-2");
    Label hint = c.hint("screening.list.hint");
    start.setId("screening-new");
    start.textProperty().bind(vm.texts().text("screening.list.new"));
    start.getStyleClass().add("accent");
    start.setOnAction(e -> vm.newScreening());
    Button resume = KeyboardActivation.fireOnEnter(new Button());
    resume.setId("screening-continue");
    resume.textProperty().bind(vm.texts().text("screening.list.continue"));
    resume.setOnAction(e -> vm.continueSelected());
    resume.disableProperty().bind(vm.selectedProperty().isNull());
    ListView<ScreeningDraft> drafts = new ListView<>(vm.drafts());
    drafts.setId("screening-drafts");
    drafts.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(ScreeningDraft item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : vm.describe(item));
              }
            });
    drafts
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> vm.selectedProperty().set(b));
    vm.selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && drafts.getSelectionModel().getSelectedItem() != b) {
                drafts.getSelectionModel().select(b);
              }
            });
    drafts.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.continueSelected();
            e.consume();
          }
        });
    vm.texts().messagesProperty().addListener((o, a, b) -> drafts.refresh());
    Label empty = c.hint("screening.list.empty");
    drafts.setPlaceholder(empty);
    drafts.setPrefHeight(200);
    Button open = KeyboardActivation.fireOnEnter(new Button());
    open.setId("screening-open");
    open.textProperty().bind(vm.texts().text("screening.list.open"));
    open.setOnAction(e -> vm.openSelectedFinal());
    open.disableProperty().bind(vm.selectedFinalProperty().isNull());
    ListView<ScreeningDraft> finals = new ListView<>(vm.finalised());
    finals.setId("screening-finalised");
    finals.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(ScreeningDraft item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : vm.describeFinal(item));
                setGraphic(null);
                setAccessibleText(null);
                if (!empty && item != null && vm.hasConflict(item)) {
                  // icon and words, not colour alone; read out with the line
                  Label flag = new Label("\u26A0 " + vm.conflictFlag());
                  flag.getStyleClass().addAll("warning", "text-bold");
                  flag.setId("screening-conflict-flag");
                  setGraphic(flag);
                  setContentDisplay(ContentDisplay.RIGHT);
                  setGraphicTextGap(12);
                  setAccessibleText(getText() + ". " + vm.conflictFlag());
                }
              }
            });
    vm.conflicted()
        .addListener(
            (javafx.collections.SetChangeListener<java.util.UUID>) change -> finals.refresh());
    finals
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> vm.selectedFinalProperty().set(b));
    vm.selectedFinalProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && finals.getSelectionModel().getSelectedItem() != b) {
                finals.getSelectionModel().select(b);
              }
            });
    finals.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.openSelectedFinal();
            e.consume();
          }
        });
    vm.texts().messagesProperty().addListener((o, a, b) -> finals.refresh());
    finals.setPlaceholder(c.hint("screening.list.noneFinalised"));
    finals.setPrefHeight(200);
    status.setWrapText(true);
    status.textProperty().bind(vm.texts().text("screening.list.loading"));
    status.setId("screening-status");
    HBox buttons = new HBox(8, start, resume, open);
    list.getChildren()
        .addAll(
            title,
            hint,
            buttons,
            c.heading("screening.list.drafts"),
            drafts,
            c.heading("screening.list.finalised"),
            finals,
            status);
    VBox.setVgrow(drafts, Priority.SOMETIMES);
    VBox.setVgrow(finals, Priority.SOMETIMES);
    list.setPadding(new Insets(0));
  }

  private void show() {
    switch (vm.modeProperty().get()) {
      case LOADING -> {
        status.setVisible(true);
        root.getChildren().setAll(list);
      }
      case LOAD_FAILED -> {
        status.textProperty().bind(vm.texts().text("screening.list.loadFailed.detail"));
        status.setVisible(true);
        root.getChildren().setAll(list);
      }
      case LIST -> {
        status.setVisible(false);
        root.getChildren().setAll(list);
        Platform.runLater(start::requestFocus);
      }
      case WIZARD -> {
        if (wizard == null) {
          wizard = new ScreeningWizardView(vm.wizardProperty().get());
        }
        root.getChildren().setAll(wizard.root());
        Platform.runLater(wizard::focusFirst);
      }
      case RECORD -> {
        if (record == null) {
          record = new ScreeningRecordView(vm.recordProperty().get(), vm::showList);
        }
        root.getChildren().setAll(record.root());
        Platform.runLater(record::focusFirst);
      }
    }
  }

  public Parent root() {
    return root;
  }
}
