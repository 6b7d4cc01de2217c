package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Booleans that also accept {@code 0}/{@code 1} and their quoted forms: the API's PHP back end sends flags such as
 * {@code is_repeating} as integers in places (facts §3.5, §6.11).
 */
final class LenientBooleanAdapter extends JsonAdapter<Boolean> {

  static final LenientBooleanAdapter INSTANCE = new LenientBooleanAdapter();

  @Override
  public Boolean fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BOOLEAN:
        return reader.nextBoolean();
      case NUMBER:
      case STRING:
        String text = reader.nextString().trim();
        switch (text) {
          case "1":
          case "true":
            return true;
          case "0":
          case "false":
            return false;
          default:
            throw new JsonDataException("Expected a boolean but was '" + text + "' at path " + reader.getPath());
        }
      default:
        throw new JsonDataException("Expected a boolean but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  @Override
  public void toJson(JsonWriter writer, Boolean value) throws IOException {
    writer.value(value.booleanValue());
  }
}
