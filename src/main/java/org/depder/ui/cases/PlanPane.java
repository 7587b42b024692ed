package org.depder.ui.cases;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.depder.app.cases.ReferralLabels;
import org.depder.domain.cases.GoalState;
import org.depder.domain.cases.ServiceNeed;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Case plan tab: the goals with the buttons moving the selected one, then the form adding a
 * goal. Choices are combo boxes walked with the arrow keys; the target date is typed as {@code
 * 2026-03-20} and may stay empty.
 */
final class PlanPane {
  private final VBox root;

  PlanPane(PlanModel vm, CaseControls c, LiveTexts texts) {
    ListView<Line> goals = FollowUpsPane.wrapping(CaseControls.list("plan-goals", vm.goals(), 130));
    FlowPane actions = new FlowPane(6, 6);
    actions
        .getChildren()
        .addAll(
            c.onSelected(
                "plan-start",
                "casesui.plan.start",
                goals,
                g -> vm.setState(g, GoalState.IN_PROGRESS)),
            c.onSelected(
                "plan-achieve",
                "casesui.plan.achieve",
                goals,
                g -> vm.setState(g, GoalState.ACHIEVED)),
            c.onSelected(
                "plan-drop", "casesui.plan.drop", goals, g -> vm.setState(g, GoalState.DROPPED)));

    ComboBox<ServiceNeed> need =
        combo(
            "plan-need",
            javafx.collections.FXCollections.observableArrayList(ServiceNeed.values()),
            vm.needProperty(),
            texts,
            n -> texts.messages().text(ReferralLabels.need(n)));
    TextField description =
        FollowUpsPane.field(
            "plan-description", vm.descriptionProperty(), texts, "casesui.plan.descriptionHint");
    ComboBox<String> provider =
        combo("plan-provider", vm.providers(), vm.providerProperty(), texts, vm::providerName);
    ComboBox<String> owner =
        combo("plan-owner", vm.owners(), vm.ownerProperty(), texts, vm::ownerName);
    TextField target =
        FollowUpsPane.field("plan-target", vm.targetProperty(), texts, "casesui.date.hint");
    GridPane form = FollowUpsPane.grid();
    form.addRow(0, c.labelFor("casesui.plan.need", need), need);
    form.addRow(1, c.labelFor("casesui.plan.description", description), description);
    form.addRow(2, c.labelFor("casesui.plan.provider", provider), provider);
    form.addRow(3, c.labelFor("casesui.plan.owner", owner), owner);
    form.addRow(4, c.labelFor("casesui.plan.target", target), target);
    form.add(c.button("plan-add", "casesui.plan.add", vm::add), 1, 5);

    root =
        new VBox(
            6,
            c.heading("casesui.plan.title"),
            goals,
            actions,
            c.heading("casesui.plan.addTitle"),
            form);
  }

  /**
   * A combo box over {@code items} bound both ways to {@code value}, each item shown through {@code
   * label}; the arrow keys move the choice without opening the list. A language switch re-labels
   * it.
   */
  static <T> ComboBox<T> combo(
      String id,
      ObservableList<T> items,
      ObjectProperty<T> value,
      LiveTexts texts,
      Function<T, String> label) {
    ComboBox<T> box = new ComboBox<>(items);
    box.setId(id);
    box.valueProperty().bindBidirectional(value);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(converter(label));
    texts.messagesProperty().addListener((o, a, b) -> box.setConverter(converter(label)));
    return box;
  }

  private static <T> StringConverter<T> converter(Function<T, String> label) {
    return new StringConverter<>() {
      @Override
      public String toString(T item) {
        return item == null ? "" : label.apply(item);
      }

      @Override
      public T fromString(String text) {
        return null;
      }
    };
  }

  Node root() {
    return root;
  }
}
