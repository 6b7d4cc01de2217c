package io.github.omneoid.spec.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rule 4 on small specs, and what the strict validator makes of its output. */
class PortableTest {

  private static final String SPEC = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
      + "paths:\n  /x:\n    get:\n      operationId: getX\n"
      + "      parameters:\n        - {name: side, in: query, schema: {type: string, enum: [left, right]}}\n"
      + "      responses:\n        '200':\n          description: ok\n          content:\n"
      + "            application/json:\n              schema: {$ref: '#/components/schemas/Item'}\n"
      + "components:\n  schemas:\n"
      + "    Gender: {type: string, enum: [male, female]}\n"
      + "    Reward: {type: object, properties: {value_remaining: {type: number}}}\n"
      + "    Credit: {type: object, properties: {credit_number: {type: string}}}\n"
      + "    Held: {x-omneo-union: true, allOf: [{$ref: '#/components/schemas/Reward'},"
      + " {$ref: '#/components/schemas/Credit'}, {type: object, properties: {credit_number: {type: integer}}}]}\n"
      + "    Item:\n      type: object\n      x-implements: ['io.github.omneoid.json.DataEnvelope<Item>']\n"
      + "      properties:\n"
      + "        gender: {$ref: '#/components/schemas/Gender'}\n"
      + "        kind: {type: string, nullable: true, enum: [transaction, order, null]}\n"
      + "        held: {$ref: '#/components/schemas/Held'}\n"
      + "        meta: {type: object, additionalProperties: true, x-omneo-also: [empty-array]}\n"
      + "        tags: {type: object, additionalProperties: true}\n"
      + "    Input:\n      type: object\n      x-omneo-request: true\n"
      + "      properties:\n        strategy: {type: string, enum: [rewards, points]}\n";

  private static ObjectNode portable() throws Exception {
    ObjectNode spec = SpecYaml.parse(SPEC);
    Portable.apply(spec);
    return spec;
  }

  private static JsonNode yaml(String flow) throws Exception {
    return SpecYaml.parse("v: " + flow).get("v");
  }

  /** The validator's errors for {@code body} as the 200 answer of {@code GET /x}; empty when it accepts it. */
  private static List<String> errors(String specYaml, String body) {
    ValidationReport report = OpenApiInteractionValidator.createForInlineApiSpecification(specYaml).build()
        .validateResponse("/x", Request.Method.GET,
            SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.toList());
  }

  @Test
  void javaGeneratorHintsAreLeftOut() throws Exception {
    assertThat(portable().at("/components/schemas/Item").has("x-implements")).isFalse();
  }

  @Test
  void responseEnumsBecomeOpenStringsListingTheKnownValues() throws Exception {
    ObjectNode spec = portable();

    assertThat(spec.at("/components/schemas/Gender"))
        .isEqualTo(yaml("{type: string, x-extensible-enum: [male, female]}"));
    assertThat(spec.at("/components/schemas/Item/properties/kind"))
        .as("null stays allowed by nullable, not listed as a value")
        .isEqualTo(yaml("{type: string, nullable: true, x-extensible-enum: [transaction, order]}"));
  }

  @Test
  void requestEnumsAndParametersStayClosed() throws Exception {
    ObjectNode spec = portable();

    assertThat(spec.at("/components/schemas/Input/properties/strategy/enum")).isEqualTo(yaml("[rewards, points]"));
    assertThat(spec.at("/paths/~1x/get/parameters/0/schema/enum")).isEqualTo(yaml("[left, right]"));
  }

  @Test
  void aUnionBecomesAnyOfItsRecordsWithoutTheJavaOnlyOverrides() throws Exception {
    assertThat(portable().at("/components/schemas/Held")).isEqualTo(yaml("{anyOf: ["
        + "{$ref: '#/components/schemas/Reward'}, {$ref: '#/components/schemas/Credit'}]}"));
  }

  @Test
  void aNullableUnionGetsANullOnlyBranch() throws Exception {
    ObjectNode spec = SpecYaml.parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
        + "  schemas:\n    Held: {type: object, nullable: true, x-omneo-union: true, allOf: [{$ref: '#/a'},"
        + " {$ref: '#/b'}]}\n");
    Portable.apply(spec);

    assertThat(spec.at("/components/schemas/Held")).isEqualTo(yaml("{anyOf: [{$ref: '#/a'}, {$ref: '#/b'},"
        + " {type: object, nullable: true, enum: [null]}]}"));
  }

  @Test
  void aUnionNeedsTwoMembers() throws Exception {
    ObjectNode spec = SpecYaml.parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
        + "  schemas:\n    Held: {x-omneo-union: true, allOf: [{type: object}]}\n");

    assertThatThrownBy(() -> Portable.apply(spec)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x-omneo-union needs an allOf of at least two schemas");
  }

  @Test
  void onlyAFreeFormMapAlsoSentAsAnEmptyArrayLosesItsDefaultAdditionalProperties() throws Exception {
    ObjectNode spec = portable();

    assertThat(spec.at("/components/schemas/Item/properties/meta"))
        .isEqualTo(yaml("{type: object, x-omneo-also: [empty-array]}"));
    assertThat(spec.at("/components/schemas/Item/properties/tags"))
        .isEqualTo(yaml("{type: object, additionalProperties: true}"));
  }

  @Test
  void theStrictValidatorAcceptsUnknownResponseValuesAndEitherRecordAndStillChecksTypes() throws Exception {
    String source = SpecYaml.toYaml(SpecYaml.parse(SPEC));
    String published = SpecYaml.toYaml(Publisher.publish(SpecYaml.parse(SPEC)).spec());

    assertThat(errors(source, "{\"gender\": \"MALE\"}")).as("the source's closed enum").hasSize(1);
    assertThat(errors(published, "{\"gender\": \"MALE\", \"kind\": \"adjustment\"}")).isEmpty();
    assertThat(errors(published, "{\"kind\": null}")).isEmpty();
    assertThat(errors(published, "{\"gender\": 5}")).hasSize(1);
    assertThat(errors(published, "{\"held\": {\"value_remaining\": 8.5}}")).isEmpty();
    assertThat(errors(published, "{\"held\": {\"credit_number\": \"GC-1\"}}")).isEmpty();
    assertThat(errors(published, "{\"held\": {\"value_remaining\": \"lots\", \"credit_number\": 7}}")).hasSize(1);
    assertThat(errors(published, "{\"meta\": []}")).isEmpty();
    assertThat(errors(published, "{\"meta\": {\"a\": [1]}}")).isEmpty();
    assertThat(errors(published, "{\"meta\": [1]}")).hasSize(1);
  }
}
