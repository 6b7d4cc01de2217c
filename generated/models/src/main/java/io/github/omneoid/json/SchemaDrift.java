package io.github.omneoid.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One place where a response did not have the shape the spec declares: which model and field, what JSON type was
 * expected and what arrived, and where in the document. It never holds the value itself, which may be personal data.
 */
public final class SchemaDrift {

  private final String model;
  private final String field;
  private final String expected;
  private final String actual;
  private final String path;

  /**
   * @param model the model's simple class name
   * @param field the JSON property name
   * @param expected the JSON type the spec declares
   * @param actual the JSON type that arrived
   * @param path the JSON path in the document
   */
  public SchemaDrift(String model, String field, String expected, String actual, String path) {
    this.model = Objects.requireNonNull(model, "model");
    this.field = Objects.requireNonNull(field, "field");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.actual = Objects.requireNonNull(actual, "actual");
    this.path = Objects.requireNonNull(path, "path");
  }

  /** @return the model's simple class name, e.g. {@code Point} */
  public String model() {
    return model;
  }

  /** @return the JSON property name, e.g. {@code rate}; {@code (value)} for a list element or a whole document */
  public String field() {
    return field;
  }

  /** @return the JSON type the spec declares, e.g. {@code number} or {@code object} */
  public String expected() {
    return expected;
  }

  /** @return the JSON type that arrived, e.g. {@code object}, {@code empty array}, {@code null} */
  public String actual() {
    return actual;
  }

  /** @return the JSON path in the document, e.g. {@code $.data.rate} */
  public String path() {
    return path;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SchemaDrift)) {
      return false;
    }
    SchemaDrift other = (SchemaDrift) o;
    return model.equals(other.model) && field.equals(other.field) && expected.equals(other.expected)
        && actual.equals(other.actual) && path.equals(other.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, field, expected, actual, path);
  }

  @Override
  public String toString() {
    return model + "." + field + ": expected " + expected + " but was " + actual + " at " + path;
  }
}
