package io.github.omneoid.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Users' projects, outside this build: {@code src/it/consumers} (client and models, each with and without
 * omneo-id-bom) run in a child Maven, offline, whose local repository is {@code target/consumer-repo} — what
 * {@code invoker:install} put there from this build: the published POMs (flattened) and jars, the BOM, and the
 * third-party jars at the versions this build resolved. The normal local repository is only a read-only tail, for
 * Maven's own plugins; nothing is written to it.
 *
 * <p>Each consumer's runtime dependency list must equal the list the library module resolved for itself
 * ({@code <module>/target/tested-dependencies.txt}) plus the library: a consumer runs on exactly what the build
 * tested. Every Java snippet of the README must compile (Java 11) against what the consumer resolved, and a small
 * program must run on that classpath.
 */
class ConsumerIT {

  /** A dependency in dependency:list or dependency:tree output: group:artifact:type[:classifier]:version:scope. */
  private static final Pattern LISTED =
      Pattern.compile("^[\\s|+\\\\-]*([^\\s:]+:[^\\s:]+(?::[^\\s:]+){3,4})(\\s.*)?$");

  private static Path root;
  private static Path work;
  private static Path repo;
  private static String version;
  private static String childLog;
  private static int childExit;

  @BeforeAll
  static void buildTheConsumers() throws Exception {
    root = Paths.get(System.getProperty("consumer.root")).toAbsolutePath().normalize();
    work = Paths.get(System.getProperty("consumer.work"));
    repo = Paths.get(System.getProperty("consumer.repo"));
    version = System.getProperty("consumer.version");
    assertThat(repo.resolve("io/github/omneoid")).as("what invoker:install put into %s", repo).isDirectory();

    // invoker:install also put this module and its parent there; no published POM may need either.
    deleteTree(repo.resolve("io/github/omneoid/omneo-id-parent"));
    deleteTree(repo.resolve("io/github/omneoid/omneo-id-consumer-check"));
    deleteTree(work);
    copyTree(Paths.get(System.getProperty("consumer.projects")), work);
    // Maven looks upwards for .mvn/ to find its project root: stop it here, not at this repository's root.
    Files.createDirectories(work.resolve(".mvn"));
    // The README's own Java snippets, compiled by the consumers like their code (ReadmeSnippets).
    Files.writeString(work.resolve("readme-snippet/example/ReadmeSnippets.java"),
        ReadmeSnippets.source(Files.readString(root.resolve("README.md"))));

    long started = System.nanoTime();
    // Two runs: Maven resolves every jar a project's build needs before its first step, so a wrong version that is
    // not to be had offline would stop a single run before the tree is written.
    Child tree = maven("tree", "dependency:tree");
    Child build = maven("build", "process-classes");
    childLog = tree.log + build.log;
    childExit = Math.max(tree.exit, build.exit);
    System.out.printf("Consumers built offline in %.1f s (exit codes %d, %d)%n", (System.nanoTime() - started) / 1e9,
        tree.exit, build.exit);
  }

  /** A child process's exit code and output. */
  static final class Child {
    final int exit;
    final String log;

    Child(int exit, String log) {
      this.exit = exit;
      this.log = log;
    }
  }

  private static Child maven(String name, String goal) throws Exception {
    List<String> command = List.of(
        Paths.get(System.getProperty("consumer.maven.home"), "bin", "mvn").toString(),
        "-o", "-B", "-fae", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + repo,
        "-Dmaven.repo.local.tail=" + System.getProperty("consumer.maven.repo"),
        "-Domneo.version=" + version,
        goal);
    Path log = work.resolve(name + ".log");
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the consumers' build did not finish; log: " + log);
    }
    System.out.println("Ran " + command);
    return new Child(process.exitValue(), Files.readString(log));
  }

  @Test
  void theConsumersBuildOffline() {
    assertThat(childExit).as("exit code of the consumers' build; errors:%n%s", errors()).isZero();
  }

  @Test
  void clientWithTheBomRunsOnExactlyTheTestedSet() throws IOException {
    assertSameSet("client-with-bom", "hand-written", "omneo-id-client");
  }

  @Test
  void clientWithoutTheBomRunsOnExactlyTheTestedSet() throws IOException {
    assertSameSet("client-without-bom", "hand-written", "omneo-id-client");
  }

  @Test
  void modelsWithTheBomRunOnExactlyTheTestedSet() throws IOException {
    assertSameSet("models-with-bom", "generated/models", "omneo-id-models");
  }

  @Test
  void modelsWithoutTheBomRunOnExactlyTheTestedSet() throws IOException {
    assertSameSet("models-without-bom", "generated/models", "omneo-id-models");
  }

  @Test
  void modelsBringMoshiAndItsRuntimeOnlyNoRetrofitNoOkHttp() throws IOException {
    for (String consumer : List.of("models-with-bom", "models-without-bom")) {
      TreeSet<String> resolved = listed(work.resolve(consumer).resolve("target/dependencies.txt"));
      assertThat(resolved).as(consumer).noneMatch(d -> d.startsWith("com.squareup.retrofit2:"))
          .noneMatch(d -> d.startsWith("com.squareup.okhttp3:"))
          .noneMatch(d -> d.startsWith("io.github.omneoid:omneo-id-retrofit:"))
          .noneMatch(d -> d.startsWith("io.github.omneoid:omneo-id-client:"));
      // Moshi 1.15 stands on okio-jvm, which is Kotlin: its stdlib is the one Kotlin part a models user gets.
      assertThat(resolved.stream().filter(d -> d.startsWith("org.jetbrains.kotlin:")).map(ConsumerIT::artifactId))
          .as(consumer).containsExactlyInAnyOrder("kotlin-stdlib", "kotlin-stdlib-jdk7", "kotlin-stdlib-jdk8");
    }
  }

  @Test
  void theReadmeSnippetCompilesAndRunsOnTheConsumersClasspath() throws Exception {
    for (String consumer : List.of("client-with-bom", "client-without-bom")) {
      Path project = work.resolve(consumer);
      assertThat(project.resolve("target/classes/example/ReadmeSnippet.class")).as(consumer).isRegularFile();
      String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
          + Files.readString(project.resolve("target/classpath.txt")).trim();
      Process run = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classpath, "example.ReadmeSnippet").redirectErrorStream(true).start();
      String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor(1, TimeUnit.MINUTES)).as(consumer + " snippet finished").isTrue();
      assertThat(run.exitValue()).as("%s snippet exit code; output:%n%s", consumer, out).isZero();
      assertThat(out).as(consumer).contains("ReadmeSnippet: built a client");
    }
  }

  @Test
  void thePublishedPomsStandAlone() throws IOException {
    Path ours = repo.resolve("io/github/omneoid");
    List<String> landed;
    try (Stream<Path> files = Files.walk(ours)) {
      landed = files.filter(Files::isRegularFile).map(p -> ours.relativize(p).toString())
          .filter(p -> p.endsWith(".pom") || p.endsWith(".jar")).sorted().collect(Collectors.toList());
    }
    System.out.println("What the consumers resolved from this build (" + ours + "):\n  " + String.join("\n  ", landed));
    for (String artifact : List.of("omneo-id-bom", "omneo-id-client", "omneo-id-retrofit", "omneo-id-models")) {
      String pom = Files.readString(ours.resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".pom"));
      assertThat(pom).as(artifact + " POM: flattened, no parent to fetch").doesNotContain("<parent>")
          .as(artifact + " POM: what Maven Central requires")
          .contains("<url>https://github.com/omneoid/omneo-id-java</url>", "<name>Apache-2.0</name>",
              "<developers>", "<scm", "<description>")
          .as(artifact + " POM: no property left to resolve").doesNotContain("${");
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static void assertSameSet(String consumer, String module, String library) throws IOException {
    TreeSet<String> resolved = listed(work.resolve(consumer).resolve("target/dependencies.txt"));
    TreeSet<String> tested = listed(root.resolve(module).resolve("target/tested-dependencies.txt"));
    tested.add("io.github.omneoid:" + library + ":jar:" + version + ":compile");
    System.out.println(consumer + " resolved:\n  " + String.join("\n  ", resolved));
    assertThat(resolved).as("%s resolved (left) vs %s/target/tested-dependencies.txt + %s (right)",
        consumer, module, library).containsExactlyElementsOf(tested);
  }

  /** The {@code group:artifact:type[:classifier]:version:scope} of each dependency in a list or tree file. */
  static TreeSet<String> listed(Path file) throws IOException {
    assertThat(file).as("%s; the consumers' build said:%n%s", file, errors()).isRegularFile();
    TreeSet<String> set = new TreeSet<>();
    for (String line : Files.readAllLines(file)) {
      // A build run without -B colours dependency:list's file too.
      Matcher m = LISTED.matcher(line.replaceAll("\u001B\\[[;\\d]*m", ""));
      if (m.matches()) {
        set.add(m.group(1));
      }
    }
    assertThat(set).as("dependencies listed in " + file).isNotEmpty();
    return set;
  }

  /** The consumers' build log, its errors only. */
  private static String errors() {
    return childLog.lines().filter(l -> l.startsWith("[ERROR]") || l.contains("WARNING] The POM for"))
        .collect(Collectors.joining("\n"));
  }

  private static String artifactId(String listed) {
    return listed.split(":")[1];
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      Files.delete(p);
    }
  }
}
