package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Json;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.OmneoModel;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus read as a user's client reads it: every reference-shaped body of
 * {@code conformance/<operationId>.json} (see the README there) answers its operation's typed call, with a client
 * whose drift listener records instead of throwing, as {@code SchemaDriftListener.logging()} would let it through.
 *
 * <ul>
 *   <li>Each body reads without an exception, with <b>no</b> schema drift (every Laravel idiom in it is declared in
 *       the spec with {@code x-omneo-also} or {@code nullable}), into the values {@link CorpusExpectations} lists.
 *   <li>Every typed {@code GET} of the generated Retrofit interfaces has a body, and every body names an operation.
 *   <li>Three mutations of each body (every auxiliary property of the data object(s) replaced by {@code []}, by
 *       {@code "12.5"}, by an unexpected object) still read through the same call, with the same ids; the first and
 *       the third report drift naming a real model and property.
 * </ul>
 */
class ConformanceCorpusTest {

  /** The customer every body belongs to. */
  static final String PROFILE_ID = "3f2b8c1e-7d4a-4b9e-8f21-6c5d4e3a2b10";

  private static final Instant NOW = Instant.parse("2025-03-05T08:00:00Z");
  private static final TestServer SERVER = new TestServer();
  private static final Map<String, String> BODIES = CorpusBodies.all();
  private static final Map<String, Function<OperationCase.Surface, Object>> CALLS = calls();
  private static final String MINT = "requestAuthToken";

  /** For the summary line: bodies read unchanged and the drift they reported; mutations read and their drift. */
  private static final AtomicInteger BODIES_READ = new AtomicInteger();
  private static final AtomicInteger BODY_DRIFT = new AtomicInteger();
  private static final AtomicInteger MUTATIONS_READ = new AtomicInteger();
  private static final AtomicInteger MUTATION_DRIFT = new AtomicInteger();

  @AfterAll
  static void stop() throws IOException {
    SERVER.close();
    System.out.printf("Conformance corpus: %d bodies read, %d drift reports; %d mutations read, %d drift reports "
        + "(once per model and property and client)%n", BODIES_READ.get(), BODY_DRIFT.get(), MUTATIONS_READ.get(),
        MUTATION_DRIFT.get());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 1. Every body, unchanged: no exception, no drift, the values that matter.

  @TestFactory
  Stream<DynamicTest> everyBodyReadsWithoutDriftIntoItsValues() {
    return BODIES.keySet().stream().map(operationId -> DynamicTest.dynamicTest(operationId, () -> {
      Read read = read(operationId, BODIES.get(operationId));
      BODIES_READ.incrementAndGet();
      BODY_DRIFT.addAndGet(read.drift.size());
      assertThat(read.drift).withFailMessage("%s: a reference-shaped body reported schema drift (a spec or corpus "
          + "bug):%n%s", operationId, lines(read.drift)).isEmpty();
      Set<String> raw = new TreeSet<>();
      for (Object model : models(read.result)) {
        collectRaw(model, raw);
      }
      assertThat(raw).as("%s: properties kept as raw JSON (undeclared in the spec, or of a conflicting form)",
          operationId).isEqualTo(RAW_BY_DESIGN.getOrDefault(operationId, Set.of()));
      CorpusExpectations.check(operationId, read.result);
    }));
  }

  /**
   * The only raw JSON the corpus leaves in the models: the conflicting forms the spec declares for a transaction
   * (payments as bare codes, where a payment object is declared; a redemption and a location as bare ids). Any
   * other raw property would be one the spec does not declare, which the reader keeps silently (no drift).
   */
  private static final Map<String, Set<String>> RAW_BY_DESIGN = Map.of(
      "getMyTransaction", Set.of("Transaction.payments"),
      "findMyTransaction", Set.of("Transaction.payments"),
      "getMyLedger", Set.of("Transaction.payments"),
      "listMyLedgers", Set.of("Transaction.payments"),
      "listMyTransactions", Set.of("Transaction.payments", "Transaction.redemption", "Transaction.location"));

  /** Every {@code Model.property} held as raw JSON in the value's models, nested ones included. */
  private static void collectRaw(Object value, Set<String> raw) {
    if (value instanceof OmneoModel) {
      OmneoJson.rawProperties((OmneoModel) value).keySet()
          .forEach(property -> raw.add(value.getClass().getSimpleName() + "." + property));
      for (Field field : allFields(value.getClass())) {
        if (field.isAnnotationPresent(Json.class)) {
          collectRaw(fieldValue(field, value), raw);
        }
      }
    } else if (value instanceof List) {
      ((List<?>) value).forEach(item -> collectRaw(item, raw));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2. The corpus covers the typed surface, and names nothing else.

  /**
   * Every typed GET operation that a source shows has a body modelled on that source. An operation whose
   * {@code x-omneo-evidence} is {@code inferred} has no source to model one on, so it needs none.
   */
  @Test
  void everyTypedGetOperationWithASourceHasACorpusBody() throws IOException {
    Map<String, String> evidence = SpecEvidence.byOperationId();
    Set<String> typedGets = new TreeSet<>();
    for (Method method : GeneratedApis.operations()) {
      if (method.isAnnotationPresent(retrofit2.http.GET.class) && isTypedEnvelope(method)
          && !"inferred".equals(evidence.get(method.getName()))) {
        typedGets.add(method.getName());
      }
    }
    assertThat(typedGets).as("typed GET operations of the generated interfaces").isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (String operationId : typedGets) {
      if (!BODIES.containsKey(operationId)) {
        missing.add("operation " + operationId + " (x-omneo-evidence: " + evidence.get(operationId) + ") has no"
            + " conformance/" + operationId + ".json modelled on its source");
      }
    }
    assertThat(missing).as("typed GET operations against the conformance corpus").isEmpty();
  }

  @Test
  void everyCorpusBodyNamesAnOperationWithACallAndAnExpectation() {
    Set<String> operations = GeneratedApis.operations().stream().map(Method::getName).collect(Collectors.toSet());
    for (String operationId : BODIES.keySet()) {
      assertThat(operations).as("conformance/%s.json names a generated operation", operationId)
          .contains(operationId);
      assertThat(operationId.equals(MINT) || CALLS.containsKey(operationId))
          .as("%s has a typed call in OperationsTable (or is the admin mint)", operationId).isTrue();
    }
    assertThat(new TreeSet<>(CorpusExpectations.operationIds())).as("an expectation row per body, and no other")
        .isEqualTo(new TreeSet<>(BODIES.keySet()));
  }

  @Test
  void theReadmeTableListsEveryBodyUnderItsOperation() throws IOException {
    String readme;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(CorpusBodies.DIRECTORY + "/README.md")) {
      assertThat(in).as("conformance/README.md").isNotNull();
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> rows = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)\\.json` \\| `([A-Za-z]+)` \\(").matcher(readme);
    while (row.find()) {
      assertThat(rows.put(row.group(1), row.group(2))).as("one README row for %s.json", row.group(1)).isNull();
      assertThat(row.group(2)).as("README row of %s.json names its own operation", row.group(1))
          .isEqualTo(row.group(1));
    }
    assertThat(rows.keySet()).isEqualTo(BODIES.keySet());
  }

  @Test
  void theTreeWritesEveryBodyBackDigitForDigit() {
    BODIES.forEach((operationId, body) -> assertThat(CorpusBodies.tree(CorpusBodies.json(CorpusBodies.tree(body))))
        .as(operationId).isEqualTo(CorpusBodies.tree(body)));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 3. Mutations: the reader bends, reports, and never loses the ids.

  @TestFactory
  Stream<DynamicNode> mutatedBodiesStillReadWithTheirIds() {
    return BODIES.keySet().stream().map(operationId -> DynamicContainer.dynamicContainer(operationId,
        Stream.of(Mutation.values()).map(m -> DynamicTest.dynamicTest(operationId + " " + m.label,
            () -> checkMutation(operationId, m)))));
  }

  /** What replaces every auxiliary property of the data object(s). */
  enum Mutation {
    EMPTY_ARRAY("with [] everywhere", true) {
      @Override
      Object value() {
        return new ArrayList<>();
      }
    },
    NUMERIC_STRING("with \"12.5\" everywhere", false) {
      @Override
      Object value() {
        return "12.5";
      }
    },
    UNEXPECTED_OBJECT("with {\"unexpected\":{\"nested\":[1]}} everywhere", true) {
      @Override
      Object value() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("nested", new ArrayList<>(List.of(BigDecimal.ONE)));
        Map<String, Object> unexpected = new LinkedHashMap<>();
        unexpected.put("unexpected", nested);
        return unexpected;
      }
    };

    final String label;
    final boolean mustDrift;

    Mutation(String label, boolean mustDrift) {
      this.label = label;
      this.mustDrift = mustDrift;
    }

    abstract Object value();
  }

  /** The unmutated reads the mutations compare with, one per operation. */
  private static final Map<String, Read> BASELINES = new ConcurrentHashMap<>();

  private static void checkMutation(String operationId, Mutation mutation) {
    Object original = CorpusBodies.tree(BODIES.get(operationId));
    Read baseline = BASELINES.computeIfAbsent(operationId, id -> read(id, BODIES.get(id)));
    Object mutatedTree = CorpusBodies.tree(BODIES.get(operationId));
    List<Map<String, Object>> mutatedObjects = dataObjects(mutatedTree);
    assertThat(mutatedObjects).as("%s has data object(s) to mutate", operationId).isNotEmpty();
    Set<String> mutated = new TreeSet<>();
    for (Map<String, Object> object : mutatedObjects) {
      for (Map.Entry<String, Object> property : object.entrySet()) {
        if (!isKept(operationId, property.getKey())) {
          property.setValue(mutation.value());
          mutated.add(property.getKey());
        }
      }
    }
    assertThat(mutated).as("%s has auxiliary properties to mutate", operationId).isNotEmpty();

    Read read;
    try {
      read = read(operationId, CorpusBodies.json(mutatedTree));
    } catch (Exception | AssertionError e) {
      throw new AssertionError(operationId + " " + mutation.label + ": the typed call failed", e);
    }

    MUTATIONS_READ.incrementAndGet();
    MUTATION_DRIFT.addAndGet(read.drift.size());
    List<Map<String, String>> expectedIds = ids(operationId, dataObjects(original), models(baseline.result));
    assertThat(expectedIds).as("%s: the unmutated body's ids, as typed, are the file's", operationId)
        .isEqualTo(fileIds(operationId, dataObjects(original)));
    List<Map<String, String>> ids = ids(operationId, dataObjects(original), models(read.result));
    assertThat(ids).as("%s %s: the ids read as from the unmutated body", operationId, mutation.label)
        .isEqualTo(expectedIds);
    if (mutation.mustDrift) {
      assertThat(read.drift).as("%s %s: drift reported", operationId, mutation.label).isNotEmpty();
      for (SchemaDrift drift : read.drift) {
        assertNamesARealProperty(drift);
      }
      assertThat(read.drift).as("%s %s: some drift is on a property this test replaced", operationId, mutation.label)
          .anySatisfy(d -> assertThat(mutated).contains(d.field()));
    }
  }

  /**
   * The drift names a generated model, and a property it declares (or {@code (value)}, a list element), under
   * {@code $.data}: only the data object(s) were changed.
   */
  private static void assertNamesARealProperty(SchemaDrift drift) {
    Class<?> model;
    try {
      model = Class.forName("io.github.omneoid.model." + drift.model().replace('.', '$'));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("drift names no generated model: " + drift);
    }
    if (!drift.field().equals("(value)")) {
      assertThat(jsonNames(model)).as("drift names a property of %s: %s", model.getSimpleName(), drift)
          .contains(drift.field());
    }
    assertThat(drift.path()).as("drift path of %s", drift).startsWith("$.data");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The calls.

  private static final class Read {
    final Object result;
    final List<SchemaDrift> drift;

    Read(Object result, List<SchemaDrift> drift) {
      this.result = result;
      this.drift = drift;
    }
  }

  /** Answers the operation's typed call with {@code body}, on a fresh client whose drift listener records. */
  private static Read read(String operationId, String body) {
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();
    SchemaDriftListener recording = drift::add;
    int before = SERVER.requestCount();
    SERVER.enqueueJson(200, body);
    try {
      Object result;
      if (operationId.equals(MINT)) {
        OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(SERVER.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
            .retryPolicy(RetryPolicy.none()).schemaDriftListener(recording).build();
        result = admin.auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE_ID));
      } else {
        OmneoId id = OmneoId.builder().baseUrl(SERVER.baseUrl()).retryPolicy(RetryPolicy.none())
            .clock(new MutableClock(NOW)).idToken(TestTokens.profileJwt(PROFILE_ID, NOW, NOW.plusSeconds(3600)))
            .schemaDriftListener(recording).build();
        Function<OperationCase.Surface, Object> call = CALLS.get(operationId);
        assertThat(call).as("a typed call for %s in OperationsTable", operationId).isNotNull();
        result = call.apply(new OperationCase.Surface(id, id.profile()));
      }
      return new Read(result, new ArrayList<>(drift));
    } finally {
      if (SERVER.requestCount() > before) {
        SERVER.take();
      }
    }
  }

  /**
   * operationId → the typed call of {@link OperationsTable} (the call does not depend on the answer). The mint,
   * {@value #MINT}, is not there: it runs on {@link OmneoIdAdmin}, as in AdminMintingTest.
   */
  private static Map<String, Function<OperationCase.Surface, Object>> calls() {
    Map<String, Function<OperationCase.Surface, Object>> calls = new TreeMap<>();
    for (OperationCase c : OperationsTable.all()) {
      calls.put(c.operationId, c.call);
    }
    return calls;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Data objects, ids, models.

  /** The object under {@code data}, or each object of a {@code data} list. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> dataObjects(Object tree) {
    Object data = ((Map<String, Object>) tree).get("data");
    List<Map<String, Object>> objects = new ArrayList<>();
    if (data instanceof Map) {
      objects.add((Map<String, Object>) data);
    } else if (data instanceof List) {
      for (Object item : (List<Object>) data) {
        objects.add((Map<String, Object>) item);
      }
    }
    return objects;
  }

  /**
   * The properties a mutation leaves alone: {@code id} and every {@code *_id}; for the mint, also {@code token},
   * the credential the call exists to return (a mint without one is refused as an InvalidResponseException, by
   * design: AdminMintingTest).
   */
  static boolean isKept(String operationId, String property) {
    return property.equals("id") || property.endsWith("_id") || (operationId.equals(MINT) && property.equals("token"));
  }

  /** The data object(s) of a typed call's result, in document order. */
  private static List<Object> models(Object result) {
    if (result instanceof Page) {
      return new ArrayList<>(((Page<?>) result).items());
    }
    if (result instanceof List) {
      return new ArrayList<>((List<?>) result);
    }
    if (result instanceof Optional) {
      Optional<?> found = (Optional<?>) result;
      return found.isPresent() ? Collections.singletonList(found.get()) : new ArrayList<>();
    }
    return Collections.singletonList(result);
  }

  /**
   * For each data object: its kept properties (ids) as the typed field holds them, written as text; the raw JSON
   * where no typed field holds the property.
   */
  private static List<Map<String, String>> ids(String operationId, List<Map<String, Object>> objects,
      List<Object> models) {
    assertThat(models).as("%s: one model per data object", operationId).hasSameSizeAs(objects);
    List<Map<String, String>> ids = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      Map<String, String> values = new TreeMap<>();
      for (String property : objects.get(i).keySet()) {
        if (isKept(operationId, property)) {
          values.put(property, String.valueOf(value(models.get(i), property)));
        }
      }
      ids.add(values);
    }
    return ids;
  }

  private static List<Map<String, String>> fileIds(String operationId, List<Map<String, Object>> objects) {
    List<Map<String, String>> ids = new ArrayList<>();
    for (Map<String, Object> object : objects) {
      Map<String, String> values = new TreeMap<>();
      object.forEach((property, value) -> {
        if (isKept(operationId, property)) {
          values.put(property,
              value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value));
        }
      });
      ids.add(values);
    }
    return ids;
  }

  private static Object value(Object model, String property) {
    if (model instanceof IdToken) {
      return property.equals("token") ? ((IdToken) model).value() : null;
    }
    for (Field field : allFields(model.getClass())) {
      Json json = field.getAnnotation(Json.class);
      if (json != null && json.name().equals(property)) {
        return fieldValue(field, model);
      }
    }
    return OmneoJson.raw((OmneoModel) model, property).orElse(null);
  }

  private static Object fieldValue(Field field, Object model) {
    field.setAccessible(true);
    try {
      return field.get(model);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> jsonNames(Class<?> model) {
    Set<String> names = new TreeSet<>();
    for (Field field : allFields(model)) {
      Json json = field.getAnnotation(Json.class);
      if (json != null) {
        names.add(json.name());
      }
    }
    return names;
  }

  private static List<Field> allFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private static String lines(List<SchemaDrift> drift) {
    return drift.stream().map(d -> "  " + d).collect(Collectors.joining(System.lineSeparator()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The generated operations, from the Retrofit interfaces on the class path.

  /** {@code Call<X>} where X is a model of the spec's, not the untyped {@code AnyEnvelope}. */
  private static boolean isTypedEnvelope(Method method) {
    Type returned = method.getGenericReturnType();
    if (!(returned instanceof ParameterizedType)) {
      return false;
    }
    Type body = ((ParameterizedType) returned).getActualTypeArguments()[0];
    return body instanceof Class && ((Class<?>) body).getPackageName().equals("io.github.omneoid.model")
        && !((Class<?>) body).getSimpleName().startsWith("Any");
  }
}
