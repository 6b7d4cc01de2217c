package io.github.omneoid.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CI runs what the README tells a contributor to run. */
class CommandsTest {

  private static final Path ROOT = Paths.get(System.getProperty("readme.root", "..")).toAbsolutePath().normalize();
  /** The README's table row: | all tests and checks (...) | `command` |. */
  private static final Pattern TEST_ROW = Pattern.compile("\\| all tests and checks [^|]*\\| `([^`]+)` \\|");

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws IOException {
    Matcher row = TEST_ROW.matcher(Files.readString(ROOT.resolve("README.md")));
    assertThat(row.find()).as("README's \"all tests and checks\" row").isTrue();

    List<String> commands = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("set ")
            && !line.startsWith("cd "))
        .collect(Collectors.toList());

    assertThat(commands).as(".ci/run's commands").containsExactly(row.group(1));
  }
}
