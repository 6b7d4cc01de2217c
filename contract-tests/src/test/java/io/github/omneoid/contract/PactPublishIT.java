package io.github.omneoid.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing, for real: the documented command, {@code scripts/publish-pacts.sh} — the Pact maven plugin's
 * {@code publish} goal, configured from {@code PACT_BROKER_*}, the git commit and the branch — runs in a child Maven
 * (offline, the Maven running this build) against {@link RecordingBroker} on loopback, and the test asserts on what
 * the plugin sent: the credentials, the consumer version, the branch and the pact itself. Without a broker URL or a
 * pact it must fail, naming what is missing, before any request.
 *
 * <p>What this cannot show: how a real Pact Broker answers (it is a Ruby service that cannot run here), tags and
 * environments on the broker's side, {@code can-i-deploy}, or verification results published back;
 * docs/contracts.md says so.
 */
class PactPublishIT {

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private static Path root;
  private static Path pactFile;
  private static String commit;
  private static String branch;

  @BeforeAll
  static void locate() throws Exception {
    root = Paths.get(System.getProperty("contract.pom")).toAbsolutePath().getParent().getParent();
    pactFile = Paths.get(System.getProperty("pact.dir"), Contract.CONSUMER + "-" + Contract.PROVIDER + ".json");
    assertThat(pactFile).as("the pact the consumer tests wrote").isRegularFile();
    // What the wrapper publishes: $(git rev-parse HEAD) and the branch (PACT_BRANCH, set here as the checkout's).
    commit = git("rev-parse", "HEAD", "0000000000000000000000000000000000000000");
    String checkedOut = git("rev-parse", "--abbrev-ref", "HEAD", "unknown-branch");
    branch = "HEAD".equals(checkedOut) ? "detached-checkout" : checkedOut;
  }

  @Test
  void publishesWithABearerToken() throws Exception {
    try (RecordingBroker broker = new RecordingBroker(false)) {
      Path log = publish(broker, Map.of("PACT_BROKER_TOKEN", "ci-broker-token"));

      RecordingBroker.Recorded index = only(broker, "GET", "/");
      assertThat(index.header("Authorization")).isEqualTo("Bearer ci-broker-token");
      RecordingBroker.Recorded publish = only(broker, "POST", "/contracts/publish");
      assertThat(publish.header("Authorization")).isEqualTo("Bearer ci-broker-token");
      assertPublished(publish, log);
      System.out.println(excerpt(publish));
    }
  }

  @Test
  void publishesWithUsernameAndPassword() throws Exception {
    try (RecordingBroker broker = new RecordingBroker(true)) {
      Path log = publish(broker, Map.of("PACT_BROKER_USERNAME", "ci", "PACT_BROKER_PASSWORD", "s3cret"));

      String basic = "Basic " + Base64.getEncoder().encodeToString("ci:s3cret".getBytes(StandardCharsets.UTF_8));
      List<RecordingBroker.Recorded> accepted = new ArrayList<>();
      for (RecordingBroker.Recorded r : broker.requests()) {
        if ("POST".equals(r.method()) && r.header("Authorization") != null) {
          accepted.add(r);
        }
      }
      assertThat(accepted).as("publish requests that carried credentials").hasSize(1);
      assertThat(accepted.get(0).header("Authorization")).isEqualTo(basic);
      assertPublished(accepted.get(0), log);
    }
  }

  @Test
  void refusesWithoutABrokerUrl() throws Exception {
    Run run = run(Map.of("PACT_BROKER_TOKEN", "ci-broker-token"));

    assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isNotZero();
    assertThat(run.output()).contains("PACT_BROKER_BASE_URL is not set");
  }

  @Test
  void refusesWhenThereIsNoPact() throws Exception {
    Path empty = Files.createTempDirectory(Paths.get(System.getProperty("pact.dir")).getParent(), "no-pacts-");
    try (RecordingBroker broker = new RecordingBroker(false)) {
      Run run = run(Map.of("PACT_BROKER_BASE_URL", broker.baseUrl(), "PACT_DIR", empty.toString()));

      assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isNotZero();
      assertThat(run.output()).contains("no pact file in " + empty);
      assertThat(broker.requests()).as("requests the broker received").isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------------------ the wrapper

  /** Runs the README's publish command against the broker with these credentials; it must succeed. */
  private static Path publish(RecordingBroker broker, Map<String, String> credentials) throws Exception {
    Map<String, String> env = new HashMap<>(credentials);
    env.put("PACT_BROKER_BASE_URL", broker.baseUrl());
    Run run = run(env);
    assertThat(run.exitCode()).as("publish-pacts.sh exit code; output:%n%s", run.output()).isZero();
    return run.log();
  }

  /**
   * Runs {@code scripts/publish-pacts.sh} with only these {@code PACT_*} variables, its Maven the one running this
   * build, offline.
   */
  private static Run run(Map<String, String> pactEnvironment) throws Exception {
    Path log = Files.createTempFile(Paths.get(System.getProperty("pact.dir")).getParent(), "pact-publish-", ".log");
    ProcessBuilder builder = new ProcessBuilder(root.resolve("scripts/publish-pacts.sh").toString(),
        "-o", "-Dstyle.color=never", "-Dmaven.repo.local=" + System.getProperty("contract.maven.repo"))
        .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("PACT_"));
    env.put("PACT_BRANCH", branch);
    env.putAll(pactEnvironment);
    env.put("MVN", Paths.get(System.getProperty("contract.maven.home"), "bin", "mvn").toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("pact_do_not_track", "true");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("publish-pacts.sh did not finish; log: " + log);
    }
    return new Run(process.exitValue(), Files.readString(log), log);
  }

  private record Run(int exitCode, String output, Path log) {
  }

  // ------------------------------------------------------------------------------------------------ assertions

  private static void assertPublished(RecordingBroker.Recorded publish, Path log) throws IOException {
    assertThat(publish.header("Content-Type")).startsWith("application/json");
    Map<String, Object> body = json(publish.body());
    assertThat(body).containsEntry("pacticipantName", Contract.CONSUMER)
        .containsEntry("pacticipantVersionNumber", commit)
        .containsEntry("branch", branch);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> contracts = (List<Map<String, Object>>) body.get("contracts");
    assertThat(contracts).hasSize(1);
    Map<String, Object> contract = contracts.get(0);
    assertThat(contract).containsEntry("consumerName", Contract.CONSUMER)
        .containsEntry("providerName", Contract.PROVIDER)
        .containsEntry("specification", "pact")
        .containsEntry("contentType", "application/json");
    String content = new String(Base64.getDecoder().decode((String) contract.get("content")), StandardCharsets.UTF_8);
    assertThat(content).as("the pact as published").isEqualTo(Files.readString(pactFile));
    assertThat(Files.readString(log)).contains("Publishing '" + pactFile.getFileName() + "'", "OK");
  }

  private static RecordingBroker.Recorded only(RecordingBroker broker, String method, String path) {
    List<RecordingBroker.Recorded> matching = new ArrayList<>();
    for (RecordingBroker.Recorded r : broker.requests()) {
      if (r.method().equals(method) && r.path().equals(path)) {
        matching.add(r);
      }
    }
    assertThat(matching).as(method + " " + path).hasSize(1);
    return matching.get(0);
  }

  private static Map<String, Object> json(String text) throws IOException {
    return MOSHI.<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(text);
  }

  /** The recorded request for the build log: headers, and the body with the base64 pact shortened. */
  private static String excerpt(RecordingBroker.Recorded r) {
    String body = r.body().replaceAll("(\"content\":\")([A-Za-z0-9+/=]{48})[A-Za-z0-9+/=]*\"",
        "$1$2...(" + r.body().length() + " chars in all)\"");
    return "Recorded by the broker stand-in: " + r.method() + " " + r.path() + "\n  headers: " + r.headers()
        + "\n  body: " + body;
  }

  private static String git(String... argsThenFallback) throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("git");
    for (int i = 0; i < argsThenFallback.length - 1; i++) {
      command.add(argsThenFallback[i]);
    }
    String fallback = argsThenFallback[argsThenFallback.length - 1];
    try {
      Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 && !out.isEmpty() && !out.contains(" ") ? out : fallback;
    } catch (IOException e) {
      return fallback;
    }
  }
}
