package io.github.omneoid.spec.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evidence for the published forms, from an outside referee: the Atlassian swagger-request-validator (the one
 * the build's gates use) judges a response property {@code p} under the source form and under the published form.
 */
class ValidatorEvidenceTest {

  private static final String LOCATION_REF = "{type: object, allOf: [{$ref: '#/components/schemas/Location'}],"
      + " nullable: true}";

  private static String spec(String property) {
    return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n"
        + "      responses:\n        '200':\n          description: ok\n          content:\n"
        + "            application/json:\n              schema: {type: object, properties: {p: " + property + "}}\n"
        + "components:\n  schemas:\n    Location: {type: object, properties: {id: {type: integer}}}\n";
  }

  private static String published(String property) throws Exception {
    return SpecYaml.toYaml(Publisher.publish(SpecYaml.parse(spec(property))).spec());
  }

  /** The validator's error messages for the body {@code {"p": <json>}}; empty when it accepts it. */
  private static List<String> errors(String specYaml, String json) {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(specYaml)
        .build();
    ValidationReport report = validator.validateResponse("/x", Request.Method.GET,
        SimpleResponse.Builder.ok().withContentType("application/json").withBody("{\"p\": " + json + "}").build());
    return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.toList());
  }

  @Test
  void theSourceFormOfANullableReferenceRejectsNull() {
    assertThat(errors(spec(LOCATION_REF), "null")).containsExactly("validation.response.body.schema.allOf:"
        + " [Path '/p'] Instance failed to match all required schemas (matched only 0 out of 1)");
  }

  @Test
  void thePublishedFormAcceptsNullAndTheReferencedShapeAndStillRejectsAnythingElse() throws Exception {
    String published = published(LOCATION_REF);

    assertThat(errors(published, "null")).isEmpty();
    assertThat(errors(published, "{\"id\": 7}")).isEmpty();
    assertThat(errors(published, "{\"id\": \"seven\"}")).singleElement().asString()
        .startsWith("validation.response.body.schema.anyOf: [Path '/p'] Instance failed to match at least one");
    assertThat(errors(published, "\"seven\"")).hasSize(1);
    assertThat(errors(published, "[]")).hasSize(1);
  }

  @Test
  void emptyArrayAcceptsOnlyAnEmptyArrayBesideTheObject() throws Exception {
    String published = published("{type: object, additionalProperties: {type: integer},"
        + " x-omneo-also: [empty-array]}");

    assertThat(errors(spec("{type: object, additionalProperties: {type: integer}}"), "[]")).hasSize(1);
    assertThat(errors(published, "[]")).isEmpty();
    assertThat(errors(published, "{\"a\": 1}")).isEmpty();
    assertThat(errors(published, "[1]")).hasSize(1);
  }

  @Test
  void numericStringAcceptsDecimalNumbersWrittenAsStringsOnly() throws Exception {
    String published = published("{type: number, nullable: true, x-omneo-also: [numeric-string]}");

    assertThat(errors(published, "\"80.00\"")).isEmpty();
    assertThat(errors(published, "\"-3\"")).isEmpty();
    assertThat(errors(published, "80.5")).isEmpty();
    assertThat(errors(published, "null")).as("the declared type keeps its nullability").isEmpty();
    assertThat(errors(published, "\"eighty\"")).hasSize(1);
    assertThat(errors(published, "\"80.\"")).hasSize(1);
  }

  @Test
  void numberAndStringAreTheOtherJsonType() throws Exception {
    assertThat(errors(published("{type: string, x-omneo-also: [number]}"), "42")).isEmpty();
    assertThat(errors(published("{type: string, x-omneo-also: [number]}"), "true")).hasSize(1);
    assertThat(errors(published("{type: object, x-omneo-also: [string]}"), "\"n/a\"")).isEmpty();
    assertThat(errors(published("{type: object, x-omneo-also: [string]}"), "3")).hasSize(1);
  }

  @Test
  void aBooleanAlsoSentAsZeroOneOrAsAStringAcceptsTheSpellingsAndNothingElse() throws Exception {
    String published = published("{type: boolean, x-omneo-also: [zero-one, string]}");

    for (String ok : List.of("true", "0", "1", "\"0\"", "\"1\"", "\"true\"", "\"false\"")) {
      assertThat(errors(published, ok)).as(ok).isEmpty();
    }
    for (String bad : List.of("2", "\"yes\"", "1.5", "null")) {
      assertThat(errors(published, bad)).as(bad).hasSize(1);
    }
  }
}
