package io.github.omneoid.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The conformance corpus: {@code src/test/resources/io/github/omneoid/client/conformance/<operationId>.json}. */
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
}
