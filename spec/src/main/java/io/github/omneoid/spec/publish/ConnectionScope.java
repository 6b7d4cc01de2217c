package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 1: the connection-scoped tree. An operation under {@code /profiles/me} marked
 * {@code x-omneo-connection-scoped: true} is also served under {@code /profiles/connection/{connectionId}}
 * ({@code /profiles/me/addresses} becomes {@code /profiles/connection/{connectionId}/addresses}). The twin:
 *
 * <ul>
 *   <li>has the same responses, request body, tags, security and vendor extensions;</li>
 *   <li>takes the path parameter {@code connectionId} (the component {@code ConnectionId} when the source has one,
 *       an integer otherwise), first in its path item's parameters;</li>
 *   <li>is named {@code <operationId>ForConnection} and carries {@code x-omneo-connection-twin-of: <operationId>}
 *       instead of {@code x-omneo-connection-scoped};</li>
 *   <li>renames a path parameter of the mirrored route that is itself called {@code connectionId} to
 *       {@code nestedConnectionId} ({@code /profiles/me/connections/{connectionId}} becomes
 *       {@code /profiles/connection/{connectionId}/connections/{nestedConnectionId}}): a path cannot name one
 *       parameter twice.</li>
 * </ul>
 * The twins' path items follow the source's paths, in the source's order.
 */
public final class ConnectionScope {

  static final String ME = "/profiles/me";
  static final String SCOPE_PARAMETER = "connectionId";
  static final String SCOPE = "/profiles/connection/{" + SCOPE_PARAMETER + "}";
  static final String NESTED = "nestedConnectionId";
  static final String MARK = "x-omneo-connection-scoped";
  static final String TWIN_OF = "x-omneo-connection-twin-of";
  /** On every twin: where the route comes from (no page shows the connection-scoped routes one by one). */
  static final String TWIN_EVIDENCE = "x-omneo-twin-evidence";
  static final String EXTRAPOLATED = "extrapolated: the path rewrite of Connection(connectionID) in omneo-sdk"
      + " src/id/resources/profile/index.ts (options.endpoint.replace('/profiles/me',"
      + " '/profiles/connection/' + connectionID)), applied to this route; no page shows the route itself";
  static final String SUFFIX = "ForConnection";
  static final String COMPONENT = "ConnectionId";
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What the rule did. */
  public static final class Stats {
    public final int sourcePaths;
    public final int sourceOperations;
    public final int twinPaths;
    public final int twinOperations;

    Stats(int sourcePaths, int sourceOperations, int twinPaths, int twinOperations) {
      this.sourcePaths = sourcePaths;
      this.sourceOperations = sourceOperations;
      this.twinPaths = twinPaths;
      this.twinOperations = twinOperations;
    }

    @Override
    public String toString() {
      return "paths " + sourcePaths + " -> " + (sourcePaths + twinPaths) + ", operations " + sourceOperations
          + " -> " + (sourceOperations + twinOperations) + " (" + twinOperations + " connection-scoped twins)";
    }
  }

  private ConnectionScope() {
  }

  public static Stats apply(ObjectNode spec) {
    JsonNode pathsNode = spec.path("paths");
    if (!(pathsNode instanceof ObjectNode)) {
      return new Stats(0, 0, 0, 0);
    }
    ObjectNode paths = (ObjectNode) pathsNode;
    Set<String> operationIds = new HashSet<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : entries(paths)) {
      for (Map.Entry<String, JsonNode> field : entries(path.getValue())) {
        if (METHODS.contains(field.getKey())) {
          operations++;
          operationIds.add(field.getValue().path("operationId").asText());
        }
      }
    }
    Map<String, ObjectNode> twins = new LinkedHashMap<>();
    int twinOperations = 0;
    for (Map.Entry<String, JsonNode> path : entries(paths)) {
      ObjectNode item = (ObjectNode) path.getValue();
      List<String> scoped = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : entries(item)) {
        if (METHODS.contains(field.getKey()) && field.getValue().path(MARK).asBoolean(false)) {
          scoped.add(field.getKey());
        }
      }
      if (scoped.isEmpty()) {
        continue;
      }
      String template = path.getKey();
      if (!template.equals(ME) && !template.startsWith(ME + "/")) {
        throw new IllegalStateException(MARK + " on " + scoped + " " + template + ": only operations under " + ME
            + " can be connection-scoped");
      }
      String twinPath = SCOPE + rename(template.substring(ME.length()));
      if (paths.has(twinPath) || twins.containsKey(twinPath)) {
        throw new IllegalStateException(twinPath + " is declared in the source: the build derives it from "
            + template + "; remove it from the source");
      }
      ObjectNode twin = JSON.objectNode();
      twin.set("parameters", twinParameters(spec, item.path("parameters")));
      for (Map.Entry<String, JsonNode> field : entries(item)) {
        String key = field.getKey();
        if (key.equals("parameters")) {
          continue;
        }
        if (!METHODS.contains(key)) {
          twin.set(key, field.getValue().deepCopy());
        } else if (scoped.contains(key)) {
          ObjectNode operation = twinOperation(spec, (ObjectNode) field.getValue(), template);
          String id = operation.path("operationId").asText();
          if (!operationIds.add(id)) {
            throw new IllegalStateException("operationId " + id + " (the twin of " + key.toUpperCase() + " "
                + template + ") is taken");
          }
          twin.set(key, operation);
          twinOperations++;
        }
      }
      twins.put(twinPath, twin);
    }
    int sourcePaths = paths.size();
    twins.forEach(paths::set);
    return new Stats(sourcePaths, operations, twins.size(), twinOperations);
  }

  /** {@code /x/{connectionId}/y} becomes {@code /x/{nestedConnectionId}/y}; other names stay. */
  static String rename(String below) {
    Matcher m = TEMPLATE.matcher(below);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(
          "{" + (m.group(1).equals(SCOPE_PARAMETER) ? NESTED : m.group(1)) + "}"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static ArrayNode twinParameters(ObjectNode spec, JsonNode parameters) {
    ArrayNode out = JSON.arrayNode();
    out.add(scopeParameter(spec));
    if (parameters.isArray()) {
      for (JsonNode parameter : parameters) {
        out.add(renamed(spec, parameter));
      }
    }
    return out;
  }

  private static ObjectNode twinOperation(ObjectNode spec, ObjectNode source, String template) {
    ObjectNode op = JSON.objectNode();
    String id = source.path("operationId").asText(null);
    if (id == null) {
      throw new IllegalStateException(template + ": a connection-scoped operation needs an operationId");
    }
    for (Map.Entry<String, JsonNode> field : entries(source)) {
      String key = field.getKey();
      JsonNode value = field.getValue().deepCopy();
      switch (key) {
        case MARK:
          op.put(TWIN_OF, id);
          op.put(TWIN_EVIDENCE, EXTRAPOLATED);
          break;
        case "operationId":
          op.put(key, id + SUFFIX);
          break;
        case "summary":
          op.put(key, value.asText() + " (through a connection)");
          break;
        case "description":
          op.put(key, lead(id) + "\n\n" + value.asText());
          break;
        case "parameters":
          ArrayNode parameters = JSON.arrayNode();
          for (JsonNode parameter : value) {
            parameters.add(renamed(spec, parameter));
          }
          op.set(key, parameters);
          break;
        default:
          op.set(key, value);
      }
    }
    if (!source.has("description")) {
      op.put("description", lead(id));
    }
    return op;
  }

  private static String lead(String id) {
    return "`" + id + "` for the profile linked by connection `" + SCOPE_PARAMETER + "` (" + ME + " becomes "
        + SCOPE + "; same token, same answers).";
  }

  /** The scope's own parameter: the source's {@code ConnectionId} component when it is that parameter. */
  private static JsonNode scopeParameter(ObjectNode spec) {
    JsonNode component = spec.path("components").path("parameters").path(COMPONENT);
    if (SCOPE_PARAMETER.equals(component.path("name").asText()) && "path".equals(component.path("in").asText())) {
      return JSON.objectNode().put("$ref", "#/components/parameters/" + COMPONENT);
    }
    ObjectNode p = JSON.objectNode();
    p.put("name", SCOPE_PARAMETER).put("in", "path").put("required", true)
        .put("description", "The connection (`Connection.id`) whose linked profile the call acts on.");
    p.set("schema", JSON.objectNode().put("type", "integer").put("format", "int64"));
    return p;
  }

  /** A path parameter named {@code connectionId} becomes an inline copy named {@code nestedConnectionId}. */
  private static JsonNode renamed(ObjectNode spec, JsonNode parameter) {
    JsonNode resolved = resolve(spec, parameter);
    if (!SCOPE_PARAMETER.equals(resolved.path("name").asText()) || !"path".equals(resolved.path("in").asText())) {
      return parameter.deepCopy();
    }
    ObjectNode copy = ((ObjectNode) resolved).deepCopy();
    copy.put("name", NESTED);
    copy.put("description", "The nested connection's id (`Connection.id`); `" + SCOPE_PARAMETER
        + "` is the connection the call goes through.");
    return copy;
  }

  private static JsonNode resolve(ObjectNode spec, JsonNode node) {
    String ref = node.path("$ref").asText(null);
    if (ref == null) {
      return node;
    }
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("only local references are supported: " + ref);
    }
    JsonNode target = spec.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("unresolved reference " + ref);
    }
    return target;
  }

  /** A snapshot of an object's fields, so the object can change while they are walked. */
  static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    return new ArrayList<>(node.properties());
  }
}
