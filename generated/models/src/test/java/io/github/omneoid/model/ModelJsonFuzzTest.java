package io.github.omneoid.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonDataException;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.IOException;

/**
 * Fuzzes the tolerant reader ({@link OmneoJson#parse(String, Class, SchemaDriftListener)}) — what every response
 * body goes through — on a nested model with every reader in play ({@link ProfileEnvelope}: numbers, booleans, open
 * enums, free-form maps, nested models and lists) and a paged list ({@link LocationPage}).
 *
 * <p>Properties: JSON text either parses or fails with {@link IOException} (not JSON) — never a
 * {@link JsonDataException} for its shape (only for nesting deeper than Moshi reads), never an NPE,
 * ClassCastException, NumberFormatException, StackOverflowError; and what parsed writes back to JSON that parses
 * into an equal model, so nothing a response carried is lost.
 */
class ModelJsonFuzzTest {

  private static final Class<?>[] TYPES = {ProfileEnvelope.class, LocationPage.class};
  private static final SchemaDriftListener IGNORE = drift -> { };

  @FuzzTest(maxDuration = "5m")
  void parse(FuzzedDataProvider data) throws IOException {
    String json = data.consumeRemainingAsString();
    for (Class<?> type : TYPES) {
      Object parsed = parseOrNull(json, type);
      if (parsed != null) {
        Object again = OmneoJson.parse(OmneoJson.toJson(parsed, type), type, IGNORE);
        assertThat(again).as("written back and read again").isEqualTo(parsed);
      }
    }
  }

  private static Object parseOrNull(String json, Class<?> type) {
    try {
      return OmneoJson.parse(json, type, IGNORE);
    } catch (IOException notJson) {
      return null;
    } catch (JsonDataException e) {
      if (e.getMessage() != null && (e.getMessage().startsWith("Nesting too deep")
          || e.getMessage().startsWith("JSON document was not fully consumed"))) {
        return null;
      }
      throw e;
    }
  }
}
