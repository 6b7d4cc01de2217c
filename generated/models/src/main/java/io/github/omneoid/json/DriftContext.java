package io.github.omneoid.json;

import com.squareup.moshi.JsonReader;

/**
 * One parse's listener and position (which model, which field), carried as a tag on the {@link JsonReader} so every
 * nested adapter reports to the listener the caller chose.
 */
final class DriftContext {

  private final SchemaDriftListener listener;
  String model = "(document)";
  String field = "(value)";

  private DriftContext(SchemaDriftListener listener) {
    this.listener = listener;
  }

  static void install(JsonReader reader, SchemaDriftListener listener) {
    reader.setTag(DriftContext.class, new DriftContext(listener));
  }

  /** @return the reader's context; a reader nobody set up reports to {@link SchemaDriftListener#defaultListener()} */
  static DriftContext of(JsonReader reader) {
    DriftContext context = reader.tag(DriftContext.class);
    if (context == null) {
      context = new DriftContext(SchemaDriftListener.defaultListener());
      reader.setTag(DriftContext.class, context);
    }
    return context;
  }

  /**
   * The JSON path to report, or null when the listener has already heard of this model and field: a response that
   * drifts on every call then costs no path string and no report object after the first.
   */
  String pathOf(JsonReader reader) {
    return listener instanceof DriftListeners.Once && ((DriftListeners.Once) listener).hasSeen(model, field) ? null
        : reader.getPath();
  }

  /** @param path from {@link #pathOf}; null reports nothing */
  void report(String path, String expected, String actual) {
    if (path != null) {
      listener.onDrift(new SchemaDrift(model, field, expected, actual, path));
    }
  }
}
