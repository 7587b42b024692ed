package archfixture.launch;

import javafx.application.Application;

/** Breaks: the launcher must not reference JavaFX. */
public abstract class Launcher extends Application {}
