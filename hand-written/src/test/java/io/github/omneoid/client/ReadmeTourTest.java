package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The README's quick tour is the compiled code of {@link ReadmeTour}, line for line. */
class ReadmeTourTest {

  @Test
  void theReadmeShowsTheCompiledTour() throws IOException {
    assertTheReadmeShows("tour");
  }

  @Test
  void theReadmeShowsTheCompiledViews() throws IOException {
    assertTheReadmeShows("views");
  }

  private static void assertTheReadmeShows(String snippet) throws IOException {
    String source = read(Paths.get("src/test/java/io/github/omneoid/client/ReadmeTour.java"));
    String code = between(source, "    // " + snippet + ":start\n", "    // " + snippet + ":end\n")
        .replaceAll("(?m)^    ", "");
    String readme = read(Paths.get("../README.md"));

    assertThat(readme).contains("```java\n" + code + "```\n");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as("tour markers").isNotNegative();
    return text.substring(from + start.length(), to);
  }

  private static String read(Path path) throws IOException {
    return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
  }
}
