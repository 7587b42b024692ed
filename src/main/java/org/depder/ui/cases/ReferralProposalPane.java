package org.depder.ui.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Urgency;
import org.depder.ui.LiveTexts;

/**
 * The "propose a referral" form: a compact two-column grid. Pickers are walked with the arrow keys,
 * needs are ticked with Space, Tab goes from field to field.
 */
final class ReferralProposalPane {
  private final VBox root;

  ReferralProposalPane(ReferralProposal vm, CaseControls c, LiveTexts texts) {
    ComboBox<Optional<ServiceNeed>> filter =
        picker(
            "referral-need-filter",
            vm.filters(),
            vm.filterProperty(),
            texts,
            (m, need) ->
                need.map(n -> m.text(ReferralLabels.need(n)))
                    .orElseGet(() -> m.text("casesui.referral.propose.allNeeds")));
    var service =
        picker(
            "referral-service", vm.services(), vm.serviceProperty(), texts, (m, s) -> vm.label(s));
    Label warning = new Label();
    warning.setId("referral-service-warning");
    warning.setWrapText(true);
    warning.getStyleClass().add("text-warning");
    warning.textProperty().bind(vm.warningProperty());
    warning.managedProperty().bind(warning.textProperty().isNotEmpty());
    warning.visibleProperty().bind(warning.managedProperty());
    FlowPane needs = new FlowPane(10, 4);
    for (ServiceNeed need : ServiceNeed.values()) {
      CheckBox box = new CheckBox();
      box.setId("referral-need-" + need.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      box.textProperty().bind(texts.text(ReferralLabels.need(need)));
      box.selectedProperty().bindBidirectional(vm.need(need));
      needs.getChildren().add(box);
    }
    ComboBox<Urgency> urgency =
        picker(
            "referral-urgency",
            javafx.collections.FXCollections.observableArrayList(Urgency.values()),
            vm.urgencyProperty(),
            texts,
            (m, u) -> m.text(ReferralLabels.urgency(u)));
    ComboBox<ContactMethod> contact =
        picker(
            "referral-contact-method",
            javafx.collections.FXCollections.observableArrayList(ContactMethod.values()),
            vm.contactProperty(),
            texts,
            (m, u) -> m.text(ReferralLabels.contactMethod(u)));
    TextField detail = new TextField();
    detail.setId("referral-contact-detail");
    detail.textProperty().bindBidirectional(vm.contactDetailProperty());
    Label hint = new Label();
    hint.textProperty().bind(texts.text("casesui.referral.propose.contactHint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(110);
    labels.setPrefWidth(130);
    labels.setMaxWidth(150);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    form.getColumnConstraints().setAll(labels, fields);
    row(form, c, "casesui.referral.propose.filter", filter);
    row(form, c, "casesui.referral.propose.service", new VBox(2, service, warning));
    row(form, c, "casesui.referral.propose.needs", needs);
    row(form, c, "casesui.referral.propose.urgency", urgency);
    row(form, c, "casesui.referral.propose.contactMethod", contact);
    row(form, c, "casesui.referral.propose.contactDetail", new VBox(2, detail, hint));
    root =
        new VBox(
            6,
            c.heading("casesui.referral.propose.title"),
            form,
            c.button("referral-propose", "casesui.referral.propose.submit", vm::propose));
  }

  private static void row(GridPane form, CaseControls c, String key, Node field) {
    int row = form.getRowCount();
    Label label = c.labelFor(key, field instanceof VBox box ? box.getChildren().get(0) : field);
    label.setWrapText(true);
    if (!(field instanceof javafx.scene.control.Control)) {
      GridPane.setValignment(label, VPos.TOP); // beside a field with a hint or many boxes
      label.setPadding(new Insets(4, 0, 0, 0));
    }
    form.add(label, 0, row);
    form.add(field, 1, row);
  }

  /**
   * A picker of {@code items} shown by {@code name} in the UI language, kept in step with {@code
   * value} both ways; re-labelled when the language changes.
   */
  static <T> ComboBox<T> picker(
      String id,
      ObservableList<T> items,
      ObjectProperty<T> value,
      LiveTexts texts,
      java.util.function.BiFunction<Messages, T, String> name) {
    ComboBox<T> combo = new ComboBox<>(items);
    combo.setId(id);
    combo.setMinWidth(100);
    combo.setPrefWidth(200); // long service names must not widen the form past the screen
    combo.setMaxWidth(Double.MAX_VALUE);
    combo.setVisibleRowCount(12);
    Runnable relabel =
        () -> {
          Function<T, String> text = t -> t == null ? "" : name.apply(texts.messages(), t);
          combo.setConverter(
              new StringConverter<>() {
                @Override
                public String toString(T t) {
                  return text.apply(t);
                }

                @Override
                public T fromString(String s) {
                  return null;
                }
              });
          combo.setCellFactory(list -> cell(text));
          combo.setButtonCell(cell(text));
        };
    relabel.run();
    texts.messagesProperty().addListener((o, a, b) -> relabel.run());
    combo.valueProperty().bindBidirectional(value);
    return combo;
  }

  private static <T> ListCell<T> cell(Function<T, String> text) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "" : text.apply(item));
      }
    };
  }

  Node root() {
    return root;
  }
}
