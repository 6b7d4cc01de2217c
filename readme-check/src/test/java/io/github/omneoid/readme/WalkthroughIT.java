package io.github.omneoid.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's "Regenerating on API changes", done as a user would: each test copies the repository (its tracked and
 * untracked, not ignored, files) to a scratch folder, applies the README's blocks there and runs one build in a child
 * Maven — offline, on the local repository this build has filled — and checks what the README says happens.
 */
class WalkthroughIT {

  private static final Path ROOT = Paths.get(System.getProperty("readme.root")).toAbsolutePath().normalize();
  private static final Path WORK = Paths.get(System.getProperty("readme.work")).toAbsolutePath();

  private static Walkthrough walkthrough;

  @BeforeAll
  static void read() throws IOException {
    walkthrough = Walkthrough.read(ROOT.resolve("README.md"));
  }

  @Test
  void theSpecAloneFailsTheOperationsGateNamingTheOperation() throws Exception {
    Path copy = scratchCopy("spec-only");
    walkthrough.specAdditions().forEach(edit -> edit.applyTo(copy));

    Build build = build(copy, "spec-only", "-pl", "hand-written", "-am", "verify", "-DskipITs",
        "-Dtest=OperationsTest", "-Dsurefire.failIfNoSpecifiedTests=false");

    assertThat(build.exitCode()).as("exit code of a build with only the spec edited; log %s", build.log()).isNotZero();
    assertThat(build.output()).as("its console; log %s", build.log()).contains(walkthrough.output("spec only"));
  }

  @Test
  void allTheEditsBuildGreenInOneBuild() throws Exception {
    Path copy = scratchCopy("all-edits");
    walkthrough.additions().forEach(edit -> edit.applyTo(copy));

    // Everything the new operation reaches: generation, the client, the sandbox, the contract and its
    // verification. PactPublishIT publishes whatever pact there is; it adds nothing here and runs Maven again.
    Build build = build(copy, "all-edits", "-pl", "contract-tests", "-am", "verify", "-Dit.test=!PactPublishIT",
        "-Dfailsafe.failIfNoSpecifiedTests=false");

    assertThat(build.exitCode()).as("exit code of the walkthrough's build; log %s", build.log()).isZero();
    assertThat(copy.resolve("generated/models/target/classes/io/github/omneoid/model/VoucherPage.class"))
        .isRegularFile();
    assertThat(Files.readString(copy.resolve(
        "contract-tests/target/pacts/omneo-id-java-omneo-id-api.json"))).contains("/profiles/me/vouchers");
    System.out.printf("walkthrough: %d blocks, %d lines, in %d files; one build of %d s%n",
        walkthrough.additions().size(),
        walkthrough.additions().stream().mapToInt(e -> e.lines().size()).sum(),
        walkthrough.additions().stream().map(Walkthrough.Edit::file).distinct().count(),
        build.duration().toSeconds());
  }

  @Test
  void theBreakingChangeFailsTheSpecModule() throws Exception {
    Path copy = scratchCopy("breaking");
    walkthrough.breaking().forEach(edit -> edit.applyTo(copy));

    Build build = build(copy, "breaking", "-pl", "spec", "verify", "-DskipTests");

    assertThat(build.exitCode()).as("exit code with the breaking change; log %s", build.log()).isNotZero();
    assertThat(build.output()).as("its console; log %s", build.log()).contains(walkthrough.output("breaking"));
  }

  // ------------------------------------------------------------------------------------------------ scratch copies

  private static Path scratchCopy(String name) throws Exception {
    Path copy = WORK.resolve(name);
    delete(copy);
    for (String file : git("ls-files", "--cached", "--others", "--exclude-standard")) {
      Path from = ROOT.resolve(file);
      if (Files.isRegularFile(from)) {
        Path to = copy.resolve(file);
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return copy;
  }

  private static List<String> git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", ROOT.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .toList();
    assertThat(process.waitFor()).as("git %s: %s", String.join(" ", args), lines).isZero();
    return lines;
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ child builds

  private record Build(int exitCode, String output, Path log, Duration duration) {
  }

  private static Build build(Path copy, String name, String... args) throws Exception {
    Path log = WORK.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("readme.maven.home"), "bin", "mvn").toString(),
        "-o", "-B", "-ntp", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + System.getProperty("readme.maven.repo")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Instant start = Instant.now();
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the " + name + " build did not finish in 10 minutes; log " + log);
    }
    return new Build(process.exitValue(), Files.readString(log), log, Duration.between(start, Instant.now()));
  }
}
