package io.github.omneoid.referee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RefereeTest {

  private static final String SPEC = ""
      + "openapi: 3.0.3\n"
      + "info: {title: t, version: '1'}\n"
      + "servers: [{url: 'https://api.example.test/id/api/v1'}]\n"
      + "paths:\n"
      + "  /things/{thingId}:\n"
      + "    parameters: [{name: thingId, in: path, required: true, schema: {type: integer}}]\n"
      + "    put:\n"
      + "      operationId: updateThing\n"
      + "      parameters: [{name: mode, in: query, schema: {type: string, enum: [fast, slow]}}]\n"
      + "      requestBody:\n"
      + "        required: true\n"
      + "        content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}\n"
      + "      responses:\n"
      + "        '200':\n"
      + "          description: ok\n"
      + "          content:\n"
      + "            application/json:\n"
      + "              schema:\n"
      + "                type: object\n"
      + "                properties:\n"
      + "                  data:\n"
      + "                    type: object\n"
      + "                    properties:\n"
      + "                      id: {type: integer}\n"
      + "                      owner:\n"
      + "                        anyOf: [{type: object}, {type: object, nullable: true, enum: [null]}]\n";

  private static final Referee REFEREE = Referee.forSpec(SPEC);

  private static Exchange.Builder put(String path) {
    return Exchange.request("PUT", path).requestHeader("Content-Type", "application/json")
        .requestBody("{\"name\": \"x\"}").status(200).responseHeader("Content-Type", "application/json");
  }

  private static List<String> lines(List<Violation> violations) {
    return violations.stream().map(Violation::line).collect(Collectors.toList());
  }

  @Test
  void anExchangeTheSpecAllowsHasNoViolationWithOrWithoutTheBasePath() {
    for (String path : List.of("/id/api/v1/things/7", "/things/7")) {
      assertThat(REFEREE.judge(put(path).query("mode", "fast").responseBody("{\"data\": {\"id\": 7, \"owner\": null}}")
          .build())).as(path).isEmpty();
    }
  }

  @Test
  void aWrongResponseFieldIsNamedByOperationPartPointerAndMessage() {
    List<Violation> found = REFEREE.judge(put("/id/api/v1/things/7")
        .responseBody("{\"data\": {\"id\": \"7\", \"owner\": \"me\"}}").build());

    assertThat(lines(found)).containsExactly(
        "updateThing response 200 /data/id: Instance type (string) does not match any allowed primitive type"
            + " (allowed: [\"integer\"])",
        "updateThing response 200 /data/owner: Instance failed to match at least one required schema among 2"
            + " (anyOf/0: Instance type (string) does not match any allowed primitive type (allowed: [\"object\"]);"
            + " anyOf/1: Instance type (string) does not match any allowed primitive type"
            + " (allowed: [\"null\",\"object\"]))");
    assertThat(found.get(0).key())
        .isEqualTo("updateThing response 200 /data/id validation.response.body.schema.type");
  }

  @Test
  void anUndeclaredPropertyIsAViolationAndArrayIndicesLeaveTheKey() {
    List<Violation> found = REFEREE.judge(put("/things/7")
        .responseBody("{\"data\": {\"id\": 7, \"colour\": \"red\"}}").build());

    assertThat(lines(found)).containsExactly("updateThing response 200 /data: Object instance has properties which"
        + " are not allowed by the schema: [\"colour\"]");
    assertThat(new Violation("op", "response 200", "/data/12/items/0", "rule", "m").key())
        .isEqualTo("op response 200 /data/*/items/* rule");
  }

  @Test
  void requestMistakesAreNamedByParameterAndBody() {
    List<Violation> found = REFEREE.judge(put("/things/7").query("mode", "reckless")
        .requestBody("{\"name\": 5}").responseBody("{}").build());

    assertThat(found).extracting(Violation::part, Violation::field, Violation::rule).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("request", "query:mode", "validation.request.parameter.schema.enum"),
        org.assertj.core.groups.Tuple.tuple("request", "/name", "validation.request.body.schema.type"));
  }

  @Test
  void anUndeclaredStatusAndAnUnknownRouteAreViolationsToo() {
    assertThat(REFEREE.judge(put("/things/7").status(503).responseBody("{}").build()))
        .extracting(Violation::key)
        .containsExactly("updateThing response 503 status validation.response.status.unknown");
    assertThat(REFEREE.judge(Exchange.request("GET", "/id/api/v1/things/7/parts/3f2b6c1e-1111-4a2b-8c3d-0123456789ab")
        .status(200).build()))
        .extracting(Violation::operation).containsExactly("GET /things/{id}/parts/{id}");
  }

  @Test
  void aResponseAloneIsJudgedAgainstTheNamedOperation() {
    assertThat(REFEREE.judgeResponse("updateThing", 200, "application/json", "{\"data\": {\"id\": 1}}")).isEmpty();
    assertThat(lines(REFEREE.judgeResponse("updateThing", 200, "application/json", "{\"data\": []}")))
        .containsExactly("updateThing response 200 /data: Instance type (array) does not match any allowed"
            + " primitive type (allowed: [\"object\"])");
    assertThatThrownBy(() -> REFEREE.judgeResponse("nothing", 200, "application/json", "{}"))
        .hasMessageContaining("no operation nothing");
  }

  @Test
  void thePublishedSpecComesFromTheSpecJar() {
    assertThat(Referee.publishedSpec().operations()).containsEntry("getMyProfile", "GET /profiles/me")
        .containsEntry("getMyProfileForConnection", "GET /profiles/connection/{connectionId}")
        .hasSizeGreaterThan(170);
  }
}
