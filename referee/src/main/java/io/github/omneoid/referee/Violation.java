package io.github.omneoid.referee;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing the validator found wrong in an exchange: the operation (its {@code operationId}, or the method and
 * path when no operation matches), the part of the exchange ({@code request} or {@code response <status>}), the
 * field (a JSON pointer into the body, {@code query:name}, {@code header:name}, {@code path:name}, or {@code -})
 * and the validator's message key and text.
 */
public final class Violation {
  private static final Pattern ARRAY_INDEX = Pattern.compile("/[0-9]+(?=/|$)");

  private final String operation;
  private final String part;
  private final String field;
  private final String rule;
  private final String message;

  Violation(String operation, String part, String field, String rule, String message) {
    this.operation = operation;
    this.part = part;
    this.field = field;
    this.rule = rule;
    this.message = message;
  }

  public String operation() {
    return operation;
  }

  public String part() {
    return part;
  }

  public String field() {
    return field;
  }

  /** The validator's message key, e.g. {@code validation.response.body.schema.type}. */
  public String rule() {
    return rule;
  }

  public String message() {
    return message;
  }

  /**
   * The key the known-violations list uses: stable across runs (no values, ids or timestamps; array indices in the
   * field become {@code *}, {@code /data/3/id} is {@code /data/*\/id}), one per kind of mistake:
   * {@code <operation> <part> <field> <rule>}.
   */
  public String key() {
    return operation + " " + part + " " + ARRAY_INDEX.matcher(field).replaceAll("/*") + " " + rule;
  }

  /** {@code operationId field: message}, the form a failing gate prints. */
  public String line() {
    return operation + " " + part + " " + field + ": " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation && ((Violation) o).key().equals(key())
        && ((Violation) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key(), message);
  }

  @Override
  public String toString() {
    return line() + " [" + rule + "]";
  }
}
