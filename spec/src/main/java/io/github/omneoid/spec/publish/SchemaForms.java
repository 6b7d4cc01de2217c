package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rules 2 and 3: schemas that strict OpenAPI 3.0 validators read as the API behaves.
 *
 * <p><b>Nullable references.</b> The source writes a nullable reference as {@code nullable: true} beside
 * {@code allOf: [$ref]} (what the Java generator reads). Under OpenAPI 3.0.3 {@code nullable} only widens the
 * {@code type} of its own schema object, so {@code null} still fails the {@code allOf}: validators reject it. The
 * published form is
 *
 * <pre>
 * anyOf:
 *   - $ref: '#/components/schemas/Location'
 *   - {type: object, nullable: true, enum: [null]}   # accepts null and nothing else
 * </pre>
 * (the null branch takes the source's {@code type}, or the referenced schema's). The outer schema carries no
 * {@code nullable}: without a {@code type} beside it, OpenAPI 3.0.3 gives it no meaning, and Spectral's
 * {@code spectral:oas} rules reject it ({@code "nullable" cannot be used without "type"}).
 *
 * <p><b>{@code x-omneo-also}.</b> Each listed form becomes one more {@code anyOf} alternative beside the declared
 * schema, which keeps its own {@code nullable}:
 * <table>
 *   <caption>forms</caption>
 *   <tr><th>form</th><th>alternative</th></tr>
 *   <tr><td>{@code empty-array}</td><td>{@code {type: array, maxItems: 0, items: {}}}</td></tr>
 *   <tr><td>{@code numeric-string}</td><td>{@code {type: string, pattern: '^-?[0-9]+(\.[0-9]+)?$'}}</td></tr>
 *   <tr><td>{@code number}</td><td>{@code {type: number}}</td></tr>
 *   <tr><td>{@code string}</td><td>{@code {type: string}}; on a boolean {@code {type: string, enum: ["0", "1",
 *       "true", "false"]}}</td></tr>
 *   <tr><td>{@code zero-one}</td><td>{@code {type: integer, enum: [0, 1]}}</td></tr>
 * </table>
 * An unknown form fails the build, naming the schema.
 *
 * <p>In both cases the annotations ({@code description}, {@code example}, {@code readOnly}..., and the vendor
 * extensions, {@code x-omneo-also} included) stay on the outer schema; the constraints move into the first
 * alternative.
 */
public final class SchemaForms {

  static final String ALSO = "x-omneo-also";
  static final String NUMERIC_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";
  /** Kept on the outer schema: they describe the property, they do not constrain the value. */
  static final Set<String> ANNOTATIONS = Set.of("title", "description", "example", "externalDocs", "deprecated",
      "readOnly", "writeOnly", "default", "xml");
  /** Values that are data, not schemas: never rewritten. */
  private static final Set<String> DATA = Set.of("example", "examples", "enum", "default", "const");
  /** Objects whose keys are names (a property called {@code example} is still a schema). */
  private static final Set<String> NAME_MAPS = Set.of("properties", "schemas", "paths", "responses", "content",
      "headers", "parameters", "requestBodies", "components", "patternProperties", "securitySchemes");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What the rules did. */
  public static final class Stats {
    public int nullableReferences;
    public int alsoSchemas;
    public final Map<String, Integer> forms = new TreeMap<>();

    @Override
    public String toString() {
      return nullableReferences + " nullable references, " + alsoSchemas + " schemas with x-omneo-also "
          + forms;
    }
  }

  private SchemaForms() {
  }

  public static Stats apply(ObjectNode spec) {
    Stats stats = new Stats();
    for (Map.Entry<String, JsonNode> field : ConnectionScope.entries(spec)) {
      if (!field.getKey().startsWith("x-") && !DATA.contains(field.getKey())) {
        spec.set(field.getKey(), rewrite(spec, field.getValue(), "#/" + escape(field.getKey()),
            NAME_MAPS.contains(field.getKey()), stats));
      }
    }
    return stats;
  }

  private static JsonNode rewrite(ObjectNode spec, JsonNode node, String pointer, boolean namesHere, Stats stats) {
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, rewrite(spec, array.get(i), pointer + "/" + i, false, stats));
      }
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode object = (ObjectNode) node;
    for (Map.Entry<String, JsonNode> field : ConnectionScope.entries(object)) {
      String key = field.getKey();
      if (!namesHere && (key.startsWith("x-") || DATA.contains(key))) {
        continue;
      }
      object.set(key, rewrite(spec, field.getValue(), pointer + "/" + escape(key),
          !namesHere && NAME_MAPS.contains(key), stats));
    }
    if (namesHere) {
      return object;
    }
    boolean nullableAllOf = object.has("allOf") && object.path("nullable").asBoolean(false);
    if (!nullableAllOf && !object.has(ALSO)) {
      return object;
    }
    return alternatives(spec, object, pointer, nullableAllOf, stats);
  }

  private static ObjectNode alternatives(ObjectNode spec, ObjectNode schema, String pointer, boolean nullableAllOf,
      Stats stats) {
    ObjectNode outer = JSON.objectNode();
    ObjectNode extensions = JSON.objectNode();
    ObjectNode base = JSON.objectNode();
    for (Map.Entry<String, JsonNode> field : ConnectionScope.entries(schema)) {
      String key = field.getKey();
      if (key.startsWith("x-")) {
        extensions.set(key, field.getValue());
      } else if (ANNOTATIONS.contains(key)) {
        outer.set(key, field.getValue());
      } else {
        base.set(key, field.getValue());
      }
    }
    String declaredType = base.path("type").asText(null);
    ArrayNode anyOf = JSON.arrayNode();
    if (nullableAllOf) {
      stats.nullableReferences++;
      JsonNode allOf = base.get("allOf");
      String type = declaredType != null ? declaredType : referencedType(spec, allOf);
      if (type == null && allOf.size() == 1) {
        type = referencedType(spec, allOf);
      }
      boolean onlyTheReference = allOf.size() == 1 && base.size() == (base.has("type") ? 3 : 2);
      if (onlyTheReference) {
        anyOf.add(allOf.get(0));
      } else {
        base.remove("nullable");
        anyOf.add(base);
      }
      ObjectNode onlyNull = JSON.objectNode();
      if (type != null) {
        onlyNull.put("type", type);
      }
      onlyNull.put("nullable", true);
      onlyNull.putArray("enum").addNull();
      anyOf.add(onlyNull);
      if (declaredType == null) {
        declaredType = type;
      }
    } else {
      anyOf.add(base);
    }
    JsonNode also = schema.get(ALSO);
    if (also != null) {
      stats.alsoSchemas++;
      if (!also.isArray() || also.isEmpty()) {
        throw new IllegalStateException(pointer + ": " + ALSO + " must be a non-empty list of forms, was " + also);
      }
      for (JsonNode form : also) {
        anyOf.add(form(form.asText(), declaredType, pointer));
        stats.forms.merge(form.asText(), 1, Integer::sum);
      }
    }
    outer.set("anyOf", anyOf);
    outer.setAll(extensions);
    return outer;
  }

  static ObjectNode form(String form, String declaredType, String pointer) {
    ObjectNode alternative = JSON.objectNode();
    switch (form) {
      case "empty-array":
        alternative.put("type", "array").put("maxItems", 0).putObject("items");
        break;
      case "numeric-string":
        alternative.put("type", "string").put("pattern", NUMERIC_PATTERN);
        break;
      case "number":
        alternative.put("type", "number");
        break;
      case "string":
        alternative.put("type", "string");
        if ("boolean".equals(declaredType)) {
          alternative.putArray("enum").add("0").add("1").add("true").add("false");
        }
        break;
      case "zero-one":
        alternative.put("type", "integer").putArray("enum").add(0).add(1);
        break;
      default:
        throw new IllegalStateException(pointer + ": unknown " + ALSO + " form '" + form
            + "' (known: empty-array, numeric-string, number, string, zero-one; see spec/README.md)");
    }
    return alternative;
  }

  /** The {@code type} of the one schema an {@code allOf} references, or null. */
  private static String referencedType(ObjectNode spec, JsonNode allOf) {
    if (allOf.size() != 1) {
      return null;
    }
    String ref = allOf.get(0).path("$ref").asText(null);
    if (ref == null || !ref.startsWith("#/")) {
      return allOf.get(0).path("type").asText(null);
    }
    return spec.at(ref.substring(1)).path("type").asText(null);
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static List<String> knownForms() {
    return List.of("empty-array", "numeric-string", "number", "string", "zero-one");
  }
}
