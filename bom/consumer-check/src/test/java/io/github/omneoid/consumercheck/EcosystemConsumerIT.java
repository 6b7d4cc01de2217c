package io.github.omneoid.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import io.github.omneoid.consumercheck.ConsumerIT.Child;
import org.junit.jupiter.api.Test;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * The models where users' stacks meet them, each in a project outside this build that imports omneo-id-bom and
 * builds offline against what {@code invoker:install} put into {@code target/consumer-repo} (as {@link ConsumerIT}):
 *
 * <ul>
 *   <li>{@code kotlin-models}: Kotlin sees the models' and the client's JSpecify nullness: its sources compile, and
 *       sources that assign the nullable {@code title} or {@code serverMessage()} to a {@code String} are refused by
 *       the compiler.</li>
 *   <li>{@code jackson-models}: Jackson 2 and Jackson 3 mappers that find the modules by the service loader read an
 *       API body as OmneoJson does and write it back as the API's JSON.</li>
 *   <li>{@code shrunk-app}: an app using the client, shrunk and obfuscated with ProGuard with only the rules its jars
 *       embed ({@code META-INF/proguard/*.pro}) and its own entry point, reads a profile from a loopback server.</li>
 * </ul>
 *
 * The README's blocks marked {@code <!-- ecosystem: jackson -->} and {@code <!-- ecosystem: kotlin -->} are compiled by
 * the Jackson and Kotlin projects.
 */
class EcosystemConsumerIT {

  private static final Pattern ECOSYSTEM_BLOCK =
      Pattern.compile("<!-- ecosystem: (\\w+) -->\\n```(?:java|kotlin)\\n(.*?)```", Pattern.DOTALL);

  private static Path root;
  private static Path work;

  @BeforeAll
  static void copyTheConsumers() throws IOException {
    root = Paths.get(System.getProperty("consumer.root")).toAbsolutePath().normalize();
    work = Paths.get(System.getProperty("consumer.work")).resolveSibling("ecosystem-consumers");
    ConsumerIT.deleteTree(work);
    Path projects = Paths.get(System.getProperty("consumer.projects"));
    for (String project : List.of("kotlin-models", "jackson-models", "shrunk-app")) {
      ConsumerIT.copyTree(projects.resolve(project), work.resolve(project));
    }
    // Maven looks upwards for .mvn/ to find its project root: stop it here, not at this repository's root.
    Files.createDirectories(work.resolve(".mvn"));
    String readme = Files.readString(root.resolve("README.md"));
    Files.writeString(work.resolve("jackson-models/src/main/java/example/ReadmeJackson.java"),
        "package example;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\n"
            + "import io.github.omneoid.jackson.OmneoIdJacksonModule;\n"
            + "import io.github.omneoid.jackson3.OmneoIdJackson3Module;\n"
            + "import io.github.omneoid.model.*;\nimport tools.jackson.databind.json.JsonMapper;\n\n"
            + "/** The README's Jackson blocks, one method each. */\n@SuppressWarnings(\"unused\")\n"
            + "final class ReadmeJackson {\n  static String body;\n" + methods(readme, "jackson", "  static void %s() "
            + "throws Exception {\n%s  }\n") + "}\n");
    Files.writeString(work.resolve("kotlin-models/src/main/kotlin/example/ReadmeKotlin.kt"),
        "package example\n\nimport io.github.omneoid.client.*\nimport io.github.omneoid.json.OmneoJson\n"
            + "import io.github.omneoid.model.*\n\n"
            + methods(readme, "kotlin", "fun %s(body: String) {\n%s}\n"));
  }

  /** The README's blocks of one ecosystem, each as a function body in {@code template} (name, body). */
  private static String methods(String readme, String ecosystem, String template) {
    StringBuilder out = new StringBuilder();
    Matcher block = ECOSYSTEM_BLOCK.matcher(readme);
    int count = 0;
    while (block.find()) {
      if (block.group(1).equals(ecosystem)) {
        String body = block.group(2).lines().map(l -> l.isEmpty() ? "" : "    " + l)
            .collect(Collectors.joining("\n", "", "\n"));
        out.append(String.format(template, ecosystem + "Snippet" + ++count, body));
      }
    }
    assertThat(count).as("README blocks marked <!-- ecosystem: %s -->", ecosystem).isPositive();
    return out.toString();
  }

  @Test
  void kotlinSeesTheModelsAndClientsNullabilityAndRefusesNullablesAsString() throws Exception {
    Child compiled = maven("kotlin-models", "kotlin", "process-classes");
    assertThat(compiled.exit).as("Kotlin consumer build; log %s", errors(compiled)).isZero();
    assertThat(work.resolve("kotlin-models/target/classes/example/NullSafetyKt.class")).isRegularFile();
    assertThat(work.resolve("kotlin-models/target/classes/example/ClientNullSafetyKt.class")).isRegularFile();

    Child refused = maven("kotlin-models", "kotlin-refused", "-Dkotlin.sources=src/refused/kotlin",
        "process-classes");
    assertThat(refused.exit).as("compiling Refused.kt must fail").isNotZero();
    assertThat(errors(refused)).as("the compiler's error on the model").containsPattern(
        "(?i)/Refused\\.kt.*(mismatch.*'?String\\?'?|String\\?.*but.*String)");
    assertThat(errors(refused)).as("the compiler's error on the client").containsPattern(
        "(?i)/RefusedClient\\.kt.*(mismatch.*'?String\\?'?|String\\?.*but.*String)");
  }

  @Test
  void jacksonTwoAndThreeReadAndWriteTheApisJsonInAConsumer() throws Exception {
    Child built = maven("jackson-models", "jackson", "process-classes");
    assertThat(built.exit).as("Jackson consumer build; log %s", errors(built)).isZero();
    Path body = root.resolve("hand-written/src/test/resources/io/github/omneoid/client/conformance/getMyProfile.json");
    String out = java(classpath("jackson-models"), "example.JacksonRoundTrip", body.toString());
    assertThat(out).contains("jackson2: read and wrote the API's JSON as OmneoJson does",
        "jackson3: read and wrote the API's JSON as OmneoJson does");
  }

  @Test
  void anAppShrunkWithTheEmbeddedRulesOnlyParsesAndCalls() throws Exception {
    Child built = maven("shrunk-app", "shrunk", "process-classes");
    assertThat(built.exit).as("shrunk-app build; log %s", errors(built)).isZero();
    Path app = work.resolve("shrunk-app");
    Path shrunk = shrink(app, "shrunk.jar", rule -> true);
    assertThat(app.resolve("target/rules/omneo-id-models.pro")).as("the models' embedded rules").isRegularFile();
    try (JarFile jar = new JarFile(shrunk.toFile())) {
      assertThat(jar.getEntry("io/github/omneoid/model/Gender.class")).as("class names obfuscated").isNull();
    }
    // The control: without omneo-id's own rules the same app fails, so the embedded rules are what make it work.
    Path unruled = shrink(app, "shrunk-without-omneo-rules.jar", rule -> !rule.startsWith("omneo-id-"));

    List<String> requests = new CopyOnWriteArrayList<>();
    byte[] profile = Files.readAllBytes(
        root.resolve("hand-written/src/test/resources/io/github/omneoid/client/conformance/getMyProfile.json"));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, profile.length);
      exchange.getResponseBody().write(profile);
      exchange.close();
    });
    server.start();
    try {
      String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/id/api/v1";
      String out = java(shrunk.toString(), "example.ShrunkApp", baseUrl);
      assertThat(out).contains("first_name=Harriet", "gender=female known=true", "tier=Silver");
      assertThat(requests).containsExactly("GET /id/api/v1/profiles/me");
      assertThat(run(unruled.toString(), "example.ShrunkApp", baseUrl).exit).as("the control").isNotZero();
    } finally {
      server.stop(0);
    }
  }

  /**
   * Shrinks and obfuscates the app with ProGuard as an Android release build would: its classes and every jar of its
   * runtime classpath in, one jar out, with the rules the jars embed ({@code META-INF/proguard/*.pro}, those whose
   * file name {@code useRule} accepts) and the app's own entry point.
   */
  private static Path shrink(Path app, String name, Predicate<String> useRule) throws Exception {
    Path shrunk = app.resolve("target").resolve(name);
    List<String> config = new ArrayList<>(List.of(
        "-injars", app.resolve("target/classes").toString(),
        "-libraryjars", jmod("java.base") + File.pathSeparator + jmod("java.logging"),
        // ProGuard's optimizer breaks Okio (a VerifyError); shrinking and obfuscation are what an app's rules face.
        "-dontoptimize",
        // Retrofit and OkHttp refer to Android classes they look up only on Android.
        "-dontwarn", "android.**",
        "-keep", "class example.ShrunkApp { public static void main(java.lang.String[]); }"));
    int entries = classCount(app.resolve("target/classes"));
    List<String> rules = new ArrayList<>();
    for (String jar : Files.readString(app.resolve("target/classpath.txt")).trim().split(File.pathSeparator)) {
      config.addAll(List.of("-injars", jar + "(!META-INF/**,!module-info.class)"));
      entries += classCount(Paths.get(jar));
      for (Path rule : embeddedRules(Paths.get(jar), app.resolve("target/rules"))) {
        if (useRule.test(rule.getFileName().toString())) {
          config.addAll(List.of("-include", rule.toString()));
          rules.add(rule.getFileName().toString());
        }
      }
    }
    // After every input: ProGuard writes the inputs listed before an -outjars into it.
    config.addAll(List.of("-outjars", shrunk.toString()));
    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(config.toArray(new String[0]), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
    assertThat(classCount(shrunk)).as("classes left of %d", entries).isLessThan(entries / 2);
    System.out.println(name + ": shrunk with " + rules + ", " + classCount(shrunk) + " of " + entries
        + " classes left");
    return shrunk;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The jar's {@code META-INF/proguard/*.pro}, extracted into {@code into}. */
  private static List<Path> embeddedRules(Path jar, Path into) throws IOException {
    List<Path> rules = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().matches("META-INF/proguard/[^/]+\\.pro")) {
          Path rule = into.resolve(entry.getName().substring("META-INF/proguard/".length()));
          Files.createDirectories(into);
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, rule, StandardCopyOption.REPLACE_EXISTING);
          }
          rules.add(rule);
        }
      }
    }
    return rules;
  }

  /** The classes in a jar or a folder. */
  private static int classCount(Path jarOrFolder) throws IOException {
    if (Files.isDirectory(jarOrFolder)) {
      try (Stream<Path> files = Files.walk(jarOrFolder)) {
        return (int) files.filter(p -> p.toString().endsWith(".class")).count();
      }
    }
    try (JarFile jar = new JarFile(jarOrFolder.toFile())) {
      return (int) jar.stream().filter(e -> e.getName().endsWith(".class")).count();
    }
  }

  private static String jmod(String module) {
    return Paths.get(System.getProperty("java.home"), "jmods", module + ".jmod") + "(!**.jar;!module-info.class)";
  }

  private static String classpath(String project) throws IOException {
    Path dir = work.resolve(project);
    return dir.resolve("target/classes") + File.pathSeparator
        + Files.readString(dir.resolve("target/classpath.txt")).trim();
  }

  private static String java(String classpath, String main, String... args) throws Exception {
    Child run = run(classpath, main, args);
    assertThat(run.exit).as("%s exit code; output:%n%s", main, run.log).isZero();
    return run.log;
  }

  private static Child run(String classpath, String main, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, main));
    command.addAll(List.of(args));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(1, TimeUnit.MINUTES)).as(main + " finished").isTrue();
    return new Child(run.exitValue(), out);
  }

  /** The child's error lines: Maven's and the Kotlin compiler's. */
  private static String errors(Child child) {
    return child.log.lines().filter(l -> l.startsWith("[ERROR]") || l.startsWith("e: "))
        .collect(Collectors.joining("\n"));
  }

  /** A child Maven on one project, offline, against the consumer repository (as {@link ConsumerIT}'s). */
  private static Child maven(String project, String name, String... goals) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("consumer.maven.home"), "bin", "mvn").toString(),
        "-o", "-B", "-Dstyle.color=never", "-f", project + "/pom.xml",
        "-Dmaven.repo.local=" + System.getProperty("consumer.repo"),
        "-Dmaven.repo.local.tail=" + System.getProperty("consumer.maven.repo"),
        "-Domneo.version=" + System.getProperty("consumer.version"),
        "-Dkotlin.plugin.version=" + System.getProperty("consumer.kotlin.version")));
    command.addAll(List.of(goals));
    Path log = work.resolve(name + ".log");
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(4, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the " + project + " build did not finish; log: " + log);
    }
    return new Child(process.exitValue(), Files.readString(log));
  }
}
