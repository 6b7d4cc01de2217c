package io.github.omneoid.spec.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SchemaFormsTest {

  /** A spec whose schema {@code S} has the property {@code p} given in flow YAML. */
  private static ObjectNode spec(String property) throws Exception {
    return SpecYaml.parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        + "    Location: {type: object, properties: {id: {type: integer}}}\n"
        + "    Gender: {type: string, enum: [male, female]}\n"
        + "    S:\n      type: object\n      properties:\n        p: " + property + "\n");
  }

  private static JsonNode publishedProperty(String property) throws Exception {
    ObjectNode spec = spec(property);
    SchemaForms.apply(spec);
    return spec.at("/components/schemas/S/properties/p");
  }

  private static JsonNode yaml(String flow) throws Exception {
    return SpecYaml.parse("v: " + flow).get("v");
  }

  @Test
  void aNullableReferenceBecomesAnyOfTheReferenceAndANullOnlySchemaOfTheSameType() throws Exception {
    JsonNode p = publishedProperty("{type: object, allOf: [{$ref: '#/components/schemas/Location'}], nullable: true,"
        + " description: Home store, x-omneo-conflict: why}");

    assertThat(p).isEqualTo(yaml("{description: Home store, anyOf: ["
        + "{$ref: '#/components/schemas/Location'}, {type: object, nullable: true, enum: [null]}],"
        + " x-omneo-conflict: why}"));
  }

  @Test
  void withoutItsOwnTypeTheNullSchemaTakesTheReferencedSchemasType() throws Exception {
    JsonNode p = publishedProperty("{allOf: [{$ref: '#/components/schemas/Gender'}], nullable: true}");

    assertThat(p).isEqualTo(yaml("{anyOf: ["
        + "{$ref: '#/components/schemas/Gender'}, {type: string, nullable: true, enum: [null]}]}"));
  }

  @Test
  void aNullableAllOfWithMoreThanTheReferenceKeepsItAllInTheFirstAlternative() throws Exception {
    JsonNode p = publishedProperty("{type: object, nullable: true, allOf: [{$ref: '#/components/schemas/Location'},"
        + " {required: [id]}]}");

    assertThat(p).isEqualTo(yaml("{anyOf: [{type: object, allOf: [{$ref: '#/components/schemas/Location'},"
        + " {required: [id]}]}, {type: object, nullable: true, enum: [null]}]}"));
  }

  @Test
  void aReferenceThatIsNotNullableStaysAsItIs() throws Exception {
    JsonNode p = publishedProperty("{type: object, allOf: [{$ref: '#/components/schemas/Location'}]}");

    assertThat(p).isEqualTo(yaml("{type: object, allOf: [{$ref: '#/components/schemas/Location'}]}"));
  }

  @Test
  void emptyArrayIsAnArrayWithNoItems() throws Exception {
    JsonNode p = publishedProperty("{type: object, additionalProperties: {type: string}, x-omneo-also: [empty-array]}");

    assertThat(p).isEqualTo(yaml("{anyOf: [{type: object, additionalProperties: {type: string}},"
        + " {type: array, maxItems: 0, items: {}}], x-omneo-also: [empty-array]}"));
  }

  @Test
  void numericStringIsAStringOfADecimalNumberAndTheDeclaredTypeKeepsItsNullability() throws Exception {
    JsonNode p = publishedProperty("{type: number, nullable: true, example: 80.5, x-omneo-also: [numeric-string]}");

    assertThat(p).isEqualTo(yaml("{example: 80.5, anyOf: [{type: number, nullable: true},"
        + " {type: string, pattern: '^-?[0-9]+(\\.[0-9]+)?$'}], x-omneo-also: [numeric-string]}"));
  }

  @Test
  void numberIsAJsonNumber() throws Exception {
    JsonNode p = publishedProperty("{type: string, x-omneo-also: [number]}");

    assertThat(p.get("anyOf")).isEqualTo(yaml("[{type: string}, {type: number}]"));
  }

  @Test
  void stringIsAnyStringButOnABooleanOnlyTheFourSpellings() throws Exception {
    assertThat(publishedProperty("{type: object, x-omneo-also: [string]}").get("anyOf"))
        .isEqualTo(yaml("[{type: object}, {type: string}]"));
    assertThat(publishedProperty("{type: boolean, x-omneo-also: [string]}").get("anyOf"))
        .isEqualTo(yaml("[{type: boolean}, {type: string, enum: ['0', '1', 'true', 'false']}]"));
  }

  @Test
  void zeroOneIsTheIntegerZeroOrOne() throws Exception {
    JsonNode p = publishedProperty("{type: boolean, x-omneo-also: [zero-one, string]}");

    assertThat(p.get("anyOf")).isEqualTo(yaml("[{type: boolean}, {type: integer, enum: [0, 1]},"
        + " {type: string, enum: ['0', '1', 'true', 'false']}]"));
  }

  @Test
  void formsOnANullableReferenceJoinTheSameAnyOf() throws Exception {
    JsonNode p = publishedProperty("{type: object, allOf: [{$ref: '#/components/schemas/Location'}], nullable: true,"
        + " x-omneo-also: [empty-array, number]}");

    assertThat(p).isEqualTo(yaml("{anyOf: [{$ref: '#/components/schemas/Location'},"
        + " {type: object, nullable: true, enum: [null]}, {type: array, maxItems: 0, items: {}}, {type: number}],"
        + " x-omneo-also: [empty-array, number]}"));
  }

  @Test
  void anUnknownFormFailsTheBuildNamingTheSchema() throws Exception {
    ObjectNode spec = spec("{type: number, x-omneo-also: [numeric]}");

    assertThatThrownBy(() -> SchemaForms.apply(spec)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("#/components/schemas/S/properties/p")
        .hasMessageContaining("unknown x-omneo-also form 'numeric'");
  }

  @Test
  void schemasAreFoundEverywhereButExamplesAreData() throws Exception {
    ObjectNode spec = SpecYaml.parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        + "      parameters: [{name: q, in: query, schema: {type: integer, x-omneo-also: [numeric-string]}}]\n"
        + "      responses:\n        '200':\n          description: ok\n          content:\n"
        + "            application/json:\n"
        + "              schema:\n"
        + "                type: object\n"
        + "                properties:\n"
        + "                  example: {type: boolean, x-omneo-also: [zero-one]}\n"
        + "                  items: {type: array, items: {type: number, x-omneo-also: [numeric-string]}}\n"
        + "              example: {example: {type: boolean, x-omneo-also: [zero-one]}}\n");

    SchemaForms.Stats stats = SchemaForms.apply(spec);

    JsonNode media = spec.at("/paths/~1x/get/responses/200/content/application~1json");
    assertThat(media.at("/schema/properties/example/anyOf")).hasSize(2);
    assertThat(media.at("/schema/properties/items/items/anyOf")).hasSize(2);
    assertThat(spec.at("/paths/~1x/get/parameters/0/schema/anyOf")).hasSize(2);
    assertThat(media.at("/example/example/type").asText()).as("example data is left alone").isEqualTo("boolean");
    assertThat(stats.alsoSchemas).isEqualTo(3);
    assertThat(stats.forms).containsEntry("zero-one", 1).containsEntry("numeric-string", 2);
  }
}
