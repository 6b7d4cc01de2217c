package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reads one non-null JSON value for a property of a declared type, the tolerant way (generated/models/README.md): a
 * form the spec declares ({@link Also}) is read silently; a form that can still be converted (a numeric string, a
 * number for a string) is converted and reported; anything else leaves the field empty, keeps the raw JSON
 * ({@link Raw}) and is reported. Nothing here throws for a shape, except a strict listener.
 */
abstract class ValueReader {

  /**
   * The JSON the reader could not put in the declared type, as Moshi reads untyped JSON; for a list with some items
   * that did not fit, also the typed list (those items null).
   */
  static final class Raw {
    final Object json;
    final Object typed;

    Raw(Object json) {
      this(json, null);
    }

    Raw(Object json, Object typed) {
      this.json = json;
      this.typed = typed;
    }
  }

  /** The JSON type the spec declares, as the drift report names it. */
  final String expected;

  ValueReader(String expected) {
    this.expected = expected;
  }

  /** @return the typed value, or a {@link Raw} */
  abstract Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException;

  /** Keeps the value as raw JSON, reporting it unless the spec declares it. */
  final Raw keepRaw(JsonReader reader, DriftContext context, boolean declared) throws IOException {
    String path = declared ? null : context.pathOf(reader);
    Token token = reader.peek();
    Object json = ExactNumbers.read(reader);
    if (!declared) {
      context.report(path, expected, describe(token, json));
    }
    return new Raw(json);
  }

  static String describe(Token token, Object json) {
    switch (token) {
      case BEGIN_OBJECT:
        return "object";
      case BEGIN_ARRAY:
        return json instanceof List && ((List<?>) json).isEmpty() ? "empty array" : "array";
      case STRING:
        return "string";
      case NUMBER:
        return "number";
      case BOOLEAN:
        return "boolean";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static ValueReader forString() {
    return StringReader.INSTANCE;
  }

  /** A string; a JSON number is read as its text. */
  private static final class StringReader extends ValueReader {
    static final StringReader INSTANCE = new StringReader();

    StringReader() {
      super("string");
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      Token token = reader.peek();
      if (token == Token.STRING) {
        return reader.nextString();
      }
      if (token == Token.NUMBER) {
        if (!also.contains(Also.NUMBER)) {
          context.report(context.pathOf(reader), expected, "number");
        }
        return reader.nextString(); // Moshi gives a number's literal text
      }
      return keepRaw(reader, context, false);
    }
  }

  /** A {@code Long} or {@code Integer}; a numeric string is parsed. */
  static final class IntegerReader extends ValueReader {
    private final boolean isLong;

    IntegerReader(boolean isLong) {
      super("integer");
      this.isLong = isLong;
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      Token token = reader.peek();
      if (token == Token.NUMBER) {
        try {
          return isLong ? (Object) reader.nextLong() : (Object) reader.nextInt();
        } catch (JsonDataException notAnInteger) {
          // Moshi keeps the number buffered when it does not fit; read it as text.
          String path = context.pathOf(reader);
          String where = reader.getPath();
          String text = reader.nextString();
          context.report(path, expected, "decimal number");
          return new Raw(ExactNumbers.number(text, where));
        }
      }
      if (token == Token.STRING) {
        String path = context.pathOf(reader);
        String text = reader.nextString();
        Object value = parse(text);
        if (value == null) {
          if (!also.contains(Also.STRING)) {
            context.report(path, expected, "string");
          }
          return new Raw(text);
        }
        if (!also.contains(Also.NUMERIC_STRING)) {
          context.report(path, expected, "numeric string");
        }
        return value;
      }
      return keepRaw(reader, context, false);
    }

    private Object parse(String text) {
      try {
        BigDecimal number = new BigDecimal(text.trim());
        return isLong ? (Object) number.longValueExact() : (Object) number.intValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        return null;
      }
    }
  }

  /** A {@code BigDecimal} (digit for digit as sent), {@code Double} or {@code Float}; a numeric string is parsed. */
  static final class DecimalReader extends ValueReader {
    private final Class<?> type;

    DecimalReader(Class<?> type) {
      super("number");
      this.type = type;
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      Token token = reader.peek();
      if (token == Token.NUMBER) {
        String path = reader.getPath();
        return convert(exact(reader.nextString(), path));
      }
      if (token == Token.STRING) {
        String path = context.pathOf(reader);
        String text = reader.nextString();
        BigDecimal number;
        try {
          number = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
          if (!also.contains(Also.STRING)) {
            context.report(path, expected, "string");
          }
          return new Raw(text);
        }
        if (!also.contains(Also.NUMERIC_STRING)) {
          context.report(path, expected, "numeric string");
        }
        return convert(number);
      }
      return keepRaw(reader, context, false);
    }

    /** A JSON number digit for digit; one whose exponent is past what a {@code BigDecimal} holds cannot be read. */
    static BigDecimal exact(String text, String path) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException outOfRange) {
        throw new JsonDataException("A number out of range (" + outOfRange.getMessage() + ") at path " + path);
      }
    }

    private Object convert(BigDecimal number) {
      if (type == Double.class) {
        return number.doubleValue();
      }
      if (type == Float.class) {
        return number.floatValue();
      }
      return number;
    }
  }

  /** A {@code Boolean}; {@code 0}/{@code 1} and {@code "true"}/{@code "false"}/{@code "0"}/{@code "1"} are read too. */
  static final class BooleanReader extends ValueReader {
    static final BooleanReader INSTANCE = new BooleanReader();

    BooleanReader() {
      super("boolean");
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      Token token = reader.peek();
      if (token == Token.BOOLEAN) {
        return reader.nextBoolean();
      }
      if (token != Token.NUMBER && token != Token.STRING) {
        return keepRaw(reader, context, false);
      }
      String path = context.pathOf(reader);
      String text = reader.nextString();
      Boolean value = "1".equals(text) || "true".equals(text) ? Boolean.TRUE
          : "0".equals(text) || "false".equals(text) ? Boolean.FALSE : null;
      boolean declared = token == Token.NUMBER ? also.contains(Also.ZERO_ONE) : also.contains(Also.STRING);
      if (value == null) {
        context.report(path, expected, token == Token.NUMBER ? "number" : "string");
        return new Raw(token == Token.NUMBER ? ExactNumbers.number(text, reader.getPath()) : text);
      }
      if (!declared) {
        context.report(path, expected, token == Token.NUMBER ? "0 or 1" : "string");
      }
      return value;
    }
  }

  /** An object read by a model or map adapter; {@code []} is an empty one. */
  static final class ObjectReader extends ValueReader {
    private final JsonAdapter<?> adapter;
    private final java.util.function.Supplier<Object> empty;

    ObjectReader(JsonAdapter<?> adapter, java.util.function.Supplier<Object> empty) {
      super("object");
      this.adapter = adapter;
      this.empty = empty;
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      Token token = reader.peek();
      switch (token) {
        case BEGIN_OBJECT:
          return adapter.fromJson(reader);
        case BEGIN_ARRAY:
          return readArray(reader, context, also);
        case STRING:
          return keepRaw(reader, context, also.contains(Also.STRING));
        case NUMBER:
          return keepRaw(reader, context, also.contains(Also.NUMBER));
        default:
          return keepRaw(reader, context, false);
      }
    }

    private Object readArray(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      String path = context.pathOf(reader);
      reader.beginArray();
      if (!reader.hasNext()) {
        reader.endArray();
        if (!also.contains(Also.EMPTY_ARRAY)) {
          context.report(path, expected, "empty array");
        }
        return empty.get();
      }
      List<Object> items = new ArrayList<>();
      while (reader.hasNext()) {
        items.add(ExactNumbers.read(reader));
      }
      reader.endArray();
      context.report(path, expected, "array");
      return new Raw(items);
    }
  }

  /**
   * A list, item by item with the item type's reader: an item that fits nowhere is null in the typed list, and the
   * whole list is also kept raw, so nothing is lost. A null item is drift too (it stays null in the list).
   */
  static final class ListReader extends ValueReader {
    private final ValueReader items;
    private final Set<Also> itemsAlso;
    private final JsonAdapter<Object> itemAdapter;

    ListReader(ValueReader items, Set<Also> itemsAlso, JsonAdapter<Object> itemAdapter) {
      super("array");
      this.items = items;
      this.itemsAlso = itemsAlso;
      this.itemAdapter = itemAdapter;
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      if (reader.peek() != Token.BEGIN_ARRAY) {
        return keepRaw(reader, context, false);
      }
      List<Object> list = new ArrayList<>();
      List<Object> rawItems = null;
      reader.beginArray();
      while (reader.hasNext()) {
        Object item;
        if (reader.peek() == Token.NULL) {
          context.report(context.pathOf(reader), items.expected, "null"); // no list of the spec's holds a null
          item = reader.nextNull();
        } else {
          item = items.read(reader, context, itemsAlso);
        }
        if (item instanceof Raw) {
          rawItems = rawItems != null ? rawItems : new ArrayList<>(Collections.nCopies(list.size(), null));
          rawItems.add(((Raw) item).json);
          list.add(null);
        } else {
          if (rawItems != null) {
            rawItems.add(null);
          }
          list.add(item);
        }
      }
      reader.endArray();
      List<Object> typed = Collections.unmodifiableList(list);
      return rawItems == null ? typed : new Raw(rawList(list, rawItems), typed);
    }

    /** The list as it came: raw items where they did not fit, the typed ones written back as JSON values. */
    private List<Object> rawList(List<Object> typed, List<Object> rawItems) {
      List<Object> json = new ArrayList<>(typed.size());
      for (int i = 0; i < typed.size(); i++) {
        json.add(rawItems.get(i) != null ? rawItems.get(i) : itemAdapter.toJsonValue(typed.get(i)));
      }
      return json;
    }
  }

  /** Any JSON value (an untyped property): never drift. */
  static final class AnyReader extends ValueReader {
    static final AnyReader INSTANCE = new AnyReader();

    AnyReader() {
      super("any");
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      return ExactNumbers.read(reader);
    }
  }

  /** A type this reader has no rule for: Moshi's own adapter, strict. */
  static final class DelegateReader extends ValueReader {
    private final JsonAdapter<?> adapter;

    DelegateReader(JsonAdapter<?> adapter) {
      super("value");
      this.adapter = adapter;
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      return adapter.fromJson(reader);
    }
  }
}
