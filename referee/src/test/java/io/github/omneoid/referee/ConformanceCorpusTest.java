package io.github.omneoid.referee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The referee gate for the conformance corpus: every {@code <operationId>.json} of
 * {@code hand-written/src/test/resources/io/github/omneoid/client/conformance/} (response bodies the client must
 * read, taken from the official reference) is judged as that operation's 200 response against the published spec.
 * Violations listed under gate {@value #GATE} in the known-violations list are tolerated; any other fails, and so
 * does a listed entry no file shows any more.
 */
class ConformanceCorpusTest {

  static final String GATE = "corpus";

  private static Path corpus() {
    return Paths.get(System.getProperty("omneo.conformance.dir",
        "../hand-written/src/test/resources/io/github/omneoid/client/conformance"));
  }

  @Test
  void everyCorpusBodyIsAValid200OfItsOperation() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus())) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).as("response bodies in " + corpus()).isNotEmpty();
    Referee referee = Referee.publishedSpec();
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      String operationId = file.getFileName().toString().replaceFirst("\\.json$", "");
      assertThat(referee.operations()).as("%s names an operation of the spec", file.getFileName())
          .containsKey(operationId);
      String body = Files.readString(file, StandardCharsets.UTF_8);
      for (Violation v : referee.judgeResponse(operationId, 200, "application/json", body)) {
        findings.add(new Finding(v, "conformance/" + file.getFileName()));
      }
    }
    System.out.printf("Referee [corpus]: %d files, %d violations%n", files.size(), findings.size());
    KnownViolations.load().verdict(GATE, findings).assertClean();
  }
}
