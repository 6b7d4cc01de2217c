package io.github.omneoid.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.omneoid.json.OmneoModel;
import io.github.omneoid.json.OpenEnum;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What was generated matches the current spec exactly, derived from the spec (no counts): every schema that is a
 * model or an enum has its class, and no class is left from a schema the spec no longer has (generation starts from
 * a clean output). Request schemas ({@code x-omneo-request}) are mutable, the rest immutable.
 */
class GenerationTest {

  private static final File SPEC = new File("../../spec/omneo-id.yaml");
  private static final File CLASSES = new File("target/classes/io/github/omneoid/model");

  private static JsonNode schemas() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(SPEC).path("components").path("schemas");
  }

  @Test
  void everyModelSchemaHasItsClassAndNoClassOutlivesItsSchema() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      JsonNode node = schema.getValue();
      if ("object".equals(node.path("type").asText()) || node.has("enum") || node.has("properties")
          || node.has("allOf")) {
        expected.add(schema.getKey());
      }
    }
    Set<String> generated = new TreeSet<>();
    for (String file : CLASSES.list()) {
      if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
        generated.add(file.substring(0, file.length() - ".class".length()));
      }
    }
    List<String> problems = new ArrayList<>();
    for (String name : expected) {
      if (!generated.contains(name)) {
        problems.add("schema " + name + " has no generated class");
      }
    }
    for (String name : generated) {
      if (!expected.contains(name)) {
        problems.add("class " + name + " has no schema in the spec (stale output)");
      }
    }
    assertThat(problems).as("spec/omneo-id.yaml against target/classes").isEmpty();
  }

  @Test
  void requestSchemasAreFluentAndResponseSchemasImmutable() throws IOException, ClassNotFoundException {
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      if (!"object".equals(schema.getValue().path("type").asText())) {
        continue;
      }
      Class<?> type = Class.forName("io.github.omneoid.model." + schema.getKey());
      boolean request = schema.getValue().path("x-omneo-request").asBoolean(false);
      boolean hasBuilder = hasMethod(type, "builder");
      boolean hasSetters = false;
      for (Method method : type.getMethods()) {
        hasSetters |= method.getName().startsWith("set");
      }
      if (!OmneoModel.class.isAssignableFrom(type)) {
        problems.add(schema.getKey() + " does not extend OmneoModel");
      }
      if (hasSetters) {
        problems.add(schema.getKey() + " has JavaBean setters");
      }
      if (request == hasBuilder) {
        problems.add(schema.getKey() + (request ? " is a request but has a builder" : " is a response without a builder"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRequestMarkIsOnExactlyTheSchemasRequestBodiesReach() throws IOException {
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC);
    JsonNode schemas = spec.path("components").path("schemas");
    Set<String> reached = new TreeSet<>();
    List<JsonNode> toVisit = new ArrayList<>();
    for (JsonNode path : spec.path("paths")) {
      for (JsonNode operation : path) {
        toVisit.add(operation.path("requestBody"));
      }
    }
    while (!toVisit.isEmpty()) {
      JsonNode node = toVisit.remove(toVisit.size() - 1);
      String ref = node.path("$ref").asText("");
      if (ref.startsWith("#/components/schemas/") && reached.add(ref.substring("#/components/schemas/".length()))) {
        toVisit.add(schemas.path(ref.substring("#/components/schemas/".length())));
      }
      node.forEach(toVisit::add);
    }
    Set<String> marked = new TreeSet<>();
    Set<String> reachedObjects = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      if (schema.getValue().path("x-omneo-request").asBoolean(false)) {
        marked.add(schema.getKey());
      }
      if (reached.contains(schema.getKey()) && "object".equals(schema.getValue().path("type").asText())) {
        reachedObjects.add(schema.getKey());
      }
    }
    assertThat(marked).as("schemas marked x-omneo-request vs object schemas a request body reaches")
        .isEqualTo(reachedObjects);
  }

  @Test
  void enumsAreOpen() throws IOException, ClassNotFoundException {
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      if (schema.getValue().has("enum")) {
        assertThat(Class.forName("io.github.omneoid.model." + schema.getKey())).as(schema.getKey())
            .isAssignableTo(OpenEnum.class);
      }
    }
  }

  private static boolean hasMethod(Class<?> type, String name) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
