package org.depder.ui.screening;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.people.PersonCandidate;
import org.depder.app.people.PersonMatcher;
import org.depder.app.screening.PersonIdentification;
import org.depder.app.screening.ScreeningDraft;

/**
 * Step 4, optional part: who the person says they are, and whether they are already in the vault.
 * Leaving the step with a name or a document first looks for likely matches; if there are any the
 * step stays open until the screener picks one ("the same person") or says "a different person".
 * Then the screening is linked to the chosen person, or a new person record is created. Without a
 * {@link PersonMatcher} (no vault) the fields are not shown.
 */
public final class PersonLinkModel {
  /** Where the look-up stands. */
  public enum Lookup {
    NOT_YET,
    SEARCHING,
    MATCHES_FOUND,
    FAILED
  }

  private final DraftEditor editor;
  private final TaskRunner tasks;
  private final Optional<PersonMatcher> people;
  private final StringProperty name = new SimpleStringProperty("");
  private final NumberField birthYear = new NumberField();
  private final StringProperty document = new SimpleStringProperty("");
  private final ObservableList<PersonCandidate> candidates = FXCollections.observableArrayList();
  private final ObjectProperty<Lookup> lookup = new SimpleObjectProperty<>(Lookup.NOT_YET);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

  PersonLinkModel(DraftEditor editor, TaskRunner tasks, Optional<PersonMatcher> people) {
    this.editor = editor;
    this.tasks = tasks;
    this.people = people;
    Runnable typed =
        () -> {
          if (editor.loading()) {
            return;
          }
          editor.edit(
              d ->
                  d.withIdentification(
                      d.identification()
                          .typed(name.get().strip(), birthYear.parse(), document.get().strip())));
          // the people found were for other values
          candidates.clear();
          lookup.set(Lookup.NOT_YET);
        };
    name.addListener((o, a, b) -> typed.run());
    birthYear.textProperty().addListener((o, a, b) -> typed.run());
    document.addListener((o, a, b) -> typed.run());
  }

  void fill(ScreeningDraft draft) {
    PersonIdentification i = draft.identification();
    name.set(i.nameAsGiven());
    birthYear.show(i.birthYear());
    document.set(i.documentNumber());
    candidates.clear();
    lookup.set(Lookup.NOT_YET);
  }

  /**
   * Called when the screener leaves step 4: goes on at once when there is nothing to look up or the
   * decision is made; otherwise looks, and goes on only when nobody was found.
   */
  void complete(Runnable proceed) {
    PersonIdentification i = editor.current().identification();
    if (people.isEmpty() || !i.identifiable() || i.personId().isPresent() || busy.get()) {
      if (!busy.get()) {
        proceed.run();
      }
      return;
    }
    if (lookup.get() == Lookup.FAILED) {
      // said once; no person is created when duplicates could not be checked
      lookup.set(Lookup.NOT_YET);
      proceed.run();
    } else if (i.differentPersonConfirmed()) {
      create(i, proceed);
    } else if (lookup.get() != Lookup.MATCHES_FOUND) {
      search(i, proceed);
    }
    // matches are shown and undecided: stay, problemKeys says what to do
  }

  private void search(PersonIdentification i, Runnable proceed) {
    busy.set(true);
    lookup.set(Lookup.SEARCHING);
    tasks.run(
        () -> people.get().candidates(i.nameAsGiven(), i.birthYear(), i.documentNumber()),
        found -> {
          busy.set(false);
          candidates.setAll(found);
          if (found.isEmpty()) {
            lookup.set(Lookup.NOT_YET);
            create(i, proceed);
          } else {
            lookup.set(Lookup.MATCHES_FOUND);
          }
        },
        failure -> {
          busy.set(false);
          lookup.set(Lookup.FAILED);
        });
  }

  private void create(PersonIdentification i, Runnable proceed) {
    busy.set(true);
    tasks.run(
        () -> people.get().create(i.nameAsGiven(), i.birthYear(), i.documentNumber()),
        id -> {
          busy.set(false);
          id.ifPresent(v -> editor.edit(d -> d.withIdentification(d.identification().linkedTo(v))));
          proceed.run();
        },
        failure -> {
          busy.set(false);
          lookup.set(Lookup.FAILED);
          // the name stays in the draft; the screening goes on and can be linked later
          proceed.run();
        });
  }

  /** Step 4 is shown again: a look-up that failed before is tried again on the next Next. */
  void entered() {
    if (lookup.get() == Lookup.FAILED) {
      lookup.set(Lookup.NOT_YET);
    }
  }

  /** "This is the same person": the screening belongs to that person record. */
  public void same(PersonCandidate candidate) {
    editor.edit(d -> d.withIdentification(d.identification().linkedTo(candidate.personId())));
  }

  /** "A different person": a new record is created when the step is left. */
  public void different() {
    editor.edit(d -> d.withIdentification(d.identification().differentPerson()));
  }

  /** Matches are on screen and the screener has not said which, if any, it is. */
  boolean undecided() {
    PersonIdentification i = editor.current().identification();
    return lookup.get() == Lookup.MATCHES_FOUND
        && i.personId().isEmpty()
        && !i.differentPersonConfirmed();
  }

  boolean differentConfirmed() {
    return editor.current().identification().differentPersonConfirmed();
  }

  List<String> inputProblemKeys() {
    return birthYear.invalidProperty().get()
        ? List.of("screening.problem.birthYearNotNumber")
        : List.of();
  }

  public boolean available() {
    return people.isPresent();
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty birthYearTextProperty() {
    return birthYear.textProperty();
  }

  public StringProperty documentProperty() {
    return document;
  }

  public ObservableList<PersonCandidate> candidates() {
    return candidates;
  }

  public ObjectProperty<Lookup> lookupProperty() {
    return lookup;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The person this screening is linked to, if any. */
  public Optional<String> linkedPersonId() {
    return editor.current().identification().personId();
  }
}
