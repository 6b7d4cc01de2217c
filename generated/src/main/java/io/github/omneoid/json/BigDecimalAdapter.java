package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/** Money and amounts as {@link BigDecimal}, digit for digit as sent; a quoted number is accepted too. */
final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {

  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString(); // Moshi returns a number token's literal text here
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a number but was '" + text + "' at path " + reader.getPath());
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    writer.value(value);
  }
}
