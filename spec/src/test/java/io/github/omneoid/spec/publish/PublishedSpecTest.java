package io.github.omneoid.spec.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published spec the build wrote ({@code target/omneo-id.yaml}, the jar's copy) against its source. */
class PublishedSpecTest {

  private static ObjectNode source;
  private static ObjectNode published;
  private static Path publishedFile;

  @BeforeAll
  static void load() throws Exception {
    source = SpecYaml.read(Paths.get(System.getProperty("omneo.spec", "omneo-id.yaml")));
    publishedFile = Paths.get(System.getProperty("omneo.spec.published", "target/omneo-id.yaml"));
    published = SpecYaml.read(publishedFile);
  }

  private static List<String> operationIds(JsonNode spec) {
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : ConnectionScope.entries(spec.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : ConnectionScope.entries(path.getValue())) {
        if (ConnectionScope.METHODS.contains(op.getKey())) {
          ids.add(op.getValue().path("operationId").asText());
        }
      }
    }
    return ids;
  }

  @Test
  void theFileIsWhatTheRulesMakeOfTheSource() throws Exception {
    assertThat(published).isEqualTo(Publisher.publish(source).spec());
    assertThat(Paths.get(System.getProperty("omneo.spec.jarCopy", "target/classes/META-INF/openapi/omneo-id.yaml")))
        .hasSameBinaryContentAs(publishedFile);
  }

  @Test
  void everyConnectionScopedOperationHasItsTwinAndNothingElseDoes() {
    List<String> expected = new ArrayList<>(operationIds(source));
    for (Map.Entry<String, JsonNode> path : ConnectionScope.entries(source.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : ConnectionScope.entries(path.getValue())) {
        if (op.getValue().path("x-omneo-connection-scoped").asBoolean(false)) {
          expected.add(op.getValue().path("operationId").asText() + "ForConnection");
          String twinPath = ConnectionScope.SCOPE + ConnectionScope.rename(
              path.getKey().substring(ConnectionScope.ME.length()));
          JsonNode twin = published.path("paths").path(twinPath).path(op.getKey());
          assertThat(twin.path("responses")).as(twinPath)
              .isEqualTo(published.path("paths").path(path.getKey()).path(op.getKey()).path("responses"));
        }
      }
    }
    assertThat(operationIds(published)).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
  }

  @Test
  void noNullableAllOfIsLeft() throws Exception {
    String text = Files.readString(publishedFile, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("allOf:\n        - $ref").doesNotContain("allOf:\n          - $ref");
    assertThat(count(published)).as("schemas with nullable: true beside allOf").isZero();
  }

  private static int count(JsonNode node) {
    int n = node.isObject() && node.has("allOf") && node.path("nullable").asBoolean(false) ? 1 : 0;
    for (JsonNode child : node) {
      n += count(child);
    }
    return n;
  }

  @Test
  void swaggerParserReadsItWithoutAComplaint() throws Exception {
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(
        Files.readString(publishedFile, StandardCharsets.UTF_8), null, null);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths()).hasSize(source.path("paths").size()
        + (int) ConnectionScope.entries(source.path("paths")).stream()
            .filter(p -> ConnectionScope.entries(p.getValue()).stream()
                .anyMatch(op -> op.getValue().path("x-omneo-connection-scoped").asBoolean(false)))
            .count());
  }

  @Test
  void noGeneratorHintOfThisProjectIsLeft() throws Exception {
    String text = Files.readString(publishedFile, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("x-implements:").doesNotContain("io.github.omneoid.json")
        .doesNotContain("x-omneo-union:");
  }

  @Test
  void everyTwinSaysItIsExtrapolatedFromTheSdksPathRewrite() {
    int twins = 0;
    for (Map.Entry<String, JsonNode> path : ConnectionScope.entries(published.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : ConnectionScope.entries(path.getValue())) {
        if (op.getValue().has("x-omneo-connection-twin-of")) {
          twins++;
          assertThat(op.getValue().path("x-omneo-twin-evidence").asText()).as(path.getKey())
              .contains("omneo-sdk src/id/resources/profile/index.ts");
        }
      }
    }
    int marked = 0;
    for (Map.Entry<String, JsonNode> path : ConnectionScope.entries(source.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : ConnectionScope.entries(path.getValue())) {
        if (op.getValue().path(ConnectionScope.MARK).asBoolean()) {
          marked++;
        }
      }
    }
    assertThat(marked).as("operations the source marks connection-scoped").isGreaterThan(0);
    assertThat(twins).as("one twin per operation the source marks connection-scoped").isEqualTo(marked);
  }

  @Test
  void theDocumentedEnumValuesAreKnownValuesOfOpenEnums() {
    JsonNode schemas = published.path("components").path("schemas");
    assertThat(schemas.at("/RewardType/x-extensible-enum")).extracting(JsonNode::asText)
        .contains("birthday", "fixed", "percentage");
    assertThat(schemas.at("/Gender/x-extensible-enum")).extracting(JsonNode::asText)
        .contains("male", "MALE", "FEMALE", "WITHHELD", "OTHER");
    assertThat(schemas.at("/Ledger/properties/type/x-extensible-enum")).extracting(JsonNode::asText)
        .containsExactly("transaction", "order");
    assertThat(schemas.at("/Gender").has("enum")).isFalse();
  }
}
