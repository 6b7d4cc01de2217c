package io.github.omneoid.spec.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionScopeTest {

  private static final String COMPONENTS = "components:\n"
      + "  parameters:\n"
      + "    ConnectionId: {name: connectionId, in: path, required: true, schema: {type: integer, format: int64}}\n";

  private static ObjectNode spec(String paths) throws Exception {
    return SpecYaml.parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths + COMPONENTS);
  }

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void aScopedOperationIsDeclaredAgainUnderTheConnectionWithItsOwnIdAndTheSameResponses() throws Exception {
    ObjectNode spec = spec(""
        + "  /profiles/me/addresses:\n"
        + "    get:\n"
        + "      operationId: listMyAddresses\n"
        + "      summary: List addresses\n"
        + "      description: All of them.\n"
        + "      tags: [addresses]\n"
        + "      x-omneo-token: profile\n"
        + "      x-omneo-connection-scoped: true\n"
        + "      parameters: [{name: sort, in: query, schema: {type: string}}]\n"
        + "      responses:\n"
        + "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n"
        + "        '404': {description: missing}\n");

    ConnectionScope.Stats stats = ConnectionScope.apply(spec);

    assertThat(keys(spec.path("paths")))
        .containsExactly("/profiles/me/addresses", "/profiles/connection/{connectionId}/addresses");
    JsonNode twinItem = spec.path("paths").path("/profiles/connection/{connectionId}/addresses");
    assertThat(twinItem.path("parameters").get(0).path("$ref").asText())
        .isEqualTo("#/components/parameters/ConnectionId");
    JsonNode twin = twinItem.path("get");
    JsonNode original = spec.path("paths").path("/profiles/me/addresses").path("get");
    assertThat(twin.path("operationId").asText()).isEqualTo("listMyAddressesForConnection");
    assertThat(twin.path("x-omneo-connection-twin-of").asText()).isEqualTo("listMyAddresses");
    assertThat(twin.path("x-omneo-twin-evidence").asText())
        .startsWith("extrapolated").contains("omneo-sdk src/id/resources/profile/index.ts");
    assertThat(twin.has("x-omneo-connection-scoped")).isFalse();
    assertThat(twin.path("responses")).isEqualTo(original.path("responses"));
    assertThat(twin.path("parameters")).isEqualTo(original.path("parameters"));
    assertThat(twin.path("tags")).isEqualTo(original.path("tags"));
    assertThat(twin.path("x-omneo-token").asText()).isEqualTo("profile");
    assertThat(twin.path("summary").asText()).isEqualTo("List addresses (through a connection)");
    assertThat(twin.path("description").asText()).startsWith("`listMyAddresses` for the profile linked by")
        .endsWith("\n\nAll of them.");
    assertThat(original.path("operationId").asText()).as("the original is untouched").isEqualTo("listMyAddresses");
    assertThat(stats.toString()).isEqualTo(
        "paths 1 -> 2, operations 1 -> 2 (1 connection-scoped twins)");
  }

  @Test
  void theProfileRootBecomesTheConnectionPathItselfAndUnmarkedOperationsStayOut() throws Exception {
    ObjectNode spec = spec(""
        + "  /profiles/me:\n"
        + "    get: {operationId: getMyProfile, x-omneo-connection-scoped: true,"
        + " responses: {'200': {description: ok}}}\n"
        + "    delete: {operationId: deleteMyProfile, responses: {'204': {description: gone}}}\n"
        + "  /locations:\n"
        + "    get: {operationId: listLocations, responses: {'200': {description: ok}}}\n");

    ConnectionScope.apply(spec);

    assertThat(keys(spec.path("paths")))
        .containsExactly("/profiles/me", "/locations", "/profiles/connection/{connectionId}");
    assertThat(keys(spec.path("paths").path("/profiles/connection/{connectionId}")))
        .containsExactly("parameters", "get");
  }

  @Test
  void aNestedConnectionIdIsRenamedSoThePathNamesEachParameterOnce() throws Exception {
    ObjectNode spec = spec(""
        + "  /profiles/me/connections/{connectionId}:\n"
        + "    parameters: [{$ref: '#/components/parameters/ConnectionId'}]\n"
        + "    put: {operationId: updateMyConnection, x-omneo-connection-scoped: true,"
        + " responses: {'200': {description: ok}}}\n");

    ConnectionScope.apply(spec);

    JsonNode twin = spec.path("paths").path("/profiles/connection/{connectionId}/connections/{nestedConnectionId}");
    assertThat(twin.isObject()).isTrue();
    assertThat(twin.path("parameters").get(0).path("$ref").asText())
        .isEqualTo("#/components/parameters/ConnectionId");
    JsonNode nested = twin.path("parameters").get(1);
    assertThat(nested.path("name").asText()).isEqualTo("nestedConnectionId");
    assertThat(nested.path("in").asText()).isEqualTo("path");
    assertThat(nested.path("schema").path("type").asText()).isEqualTo("integer");
    assertThat(spec.path("paths").path("/profiles/me/connections/{connectionId}").path("parameters").get(0)
        .path("$ref").asText()).as("the source route keeps its reference").isEqualTo(
        "#/components/parameters/ConnectionId");
  }

  @Test
  void withoutAConnectionIdComponentTheScopeParameterIsAnInlineInteger() throws Exception {
    ObjectNode spec = SpecYaml.parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n"
        + "  /profiles/me/points:\n"
        + "    get: {operationId: listMyPoints, x-omneo-connection-scoped: true,"
        + " responses: {'200': {description: ok}}}\n");

    ConnectionScope.apply(spec);

    JsonNode scope = spec.path("paths").path("/profiles/connection/{connectionId}/points").path("parameters").get(0);
    assertThat(scope.path("name").asText()).isEqualTo("connectionId");
    assertThat(scope.path("in").asText()).isEqualTo("path");
    assertThat(scope.path("required").asBoolean()).isTrue();
    assertThat(scope.path("schema").path("type").asText()).isEqualTo("integer");
  }

  @Test
  void aMarkOutsideProfilesMeFailsTheBuild() throws Exception {
    ObjectNode spec = spec(""
        + "  /locations:\n"
        + "    get: {operationId: listLocations, x-omneo-connection-scoped: true,"
        + " responses: {'200': {description: ok}}}\n");

    assertThatThrownBy(() -> ConnectionScope.apply(spec)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/locations").hasMessageContaining("only operations under /profiles/me");
  }

  @Test
  void aHandWrittenConnectionPathInTheSourceFailsTheBuild() throws Exception {
    ObjectNode spec = spec(""
        + "  /profiles/me/points:\n"
        + "    get: {operationId: listMyPoints, x-omneo-connection-scoped: true,"
        + " responses: {'200': {description: ok}}}\n"
        + "  /profiles/connection/{connectionId}/points:\n"
        + "    get: {operationId: listPointsForConnection, responses: {'200': {description: ok}}}\n");

    assertThatThrownBy(() -> ConnectionScope.apply(spec)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/profiles/connection/{connectionId}/points is declared in the source");
  }

  @Test
  void aTwinOperationIdThatIsTakenFailsTheBuild() throws Exception {
    ObjectNode spec = spec(""
        + "  /profiles/me/points:\n"
        + "    get: {operationId: listMyPoints, x-omneo-connection-scoped: true,"
        + " responses: {'200': {description: ok}}}\n"
        + "  /locations:\n"
        + "    get: {operationId: listMyPointsForConnection, responses: {'200': {description: ok}}}\n");

    assertThatThrownBy(() -> ConnectionScope.apply(spec)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("operationId listMyPointsForConnection");
  }
}
