package io.github.omneoid.json;

import java.util.EnumSet;
import java.util.Set;

/** The {@code x-omneo-also} forms of the spec (spec/README.md): JSON the API sends beside a property's type. */
enum Also {
  /** {@code []} for an empty object or map: PHP writes an empty associative array as a list. */
  EMPTY_ARRAY("empty-array"),
  /** A number as a string of digits, e.g. {@code "80.00"}. */
  NUMERIC_STRING("numeric-string"),
  /** A JSON number where a string (or an object) is declared. */
  NUMBER("number"),
  /** A JSON string where an object, a number or a boolean is declared. */
  STRING("string"),
  /** {@code 0} / {@code 1} for a boolean. */
  ZERO_ONE("zero-one");

  private final String specName;

  Also(String specName) {
    this.specName = specName;
  }

  static Set<Also> of(JsonShape shape, String where) {
    return of(shape == null ? new String[0] : shape.also(), where);
  }

  static Set<Also> of(JsonItemShape shape, String where) {
    return of(shape == null ? new String[0] : shape.also(), where + "[]");
  }

  private static Set<Also> of(String[] names, String where) {
    Set<Also> forms = EnumSet.noneOf(Also.class);
    for (String name : names) {
      forms.add(named(name, where));
    }
    return forms;
  }

  private static Also named(String name, String where) {
    for (Also form : values()) {
      if (form.specName.equals(name)) {
        return form;
      }
    }
    throw new IllegalArgumentException("Unknown x-omneo-also form '" + name + "' on " + where
        + " (known: empty-array, numeric-string, number, string, zero-one)");
  }
}
