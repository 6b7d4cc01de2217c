package io.github.omneoid.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Kotlin section promises that every published package is {@code @NullMarked} (JSpecify), so Kotlin
 * and null checkers see the library's nullness. A new package without it would silently fall back to platform
 * types: this fails first, naming the package. The client's {@code internal} package is the one documented
 * exception (not API).
 */
class NullMarkedPackagesTest {

  /** The published modules with Java sources, by folder (PublishedModulesTest keeps the published set). */
  private static final List<String> MODULES = List.of("hand-written", "generated/models", "generated/retrofit",
      "sandbox", "jackson", "jackson3", "spring-boot/autoconfigure", "spring-boot/test");

  private static final Map<String, String> EXCEPTIONS =
      Map.of("io/github/omneoid/client/internal", "internal, not API (README, Kotlin)");

  @Test
  void everyPublishedPackageIsNullMarked() {
    Path root = Paths.get(System.getProperty("consumer.root")).toAbsolutePath().normalize();
    TreeSet<String> unmarked = new TreeSet<>();
    int packages = 0;
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      for (Path dir : packageDirs(sources)) {
        String name = sources.relativize(dir).toString().replace('\\', '/');
        packages++;
        if (!EXCEPTIONS.containsKey(name) && !nullMarked(dir.resolve("package-info.java"))) {
          unmarked.add(module + ": " + name.replace('/', '.'));
        }
      }
    }
    assertThat(packages).as("packages found").isGreaterThanOrEqualTo(MODULES.size());
    assertThat(unmarked).as("published packages without @NullMarked in package-info.java").isEmpty();
  }

  private static List<Path> packageDirs(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean nullMarked(Path packageInfo) {
    try {
      return Files.exists(packageInfo) && Files.readString(packageInfo).contains("@NullMarked");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
