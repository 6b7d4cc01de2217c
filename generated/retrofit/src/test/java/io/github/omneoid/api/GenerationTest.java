package io.github.omneoid.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated interfaces match the current spec exactly, derived from it: one {@code <Tag>Api} per tag in use,
 * holding exactly that tag's operations; an interface or method whose operation left the spec fails here (generation
 * starts from a clean output, so none should).
 */
class GenerationTest {

  private static final File SPEC = new File("../../spec/omneo-id.yaml");
  private static final File CLASSES = new File("target/classes/io/github/omneoid/api");

  @Test
  void oneInterfacePerTagHoldingExactlyItsOperations() throws IOException, ClassNotFoundException {
    Map<String, Set<String>> expected = new TreeMap<>();
    JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(SPEC).path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      for (Iterator<Map.Entry<String, JsonNode>> ops = it.next().getValue().fields(); ops.hasNext(); ) {
        JsonNode operation = ops.next().getValue();
        if (operation.has("operationId")) {
          String tag = operation.path("tags").path(0).asText();
          String api = Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Api";
          expected.computeIfAbsent(api, k -> new TreeSet<>()).add(operation.path("operationId").asText());
        }
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> generated = new TreeSet<>();
    for (String file : CLASSES.list()) {
      if (file.endsWith("Api.class")) {
        generated.add(file.substring(0, file.length() - ".class".length()));
      }
    }
    for (String api : generated) {
      if (!expected.containsKey(api)) {
        problems.add("interface " + api + " has no tag in the spec (stale output)");
      }
    }
    for (Map.Entry<String, Set<String>> api : expected.entrySet()) {
      if (!generated.contains(api.getKey())) {
        problems.add("tag of " + api.getKey() + " has no generated interface");
        continue;
      }
      Set<String> methods = new TreeSet<>();
      for (Method method : Class.forName("io.github.omneoid.api." + api.getKey()).getDeclaredMethods()) {
        methods.add(method.getName());
      }
      for (String operationId : api.getValue()) {
        if (!methods.contains(operationId)) {
          problems.add("operation " + operationId + " has no method in " + api.getKey());
        }
      }
      for (String method : methods) {
        if (!api.getValue().contains(method)) {
          problems.add("method " + api.getKey() + "." + method + " has no operation in the spec (stale output)");
        }
      }
    }
    assertThat(problems).as("spec/omneo-id.yaml against target/classes").isEmpty();
  }
}
