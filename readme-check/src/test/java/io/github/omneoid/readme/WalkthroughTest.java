package io.github.omneoid.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough's blocks apply where they say, without a build (WalkthroughIT builds them). */
class WalkthroughTest {

  private static final Path ROOT = Paths.get(System.getProperty("readme.root", "..")).toAbsolutePath().normalize();

  @Test
  void addingAnOperationTouchesAtMostFourFiles() throws IOException {
    Walkthrough walkthrough = Walkthrough.read(ROOT.resolve("README.md"));

    assertThat(walkthrough.additions().stream().map(Walkthrough.Edit::file).distinct())
        .as("files the walkthrough edits: the spec, the resource class, the table row, the interaction")
        .containsExactlyInAnyOrder("spec/omneo-id.yaml",
            "hand-written/src/main/java/io/github/omneoid/client/ProfileResource.java",
            "hand-written/src/test/java/io/github/omneoid/client/OperationsTable.java",
            "contract-tests/src/test/java/io/github/omneoid/contract/ProfilePactTest.java");
    assertThat(walkthrough.specAdditions()).hasSize(2);
    assertThat(walkthrough.breaking()).hasSize(1);
    assertThat(walkthrough.output("spec only")).isNotEmpty();
    assertThat(walkthrough.output("breaking")).isNotEmpty();
  }

  @Test
  void everyBlockAppliesAtExactlyOnePlace(@TempDir Path scratch) throws IOException {
    Walkthrough walkthrough = Walkthrough.read(ROOT.resolve("README.md"));
    List<Walkthrough.Edit> all = Stream.concat(walkthrough.additions().stream(), walkthrough.breaking().stream())
        .toList();
    for (Walkthrough.Edit edit : all) {
      Path copy = scratch.resolve(edit.file());
      if (!Files.exists(copy)) {
        Files.createDirectories(copy.getParent());
        Files.copy(ROOT.resolve(edit.file()), copy);
      }
    }

    all.forEach(edit -> edit.applyTo(scratch));

    for (Walkthrough.Edit edit : all) {
      assertThat(Files.readString(scratch.resolve(edit.file()))).as(edit.toString())
          .contains(String.join("\n", edit.lines()));
    }
  }

  @Test
  void anAnchorThatIsNotUniqueIsRefused(@TempDir Path scratch) throws IOException {
    Files.writeString(scratch.resolve("twice.txt"), "x\ny\nx\n");
    Walkthrough.Edit edit = new Walkthrough.Edit("twice.txt", "after", "x", List.of("z"));

    assertThatThrownBy(() -> edit.applyTo(scratch))
        .hasMessage("walkthrough block for twice.txt after \"x\": more than one line \"x\" in twice.txt");
  }
}
