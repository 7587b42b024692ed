package org.depder.ui.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.screening.Accompaniment;
import org.depder.app.screening.AgeBand;
import org.depder.app.screening.AgeCertainty;
import org.depder.app.screening.PersonDetails;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.Sex;
import org.depder.domain.reference.Country;
import org.depder.domain.reference.CountryList;

/** Step 4: the minimal person data (no name, no documents; DOMAIN 1.9 section 3). */
public final class PersonStepModel {
  private final NumberField age = new NumberField();
  private final ObjectProperty<AgeBand> band = new SimpleObjectProperty<>();
  private final ObjectProperty<AgeCertainty> certainty = new SimpleObjectProperty<>();
  private final BooleanProperty presumedMinor = new SimpleBooleanProperty();
  private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
  private final ObjectProperty<Country> citizenship = new SimpleObjectProperty<>();
  private final BooleanProperty stateless = new SimpleBooleanProperty();
  private final ObjectProperty<Accompaniment> accompanied = new SimpleObjectProperty<>();
  private final CountryList countries;

  PersonStepModel(DraftEditor editor, CountryList countries) {
    this.countries = countries;
    Runnable person =
        () ->
            editor.edit(
                d ->
                    d.withPerson(
                        new PersonDetails(
                            age.parse(),
                            Optional.ofNullable(band.get()),
                            ContextStepModel.orElse(certainty.get(), AgeCertainty.ESTIMATED),
                            presumedMinor.get(),
                            ContextStepModel.orElse(sex.get(), Sex.UNKNOWN),
                            Optional.ofNullable(citizenship.get()).map(Country::alpha2),
                            stateless.get(),
                            ContextStepModel.orElse(accompanied.get(), Accompaniment.UNKNOWN))));
    age.textProperty().addListener((o, a, b) -> person.run());
    band.addListener((o, a, b) -> person.run());
    certainty.addListener((o, a, b) -> person.run());
    presumedMinor.addListener((o, a, b) -> person.run());
    sex.addListener((o, a, b) -> person.run());
    citizenship.addListener((o, a, b) -> person.run());
    stateless.addListener((o, a, b) -> person.run());
    accompanied.addListener((o, a, b) -> person.run());
  }

  void fill(ScreeningDraft draft) {
    PersonDetails p = draft.person();
    age.show(p.ageYears());
    band.set(p.ageBand().orElse(null));
    certainty.set(p.ageCertainty());
    presumedMinor.set(p.presumedMinor());
    sex.set(p.sex());
    citizenship.set(p.citizenship().flatMap(this::country).orElse(null));
    stateless.set(p.stateless());
    accompanied.set(p.accompaniedBy());
  }

  Optional<Country> country(String alpha2) {
    return countries.countries().stream().filter(c -> c.alpha2().equals(alpha2)).findFirst();
  }

  /** Problems the draft cannot see, because it never received the unreadable text. */
  List<String> inputProblemKeys() {
    List<String> keys = new ArrayList<>();
    if (age.invalidProperty().get()) {
      keys.add("screening.problem.ageNotNumber");
    }
    return keys;
  }

  public List<Country> countryChoices() {
    return countries.inPicklistOrder();
  }

  public StringProperty ageTextProperty() {
    return age.textProperty();
  }

  public ObjectProperty<AgeBand> bandProperty() {
    return band;
  }

  public ObjectProperty<AgeCertainty> certaintyProperty() {
    return certainty;
  }

  public BooleanProperty presumedMinorProperty() {
    return presumedMinor;
  }

  public ObjectProperty<Sex> sexProperty() {
    return sex;
  }

  public ObjectProperty<Country> citizenshipProperty() {
    return citizenship;
  }

  public BooleanProperty statelessProperty() {
    return stateless;
  }

  public ObjectProperty<Accompaniment> accompaniedProperty() {
    return accompanied;
  }
}
