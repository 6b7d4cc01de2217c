package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.json.OmneoJson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation, table-driven: the method, path, query and body sent, and the unwrapped result. Each row is also
 * held to the generated interface's own annotation, so a row cannot claim an operation it does not send. Every row
 * runs again through each view — per-call options, raw, async — and the profile-tree rows through
 * {@code id.profile().connection(42)}, blocking and async.
 */
class OperationsTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final TestServer SERVER = new TestServer();
  private static final OmneoId ID = OmneoId.builder().baseUrl(SERVER.baseUrl()).retryPolicy(RetryPolicy.none())
      .clock(new MutableClock(NOW)).idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600))).build();
  /** operationId → "METHOD /path" of the generated interfaces; read on first use, never in a static initialiser. */
  private static Map<String, String> templates;

  @AfterAll
  static void stop() throws IOException {
    SERVER.close();
  }

  @TestFactory
  Stream<DynamicTest> everyOperationOnTheRootProfile() {
    OperationCase.Surface root = new OperationCase.Surface(ID, ID.profile());
    return OperationsTable.all().stream()
        .map(c -> DynamicTest.dynamicTest(c.operationId, () -> run(c, root, c.path)));
  }

  @TestFactory
  Stream<DynamicTest> everyProfileOperationOnAConnection() {
    OperationCase.Surface connection = new OperationCase.Surface(ID, ID.profile().connection(42));
    return OperationsTable.all().stream().filter(OperationCase::isProfileScoped)
        .map(c -> DynamicTest.dynamicTest(c.operationId + " via connection 42", () -> run(c, connection,
            "/profiles/connection/42" + c.path.substring("/profiles/me".length()))));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationWithOptions() {
    return OperationsTable.all().stream().map(c -> DynamicTest.dynamicTest(c.operationId + " with options", () -> {
      OmneoId view = ID.withOptions(o -> o.header("X-Row", c.operationId).callTimeout(Duration.ofSeconds(20)));
      RecordedRequest sent = run(c, () -> c.call.apply(new OperationCase.Surface(view, view.profile())),
          c.path);
      assertThat(sent.getHeader("X-Row")).isEqualTo(c.operationId);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationRaw() {
    return OperationsTable.all().stream().map(c -> DynamicTest.dynamicTest(c.operationId + " raw", () -> run(c,
        () -> {
          HttpResponseFor<Object> response = ID.withRawResponse()
              .call(i -> c.call.apply(new OperationCase.Surface(i, i.profile())));
          assertThat(response.status()).isEqualTo(c.status);
          assertThat(response.requestId()).contains("req-" + c.operationId);
          return response.body();
        }, c.path)));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationAsync() {
    return OperationsTable.all().stream().map(c -> DynamicTest.dynamicTest(c.operationId + " async", () -> run(c,
        () -> join(ID.async().call(i -> c.call.apply(new OperationCase.Surface(i, i.profile())))), c.path)));
  }

  @TestFactory
  Stream<DynamicTest> everyProfileOperationAsyncOnAConnection() {
    return OperationsTable.all().stream().filter(OperationCase::isProfileScoped)
        .map(c -> DynamicTest.dynamicTest(c.operationId + " async via connection 42", () -> run(c,
            () -> join(ID.async().call(i -> c.call.apply(new OperationCase.Surface(i,
                i.profile().connection(42))))),
            "/profiles/connection/42" + c.path.substring("/profiles/me".length()))));
  }

  private static Object join(CompletableFuture<Object> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the async call failed", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyGeneratedOperationHasARowAndEveryRowAnOperation() {
    Set<String> covered = OperationsTable.all().stream().map(c -> c.operationId).collect(Collectors.toSet());
    covered.add("requestAuthToken"); // on OmneoIdAdmin: AdminMintingTest
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> operation : new java.util.TreeMap<>(operations()).entrySet()) {
      if (!covered.contains(operation.getKey())) {
        problems.add("operation " + operation.getKey() + " (" + operation.getValue() + ") has no typed call in"
            + " OperationsTable (add the call to its resource class and a row here)");
      }
    }
    for (String row : new TreeSet<>(covered)) {
      if (!operations().containsKey(row)) {
        problems.add("row " + row + " names no operation of the generated interfaces");
      }
    }
    assertThat(problems).as("spec operations against the operations table").isEmpty();
  }

  @Test
  void aConnectionViewLeavesTheRootAlone() {
    ProfileResource connected = ID.profile().connection(42);
    SERVER.enqueueJson(200, OperationsTable.PROFILE).enqueueJson(200, OperationsTable.PROFILE)
        .enqueueJson(200, OperationsTable.PROFILE);

    connected.get();
    ID.profile().get();
    ID.call("GET", "/profiles/me");

    assertThat(SERVER.take().getPath()).isEqualTo("/id/api/v1/profiles/connection/42");
    assertThat(SERVER.take().getPath()).as("the JS SDK's Connection() rewires this one; ours must not")
        .isEqualTo("/id/api/v1/profiles/me");
    assertThat(SERVER.take().getPath()).isEqualTo("/id/api/v1/profiles/me");
    assertThat(ID.profile().toString()).isEqualTo("ProfileResource{/profiles/me}");
    assertThat(connected.toString()).isEqualTo("ProfileResource{/profiles/connection/42}");
  }

  private static void run(OperationCase c, OperationCase.Surface surface, String expectedPath) throws Exception {
    run(c, () -> c.call.apply(surface), expectedPath);
  }

  /** Runs the row through {@code invoke} (the row's call on a view), checks it and returns the request sent. */
  private static RecordedRequest run(OperationCase c, Supplier<Object> invoke,
      String expectedPath) throws Exception {
    SERVER.enqueue(new MockResponse().setResponseCode(c.status).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req-" + c.operationId).setBody(c.response));

    Object result = invoke.get();

    RecordedRequest request = SERVER.take();
    String path = request.getPath().substring(TestServer.API_PATH.length());
    assertThat(request.getMethod()).isEqualTo(c.method);
    assertThat(path).isEqualTo(expectedPath);
    assertThat(c.method + " " + c.path.replaceFirst("\\?.*", ""))
        .as("the row's request matches the generated operation's own template")
        .matches(templateRegex(operations().get(c.operationId)));
    String sent = request.getBody().readUtf8();
    if (c.body == null) {
      assertThat(sent).isEmpty();
    } else if (c.body.isEmpty()) {
      assertThat(sent).as("a POST with no payload").isEmpty();
    } else {
      assertThat(json(sent)).isEqualTo(json(c.body));
    }
    c.result.accept(result);
    return request;
  }

  private static Object json(String text) throws IOException {
    return OmneoJson.parse(text, Object.class);
  }

  private static synchronized Map<String, String> operations() {
    if (templates == null) {
      templates = generatedOperations();
    }
    return templates;
  }

  /** operationId → "METHOD /path" from the generated interfaces' Retrofit annotations. */
  private static Map<String, String> generatedOperations() {
    Map<String, String> operations = new HashMap<>();
    for (Method method : GeneratedApis.operations()) {
      Annotation annotation = GeneratedApis.httpAnnotation(method);
      operations.put(method.getName(), annotation.annotationType().getSimpleName() + " /"
          + annotationValue(annotation));
    }
    return operations;
  }

  /** "GET /profiles/me/points/{pointId}" as a regex matching any value in each template segment. */
  private static String templateRegex(String template) {
    return "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
  }

  private static String annotationValue(Annotation annotation) {
    try {
      return (String) annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
