package org.depder.ui.screening;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.app.people.PersonCandidate;
import org.depder.ui.KeyboardActivation;
import org.depder.ui.LiveTexts;

/**
 * The optional "who is it" part of step 4 and the people found: each with the recorded name, the
 * birth year and what matched (a document is said to match, its number is not shown), a "same
 * person" button each and one "a different person".
 */
final class PersonLinkView {
  private PersonLinkView() {}

  static Node build(PersonLinkModel m, LiveTexts texts, Choices c) {
    GridPane form = Choices.form();
    c.row(form, "screening.person.name", c.field("person-name", m.nameProperty(), 24));
    c.row(
        form,
        "screening.person.birthYear",
        c.field("person-birth-year", m.birthYearTextProperty(), 5));
    c.row(form, "screening.person.document", c.field("person-document", m.documentProperty(), 14));
    VBox matches = new VBox(6);
    matches.setId("person-matches");
    Label state = new Label();
    state.setId("person-link-state");
    state.setWrapText(true);
    Runnable refresh = () -> fill(matches, state, m, texts);
    m.candidates().addListener((ListChangeListener<PersonCandidate>) ch -> refresh.run());
    m.lookupProperty().addListener((o, a, b) -> refresh.run());
    texts.messagesProperty().addListener((o, a, b) -> refresh.run());
    refresh.run();
    return Choices.section(
        c.heading("screening.person.identity"),
        c.hint("screening.person.identityHint"),
        form,
        state,
        matches);
  }

  private static void fill(VBox matches, Label state, PersonLinkModel m, LiveTexts texts) {
    var messages = texts.messages();
    state.setText(
        switch (m.lookupProperty().get()) {
          case SEARCHING -> messages.text("screening.person.searching");
          case FAILED -> messages.text("screening.person.lookupFailed");
          case MATCHES_FOUND ->
              messages.text(
                  m.differentConfirmed()
                      ? "screening.person.match.newRecord"
                      : "screening.person.matchesFound");
          case NOT_YET -> "";
        });
    state.setVisible(!state.getText().isEmpty());
    state.setManaged(state.isVisible());
    matches.getChildren().clear();
    List<PersonCandidate> found = new ArrayList<>(m.candidates());
    for (int i = 0; i < found.size(); i++) {
      PersonCandidate candidate = found.get(i);
      Label line = new Label(describe(candidate, texts));
      line.setWrapText(true);
      line.setId("person-match-" + i);
      Button same = KeyboardActivation.fireOnEnter(new Button());
      same.setId("person-match-same-" + i);
      same.setText(messages.text("screening.person.match.same"));
      same.setOnAction(
          e -> {
            m.same(candidate);
            fill(matches, state, m, texts);
            refocus(matches, same.getId());
          });
      HBox.setHgrow(line, Priority.ALWAYS);
      HBox row = new HBox(12, same, line);
      if (m.linkedPersonId().filter(candidate.personId()::equals).isPresent()) {
        row.getStyleClass().add("success");
        line.setText(line.getText() + " \u2014 " + messages.text("screening.person.match.chosen"));
      }
      matches.getChildren().add(row);
    }
    if (!found.isEmpty()) {
      Button different = KeyboardActivation.fireOnEnter(new Button());
      different.setId("person-match-different");
      different.setText(messages.text("screening.person.match.different"));
      different.setOnAction(
          e -> {
            m.different();
            fill(matches, state, m, texts);
            refocus(matches, different.getId());
          });
      matches.getChildren().add(different);
      if (m.undecided()) {
        // keyboard users land on the question, not at the top of the form
        Node first = matches.getChildren().get(0);
        Platform.runLater(
            () -> {
              ((HBox) first).getChildren().get(0).requestFocus();
              scrollToEnd(matches);
            });
      }
    }
  }

  /** The matches are at the bottom of a long step: bring them into view. */
  private static void scrollToEnd(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof ScrollPane scroll) {
        scroll.setVvalue(scroll.getVmax());
        return;
      }
    }
  }

  private static void refocus(VBox matches, String id) {
    Platform.runLater(
        () -> {
          Node again = matches.lookup("#" + id);
          if (again != null) {
            again.requestFocus();
          }
        });
  }

  static String describe(PersonCandidate candidate, LiveTexts texts) {
    var messages = texts.messages();
    List<String> what = new ArrayList<>();
    if (candidate.documentMatched()) {
      what.add(messages.text("screening.person.match.byDocument"));
    }
    if (candidate.nameMatched()) {
      what.add(messages.text("screening.person.match.byName"));
    }
    if (candidate.birthYearMatched()) {
      what.add(messages.text("screening.person.match.byBirthYear"));
    }
    String born =
        candidate.birthYear().isPresent()
            ? Integer.toString(candidate.birthYear().getAsInt())
            : messages.text("screening.person.match.bornUnknown");
    return messages.text(
        "screening.person.match.line", candidate.name(), born, String.join(", ", what));
  }
}
