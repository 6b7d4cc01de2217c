package io.github.omneoid.client;

import com.squareup.moshi.JsonReader;
import io.github.omneoid.json.OmneoJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okio.Buffer;

/**
 * The conformance corpus ({@code src/test/resources/io/github/omneoid/client/conformance/<operationId>.json}) and the
 * JSON tree of its bodies. The tree keeps every number as the {@link BigDecimal} of its literal ({@code 90017} stays
 * {@code 90017}, not the double {@code 90017.0} that {@code OmneoJson.moshi().adapter(Object.class)} reads), so a body
 * written back from the tree differs from the file only where a test changed it.
 */
final class CorpusBodies {

  static final String DIRECTORY = "io/github/omneoid/client/conformance";

  private CorpusBodies() {
  }

  /** @return operationId → body, in operationId order */
  static Map<String, String> all() {
    Map<String, String> bodies = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory())) {
      files.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(p -> {
        try {
          bodies.put(p.getFileName().toString().replaceFirst("\\.json$", ""),
              Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bodies;
  }

  private static Path directory() {
    URL url = CorpusBodies.class.getClassLoader().getResource(DIRECTORY);
    if (url == null) {
      throw new IllegalStateException(DIRECTORY + " is not on the test class path");
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the body as maps (in document order), lists, strings, {@link BigDecimal}s, booleans and nulls */
  static Object tree(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("trailing content after the JSON document");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the tree as JSON: numbers digit for digit, keys in their order, nulls kept */
  static String json(Object tree) {
    return OmneoJson.moshi().adapter(Object.class).serializeNulls().toJson(tree);
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY: {
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      }
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case STRING:
        return reader.nextString();
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalStateException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }
}
