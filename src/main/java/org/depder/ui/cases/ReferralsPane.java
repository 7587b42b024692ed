package org.depder.ui.cases;

import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.app.cases.ReferralLabels;
import org.depder.domain.cases.DeclineReason;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Referrals tab: on the left the open case's referrals, the actions of their lifecycle, the
 * answer of the service (reason and note) and the selected referral's steps and packet; on the
 * right the form that proposes a new one. The tab scrolls to whatever has the keyboard focus.
 */
final class ReferralsPane {
  private final HBox root;

  /**
   * @param print asks where to save the letter of the selected referral, then prints it
   */
  ReferralsPane(ReferralsModel vm, CaseControls c, BiConsumer<ReferralsModel, Line> print) {
    LiveTexts texts = vm.texts();
    ListView<Line> referrals = CaseControls.list("case-referrals", vm.referrals(), 110);
    referrals.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
    vm.referrals()
        .addListener(
            (ListChangeListener<Line>)
                change ->
                    vm.selected()
                        .flatMap(
                            id ->
                                vm.referrals().stream().filter(l -> id.equals(l.id())).findFirst())
                        .ifPresent(l -> referrals.getSelectionModel().select(l)));
    FlowPane actions = new FlowPane(6, 6);
    actions
        .getChildren()
        .addAll(
            c.onSelected(
                "consent-record", "casesui.consent.record", referrals, vm::recordConsentFor),
            c.onSelected("referral-send", "casesui.referral.send", referrals, vm::send),
            c.onSelected("referral-accept", "casesui.referral.accept", referrals, vm::accept),
            c.onSelected("referral-deliver", "casesui.referral.deliver", referrals, vm::deliver),
            c.onSelected("referral-close", "casesui.referral.close", referrals, vm::closeReferral),
            c.onSelected("referral-cancel", "casesui.referral.cancel", referrals, vm::cancel),
            c.onSelected(
                "referral-letter",
                "casesui.referral.letter",
                referrals,
                line -> print.accept(vm, line)));

    ComboBox<DeclineReason> reason =
        ReferralProposalPane.picker(
            "referral-decline-reason",
            FXCollections.observableArrayList(DeclineReason.values()),
            vm.declineReasonProperty(),
            texts,
            (m, r) -> m.text(ReferralLabels.declineReason(r)));
    TextField note = new TextField();
    note.setId("referral-outcome-note");
    note.textProperty().bindBidirectional(vm.noteProperty());
    GridPane answer = new GridPane();
    answer.setHgap(8);
    answer.setVgap(6);
    answer.add(c.labelFor("casesui.referral.declineReason", reason), 0, 0);
    answer.add(reason, 1, 0);
    answer.add(c.labelFor("casesui.referral.outcomeNote", note), 0, 1);
    answer.add(note, 1, 1);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(110);
    labels.setPrefWidth(150);
    labels.setMaxWidth(170);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setMinWidth(160);
    answer.getColumnConstraints().setAll(labels, fields);
    reason.setMaxWidth(Double.MAX_VALUE);
    note.setMaxWidth(Double.MAX_VALUE);
    answer.getChildren().stream()
        .filter(Label.class::isInstance)
        .forEach(l -> ((Label) l).setWrapText(true));
    Button decline =
        c.onSelected("referral-decline", "casesui.referral.decline", referrals, vm::decline);
    decline.setMinWidth(Region.USE_PREF_SIZE);
    answer.add(decline, 1, 2);

    Label details = text("referral-details", vm, true);
    Label packet = text("referral-packet", vm, false);
    VBox left =
        new VBox(
            6,
            c.heading("casesui.referral.title"),
            referrals,
            actions,
            answer,
            c.heading("casesui.referral.details.title"),
            details,
            packet);
    Node form = new ReferralProposalPane(vm.proposal(), c, texts).root();
    VBox right = new VBox(form);
    left.setPrefWidth(440);
    right.setPrefWidth(420);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    root = new HBox(16, left, right);
    root.sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null) {
                scene.focusOwnerProperty().addListener((p, b, focused) -> reveal(focused));
              }
            });
  }

  private static Label text(String id, ReferralsModel vm, boolean steps) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.textProperty().bind(steps ? vm.detailsProperty() : vm.packetProperty());
    return label;
  }

  /** Scrolls the tab so that the focused control of this pane is in view (Tab moves the view). */
  private void reveal(Node focused) {
    if (focused == null || !isInside(focused)) {
      return;
    }
    ScrollPane scroll = null;
    for (Parent p = root.getParent(); p != null && scroll == null; p = p.getParent()) {
      if (p instanceof ScrollPane s) {
        scroll = s;
      }
    }
    if (scroll == null) {
      return;
    }
    double content = root.getBoundsInLocal().getHeight();
    double viewport = scroll.getViewportBounds().getHeight();
    if (content <= viewport) {
      return;
    }
    Bounds b = root.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
    double top = scroll.getVvalue() * (content - viewport);
    if (b.getMinY() < top) {
      scroll.setVvalue(b.getMinY() / (content - viewport));
    } else if (b.getMaxY() > top + viewport) {
      scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / (content - viewport)));
    }
  }

  private boolean isInside(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  Node root() {
    return root;
  }
}
