package io.github.omneoid.client;

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
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
    return new RawResponse(200, Collections.emptyMap(), json).json(); // the client's own exact reader
  }

  /** @return the tree as JSON: numbers digit for digit, keys in their order, nulls kept */
  static String json(Object tree) {
    return OmneoJson.moshi().adapter(Object.class).serializeNulls().toJson(tree);
  }
}
