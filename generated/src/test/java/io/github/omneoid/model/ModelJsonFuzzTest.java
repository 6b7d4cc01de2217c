package io.github.omneoid.model;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonDataException;
import io.github.omneoid.json.OmneoJson;
import java.io.IOException;

/**
 * Fuzzes model JSON parsing ({@link OmneoJson#parse(String, Class)}) — what every response body and every service
 * importing the models goes through — on a nested model with every adapter in play ({@link ProfileEnvelope}:
 * BigDecimal, lenient booleans, tolerant enums, free-form maps) and a paged list ({@link LocationPage}).
 *
 * <p>Property: a parse returns, or throws {@link IOException} (not JSON) or {@link JsonDataException} (JSON of
 * another shape, nesting too deep) — never an NPE, ClassCastException, NumberFormatException, StackOverflowError.
 * What parsed must also write back to JSON that parses again without any exception.
 */
class ModelJsonFuzzTest {

  private static final Class<?>[] TYPES = {ProfileEnvelope.class, LocationPage.class};

  @FuzzTest(maxDuration = "5m")
  void parse(FuzzedDataProvider data) throws IOException {
    String json = data.consumeRemainingAsString();
    for (Class<?> type : TYPES) {
      Object parsed = parseOrNull(json, type);
      if (parsed != null) {
        // What the models read, they write back readably: a failure here is a finding, not an expected error.
        OmneoJson.parse(OmneoJson.toJson(parsed, type), type);
      }
    }
  }

  private static Object parseOrNull(String json, Class<?> type) {
    try {
      return OmneoJson.parse(json, type);
    } catch (IOException | JsonDataException expected) {
      return null;
    }
  }
}
