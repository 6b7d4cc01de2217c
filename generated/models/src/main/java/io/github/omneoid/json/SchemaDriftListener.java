package io.github.omneoid.json;

/**
 * Hears where a response did not have the shape the spec declares. The reader has already done what it could: a
 * numeric string became a number, {@code []} an empty object, and a value that fits nowhere left its typed field
 * empty with the raw JSON kept ({@link OmneoJson#raw}). Implementations must be thread-safe.
 *
 * <p>Three ready ones: {@link #logging()} (the default), {@link #strict()} (drift becomes an exception, for test
 * suites) and {@link #once(SchemaDriftListener)} (any listener, told once per model and field).
 */
public interface SchemaDriftListener {

  /** The system property that makes {@link #defaultListener()} strict: {@code -Domneo.json.strict=true}. */
  String STRICT_PROPERTY = "omneo.json.strict";

  /**
   * @param drift where, and which JSON types; never the value
   * @throws SchemaDriftException to turn drift into a failed parse, as {@link #strict()} does
   */
  void onDrift(SchemaDrift drift);

  /**
   * The default: a {@code java.util.logging} warning on the logger {@code io.github.omneoid.json}, once per model and
   * field for the life of the JVM. It names model, field, expected and actual JSON type, never the value.
   *
   * @return the logging listener
   */
  static SchemaDriftListener logging() {
    return DriftListeners.LOGGING;
  }

  /**
   * Drift fails the parse with a {@link SchemaDriftException}: what this project's own test suites run with.
   *
   * @return the strict listener
   */
  static SchemaDriftListener strict() {
    return DriftListeners.STRICT;
  }

  /**
   * Passes each (model, field) on the first time only; a repeat costs the reader nothing.
   *
   * @param listener the listener to tell
   * @return the deduplicating listener (one per {@code listener})
   */
  static SchemaDriftListener once(SchemaDriftListener listener) {
    return DriftListeners.once(listener);
  }

  /** @return {@link #strict()} when the system property {@value #STRICT_PROPERTY} is {@code true}, else {@link #logging()} */
  static SchemaDriftListener defaultListener() {
    return Boolean.getBoolean(STRICT_PROPERTY) ? strict() : logging();
  }
}
