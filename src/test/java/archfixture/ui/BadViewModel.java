package archfixture.ui;

import archfixture.store.BadStore;
import javafx.scene.control.Label;

/** Breaks: a view model touching the scene graph, and ui reaching the store directly. */
public class BadViewModel {
  Label label;
  BadStore store;
}
