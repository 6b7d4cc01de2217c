package io.github.omneoid.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot applications outside this build ({@code src/it/spring-boot-consumers}): one on Boot 3.5 (Jackson 2),
 * one on Boot 4 (Jackson 3), each importing Boot's BOM and omneo-id-bom and depending on the starter, as the
 * README's "Spring Boot" section says. Their sources are the application of {@code spring-boot/it-app} (a controller
 * returning and accepting the models, {@code RestClient}, the actuator's meters, all on the sandbox) and the
 * README's Spring Boot blocks. A child Maven runs their tests offline on {@code target/consumer-repo} (what
 * {@code invoker:install} put there from this build), with the normal local repository as a read-only tail for
 * Spring Boot and the plugins: the build's {@code spring-boot/it-boot3} and {@code it-boot4} resolved the same
 * Boot versions there before this module runs, so an empty local repository at the start of the build is enough.
 */
class SpringBootConsumerIT {

  /** A README block that is a whole file of a Spring Boot application: {@code <!-- spring-boot: main|test FILE -->}. */
  private static final Pattern README_FILE =
      Pattern.compile("<!-- spring-boot: (main|test) (\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> APPS = List.of("boot3", "boot4");

  private static Path work;
  private static int exit;
  private static String log;

  @BeforeAll
  static void testTheApplications() throws Exception {
    Path root = Paths.get(System.getProperty("consumer.root")).toAbsolutePath().normalize();
    Path repo = Paths.get(System.getProperty("consumer.repo"));
    work = Paths.get(System.getProperty("consumer.spring.work"));
    assertThat(repo.resolve("io/github/omneoid/omneo-id-spring-boot-starter")).as("what invoker:install put there")
        .isDirectory();

    ConsumerIT.deleteTree(work);
    ConsumerIT.copyTree(Paths.get(System.getProperty("consumer.spring.projects")), work);
    Files.createDirectories(work.resolve(".mvn")); // Maven's project root: here, not this repository's
    Map<String, String> readme = readmeFiles(Files.readString(root.resolve("README.md")));
    for (String app : APPS) {
      ConsumerIT.copyTree(root.resolve("spring-boot/it-app/src"), work.resolve(app).resolve("src"));
      for (Map.Entry<String, String> file : readme.entrySet()) {
        Path target = work.resolve(app).resolve("src").resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    }

    List<String> command = List.of(
        Paths.get(System.getProperty("consumer.maven.home"), "bin", "mvn").toString(),
        "-o", "-B", "-fae", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + repo,
        "-Dmaven.repo.local.tail=" + System.getProperty("consumer.maven.repo"),
        "-Domneo.version=" + System.getProperty("consumer.version"),
        "-Dspring-boot3.version=" + System.getProperty("consumer.spring-boot3.version"),
        "-Dspring-boot4.version=" + System.getProperty("consumer.spring-boot4.version"),
        "test");
    Path logFile = work.resolve("build.log");
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    if (!process.waitFor(9, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the Spring Boot consumers' build did not finish; log: " + logFile);
    }
    exit = process.exitValue();
    log = Files.readString(logFile);
    System.out.printf("Spring Boot consumers built and tested offline in %.1f s (exit code %d): %s%n",
        (System.nanoTime() - started) / 1e9, exit, command);
  }

  @Test
  void theReadmeHasASpringBootApplicationAndATest() throws IOException {
    assertThat(readmeFiles(Files.readString(Paths.get(System.getProperty("consumer.root"), "README.md"))))
        .containsKeys("main/java/example/ProfilePage.java", "test/java/example/ProfilePageTest.java");
  }

  @Test
  void bothApplicationsBuildAndPassTheirTestsOffline() {
    assertThat(exit).as("exit code of the Spring Boot consumers' build; errors:%n%s", errors()).isZero();
  }

  @Test
  void everyTestRanOnEachBoot() throws IOException {
    for (String app : APPS) {
      Map<String, int[]> results = surefireResults(work.resolve(app).resolve("target/surefire-reports"));
      assertThat(results).as(app + ": test classes run").containsKeys("example.ProfilePageTest",
          "example.omneo.boot.ProfileApplicationTest");
      results.forEach((testClass, counts) -> {
        assertThat(counts[0]).as("%s %s: tests run", app, testClass).isPositive();
        assertThat(counts[1]).as("%s %s: failures, errors and skips", app, testClass).isZero();
      });
    }
  }

  @Test
  void eachBootRanOnItsOwnJackson() {
    // What Boot's BOM gives each application: Jackson 2 databind on Boot 3, Jackson 3 databind on Boot 4.
    String boot3 = classpathOf("boot3");
    String boot4 = classpathOf("boot4");
    assertThat(boot3).contains("com/fasterxml/jackson/core/jackson-databind").doesNotContain("tools/jackson/core");
    assertThat(boot4).contains("tools/jackson/core/jackson-databind");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The README's whole-file Spring Boot blocks, by path below {@code src/}. */
  static Map<String, String> readmeFiles(String readme) {
    Map<String, String> files = new LinkedHashMap<>();
    Matcher m = README_FILE.matcher(readme);
    while (m.find()) {
      String source = m.group(3);
      Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
      String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
      files.put(m.group(1) + "/java/" + dir + m.group(2), source);
    }
    return files;
  }

  /** Test class → {tests run, failures + errors + skipped}, from surefire's XML reports. */
  private static Map<String, int[]> surefireResults(Path reports) throws IOException {
    assertThat(reports).as("%s; the build said:%n%s", reports, errors()).isDirectory();
    Pattern suite = Pattern.compile("<testsuite [^>]*?name=\"([^\"]+)\"[^>]*>");
    Map<String, int[]> results = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(reports)) {
      for (Path xml : files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
          .collect(Collectors.toList())) {
        Matcher m = suite.matcher(Files.readString(xml));
        if (m.find()) {
          String tag = m.group(0);
          results.put(m.group(1), new int[] {attribute(tag, "tests"),
              attribute(tag, "failures") + attribute(tag, "errors") + attribute(tag, "skipped")});
        }
      }
    }
    return results;
  }

  private static int attribute(String tag, String name) {
    Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(tag);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Surefire's record of the test classpath, from its XML report's properties. */
  private static String classpathOf(String app) {
    try (Stream<Path> files = Files.list(work.resolve(app).resolve("target/surefire-reports"))) {
      Path xml = files.filter(p -> p.getFileName().toString().startsWith("TEST-")).findFirst().orElseThrow();
      Matcher m = Pattern.compile("name=\"surefire.test.class.path\" value=\"([^\"]*)\"").matcher(Files.readString(xml));
      assertThat(m.find()).as(app + ": test class path in " + xml).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String errors() {
    return log == null ? "" : log.lines().filter(l -> l.startsWith("[ERROR]")).collect(Collectors.joining("\n"));
  }
}
