package io.github.omneoid.sandbox;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's operations as an outside parser (swagger-parser, which the OpenAPI validator uses) reads them, so the
 * route checks do not rest on the sandbox's own reading of the spec. A published spec's copies under
 * {@code /profiles/connection/{connectionId}} count as the connection copies of their {@code /profiles/me}
 * operations (matched by path shape: the published spec renames nested path parameters).
 */
final class SpecOperations {
  static final String ME = "/profiles/me";
  static final String CONNECTION = "/profiles/connection/{scopeConnectionId}";
  private static final Pattern CONNECTION_PATH = Pattern.compile("^/profiles/connection/\\{[^}/]+}(/.*)?$");

  private SpecOperations() {}

  /** One operation and the sandbox routes it needs. */
  static final class Op {
    final String method;
    final String path;
    final String operationId;
    final boolean direct;
    final boolean connectionScoped;

    Op(String method, String path, String operationId, boolean direct, boolean connectionScoped) {
      this.method = method;
      this.path = path;
      this.operationId = operationId;
      this.direct = direct;
      this.connectionScoped = connectionScoped;
    }

    /** {@code METHOD pattern} of every route the sandbox must serve for it. */
    List<String> routes() {
      List<String> out = new ArrayList<>();
      if (direct) {
        out.add(method + " " + path);
      }
      if (connectionScoped) {
        out.add(method + " " + CONNECTION + path.substring(ME.length()));
      }
      return out;
    }

    String describe() {
      return "operation " + operationId + " (" + method + " " + path + ")";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** Path parameters' names blanked: a published spec may rename them, the route stays the same. */
  static String shape(String route) {
    return route.replaceAll("\\{[^}/]*}", "{}");
  }

  /** The text of the spec on the test classpath, the one the sandbox serves. */
  static String bundledText() {
    try (InputStream in = SpecOperations.class.getClassLoader().getResourceAsStream(Spec.RESOURCE)) {
      if (in == null) {
        throw new AssertionError(Spec.RESOURCE + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null) {
      throw new AssertionError("swagger-parser cannot read the spec: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  static List<Op> of(String text) {
    Map<String, Op> byRoute = new LinkedHashMap<>();
    Map<String, PathItem> paths = parse(text).getPaths();
    for (boolean copies : new boolean[] {false, true}) {
      for (Map.Entry<String, PathItem> p : paths.entrySet()) {
        Matcher m = CONNECTION_PATH.matcher(p.getKey());
        if (m.matches() != copies) {
          continue;
        }
        String path = copies ? ME + (m.group(1) == null ? "" : m.group(1)) : p.getKey();
        for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap().entrySet()) {
          String method = o.getKey().name().toUpperCase(Locale.ROOT);
          String key = method + " " + shape(path);
          Op known = byRoute.get(key);
          if (copies && known != null) {
            byRoute.put(key, new Op(method, path, known.operationId, known.direct, true));
            continue;
          }
          Map<String, Object> ext = o.getValue().getExtensions();
          boolean scoped = copies || (ext != null && Boolean.TRUE.equals(ext.get("x-omneo-connection-scoped"))
              && (path.equals(ME) || path.startsWith(ME + "/")));
          byRoute.put(key, new Op(method, path, o.getValue().getOperationId(), !copies, scoped));
        }
      }
    }
    return new ArrayList<>(byRoute.values());
  }

  static List<Op> bundled() {
    return of(bundledText());
  }

  /** How many routes the spec asks for: one per operation, plus one per connection-scoped operation. */
  static int routeCount(List<Op> ops) {
    int n = 0;
    for (Op op : ops) {
      n += op.routes().size();
    }
    return n;
  }

  /**
   * Every way the route table and the spec disagree, one line each: an operation without a route (which the
   * spec fallback should make impossible), a route that serves no operation, and a hand-written handler whose
   * method and path are not a spec operation.
   */
  static List<String> problems(List<Op> ops, RouteTable table) {
    List<String> out = new ArrayList<>();
    Map<String, String> served = new LinkedHashMap<>();
    for (Router.Route r : table.routes()) {
      served.put(shape(r.method + " " + r.pattern), r.method + " " + r.pattern);
    }
    Set<String> expected = new LinkedHashSet<>();
    for (Op op : ops) {
      for (String route : op.routes()) {
        expected.add(shape(route));
        if (!served.containsKey(shape(route))) {
          out.add(op.describe() + " has no sandbox route"
              + (route.contains(CONNECTION) ? " under /profiles/connection/{id}" : ""));
        }
      }
    }
    for (Map.Entry<String, String> route : served.entrySet()) {
      if (!expected.contains(route.getKey())) {
        out.add("sandbox route " + route.getValue() + " serves no spec operation");
      }
    }
    for (String route : table.outsideSpec) {
      out.add("hand-written route " + route + " is not a spec operation, so it is not served");
    }
    return out;
  }
}
