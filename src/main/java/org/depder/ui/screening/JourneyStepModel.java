package org.depder.ui.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.screening.Journey;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.TravelArranger;
import org.depder.app.screening.TravelPurpose;
import org.depder.domain.reference.Country;

/** Step 5: the journey (DOMAIN 1.9 section 4). */
public final class JourneyStepModel {
  private final ObjectProperty<Country> origin = new SimpleObjectProperty<>();
  private final ObjectProperty<Country> destination = new SimpleObjectProperty<>();
  private final ObjectProperty<TravelPurpose> purpose = new SimpleObjectProperty<>();
  private final ObjectProperty<TravelArranger> arranger = new SimpleObjectProperty<>();
  private final NumberField months = new NumberField();
  private final ObjectProperty<LocalDate> returnedOn = new SimpleObjectProperty<>();
  private final BooleanProperty workedAbroadBefore = new SimpleBooleanProperty();
  private final PersonStepModel countries;

  JourneyStepModel(DraftEditor editor, PersonStepModel countries) {
    this.countries = countries;
    Runnable journey =
        () ->
            editor.edit(
                d ->
                    d.withJourney(
                        new Journey(
                            Optional.ofNullable(origin.get()).map(Country::alpha2),
                            Optional.ofNullable(destination.get()).map(Country::alpha2),
                            ContextStepModel.orElse(purpose.get(), TravelPurpose.NOT_STATED),
                            ContextStepModel.orElse(arranger.get(), TravelArranger.UNKNOWN),
                            months.parse(),
                            Optional.ofNullable(returnedOn.get()),
                            workedAbroadBefore.get())));
    origin.addListener((o, a, b) -> journey.run());
    destination.addListener((o, a, b) -> journey.run());
    purpose.addListener((o, a, b) -> journey.run());
    arranger.addListener((o, a, b) -> journey.run());
    months.textProperty().addListener((o, a, b) -> journey.run());
    returnedOn.addListener((o, a, b) -> journey.run());
    workedAbroadBefore.addListener((o, a, b) -> journey.run());
  }

  void fill(ScreeningDraft draft) {
    Journey j = draft.journey();
    origin.set(j.originCountry().flatMap(countries::country).orElse(null));
    destination.set(j.destinationCountry().flatMap(countries::country).orElse(null));
    purpose.set(j.purpose());
    arranger.set(j.arrangedBy());
    months.show(j.monthsAbroad());
    returnedOn.set(j.returnedOn().orElse(null));
    workedAbroadBefore.set(j.workedAbroadBefore());
  }

  List<String> inputProblemKeys() {
    List<String> keys = new ArrayList<>();
    if (months.invalidProperty().get()) {
      keys.add("screening.problem.monthsNotNumber");
    }
    return keys;
  }

  public ObjectProperty<Country> originProperty() {
    return origin;
  }

  public ObjectProperty<Country> destinationProperty() {
    return destination;
  }

  public ObjectProperty<TravelPurpose> purposeProperty() {
    return purpose;
  }

  public ObjectProperty<TravelArranger> arrangerProperty() {
    return arranger;
  }

  public StringProperty monthsTextProperty() {
    return months.textProperty();
  }

  public ObjectProperty<LocalDate> returnedOnProperty() {
    return returnedOn;
  }

  public BooleanProperty workedAbroadBeforeProperty() {
    return workedAbroadBefore;
  }
}
