package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Rule 4: a published spec that stock tools read without this project's build.
 *
 * <ul>
 *   <li><b>No generator hints.</b> {@code x-implements} names Java types only this project has
 *       ({@code io.github.omneoid.json.DataEnvelope<...>}); a stock generator copies it into code that does not
 *       compile. It is removed.</li>
 *   <li><b>Unions.</b> A schema marked {@code x-omneo-union: true} is written in the source as {@code allOf} of
 *       records (the Java generator merges them into one class of optional typed fields); the value is really
 *       one of them, so the published form is {@code anyOf} of the same references. An inline member (no
 *       {@code $ref}) only overrides a merged property for the Java build and is left out. A nullable union
 *       gets a null-only branch, as rule 3 writes a nullable reference.</li>
 *   <li><b>Free-form maps sent as {@code []}.</b> {@code additionalProperties: true} is dropped from a map that
 *       also arrives as an empty array ({@code x-omneo-also: [empty-array]}): it is JSON Schema's default, so
 *       validators read the same thing, but inside the {@code anyOf} rule 2 makes of it, stock Java generators
 *       turn it into a {@code Map<String, Object>} alternative they cannot compile
 *       ({@code TypeToken.get(Map<String, Object>.class)}); a free-form object becomes {@code Object}.</li>
 *   <li><b>Open enums.</b> A string {@code enum} in a response schema becomes a plain string whose known values
 *       are listed in {@code x-extensible-enum}: the client reads unknown values, and a validator using the
 *       published spec must not reject them. Enums of request schemas ({@code x-omneo-request}) and parameters
 *       stay closed: they say what the client sends.</li>
 * </ul>
 */
public final class Portable {

  static final String IMPLEMENTS = "x-implements";
  static final String UNION = "x-omneo-union";
  static final String REQUEST = "x-omneo-request";
  static final String EXTENSIBLE_ENUM = "x-extensible-enum";
  /** Values that are data, not schemas: never walked. */
  private static final Set<String> DATA = Set.of("example", "examples", "enum", "default", "const",
      EXTENSIBLE_ENUM);

  /** What the rule did. */
  public static final class Stats {
    public int hintsRemoved;
    public int unions;
    public int openEnums;
    public int freeFormMaps;

    @Override
    public String toString() {
      return hintsRemoved + " generator hints removed, " + unions + " unions as anyOf, " + openEnums
          + " response enums open (" + EXTENSIBLE_ENUM + "), " + freeFormMaps + " free-form maps without"
          + " additionalProperties: true";
    }
  }

  private Portable() {
  }

  public static Stats apply(ObjectNode spec) {
    Stats stats = new Stats();
    JsonNode schemas = spec.path("components").path("schemas");
    for (Map.Entry<String, JsonNode> schema : ConnectionScope.entries(schemas)) {
      walk(schema.getValue(), false, stats);
    }
    for (Map.Entry<String, JsonNode> path : ConnectionScope.entries(spec.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : ConnectionScope.entries(path.getValue())) {
        if (ConnectionScope.METHODS.contains(op.getKey())) {
          walk(op.getValue().path("responses"), false, stats);
        }
      }
    }
    return stats;
  }

  private static void walk(JsonNode node, boolean request, Stats stats) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, request, stats);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    boolean inRequest = request || object.path(REQUEST).asBoolean(false);
    if (object.remove(IMPLEMENTS) != null) {
      stats.hintsRemoved++;
    }
    if (isFreeFormMapAlsoEmptyArray(object)) {
      object.remove("additionalProperties");
      stats.freeFormMaps++;
    }
    if (object.path(UNION).asBoolean(false)) {
      union(object);
      stats.unions++;
    }
    if (!inRequest && object.has("enum") && "string".equals(object.path("type").asText())) {
      open(object);
      stats.openEnums++;
    }
    for (Map.Entry<String, JsonNode> field : ConnectionScope.entries(object)) {
      if (!field.getKey().startsWith("x-") && !DATA.contains(field.getKey())) {
        walk(field.getValue(), inRequest, stats);
      }
    }
  }

  private static boolean isFreeFormMapAlsoEmptyArray(ObjectNode schema) {
    JsonNode additional = schema.get("additionalProperties");
    boolean freeForm = additional != null && (additional.isBoolean() && additional.asBoolean()
        || additional.isObject() && additional.isEmpty());
    if (!freeForm || schema.has("properties")) {
      return false;
    }
    for (JsonNode form : schema.path(SchemaForms.ALSO)) {
      if ("empty-array".equals(form.asText())) {
        return true;
      }
    }
    return false;
  }

  private static void union(ObjectNode schema) {
    JsonNode members = schema.get("allOf");
    if (members == null || !members.isArray() || members.size() < 2) {
      throw new IllegalStateException(UNION + " needs an allOf of at least two schemas, was " + schema);
    }
    ArrayNode records = schema.arrayNode();
    for (JsonNode member : members) {
      if (member.has("$ref")) {
        records.add(member);
      }
    }
    if (schema.path("nullable").asBoolean(false)) {
      // As rule 3 writes a nullable reference: null gets a branch of its own, the outer schema no nullable.
      ObjectNode onlyNull = records.addObject();
      onlyNull.put("type", schema.path("type").asText("object")).put("nullable", true).putArray("enum").addNull();
      schema.remove("nullable");
      schema.remove("type");
    }
    schema.remove("allOf");
    schema.remove(UNION);
    schema.set("anyOf", records);
  }

  private static void open(ObjectNode schema) {
    ArrayNode known = schema.arrayNode();
    for (JsonNode value : schema.remove("enum")) {
      if (!value.isNull()) {
        known.add(value);
      }
    }
    schema.set(EXTENSIBLE_ENUM, known);
  }
}
