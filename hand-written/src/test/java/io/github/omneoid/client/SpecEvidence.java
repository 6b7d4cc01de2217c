package io.github.omneoid.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Each operation's {@code x-omneo-evidence} in {@code spec/omneo-id.yaml} (vocabulary: spec/README.md). */
final class SpecEvidence {

  private static final File SPEC = new File("../spec/omneo-id.yaml");

  private SpecEvidence() {
  }

  static Map<String, String> byOperationId() throws IOException {
    Map<String, String> evidence = new HashMap<>();
    for (JsonNode path : new ObjectMapper(new YAMLFactory()).readTree(SPEC).path("paths")) {
      for (JsonNode operation : path) {
        if (operation.has("operationId")) {
          evidence.put(operation.get("operationId").asText(), operation.path("x-omneo-evidence").asText(null));
        }
      }
    }
    return evidence;
  }
}
