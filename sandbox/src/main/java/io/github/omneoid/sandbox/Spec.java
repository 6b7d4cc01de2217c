package io.github.omneoid.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The OpenAPI spec the sandbox serves, read from the classpath ({@value #RESOURCE}, shipped by the
 * {@code omneo-id-spec} artifact): its operations, and {@code $ref} resolution for {@link SpecResponder}.
 *
 * <p>Operations a published spec declares again under {@code /profiles/connection/{connectionId}/...} are the
 * same operations as their {@code /profiles/me/...} originals (matched by path shape, so renamed path parameters
 * do not matter): the sandbox serves the connection tree itself, by rewriting the prefix, for every operation
 * marked {@code x-omneo-connection-scoped: true}.
 */
final class Spec {
  static final String RESOURCE = "META-INF/openapi/omneo-id.yaml";
  static final String ME = "/profiles/me";
  private static final List<String> METHODS = Arrays.asList("get", "put", "post", "delete", "patch");
  private static final Pattern CONNECTION_PATH = Pattern.compile("^/profiles/connection/\\{[^}/]+}(/.*)?$");
  private static volatile Spec bundled;

  /** Where the spec came from, for messages. */
  final String source;
  final Map<String, Object> root;
  final List<Operation> operations;

  /** One operation: method and path (the {@code /profiles/me} form), what it needs, and its OpenAPI node. */
  static final class Operation {
    final String method;
    final String path;
    final String operationId;
    final Access access;
    /** Declared at {@link #path} itself (false when a published spec declares it only under the connection). */
    final boolean direct;
    /** Also served under {@code /profiles/connection/{id}}. */
    final boolean connectionScoped;
    final Map<String, Object> node;

    Operation(String method, String path, Map<String, Object> node, boolean direct, boolean connectionScoped) {
      this.method = method;
      this.path = path;
      this.node = node;
      this.operationId = node.get("operationId") == null ? method.toLowerCase(Locale.ROOT) + path
          : String.valueOf(node.get("operationId"));
      this.access = accessOf(node);
      this.direct = direct;
      this.connectionScoped = connectionScoped;
    }

    /** {@code operation listMyVouchers (GET /profiles/me/vouchers)}. */
    String describe() {
      return "operation " + operationId + " (" + method + " " + path + ")";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  private Spec(String source, Map<String, Object> root) {
    this.source = source;
    this.root = root;
    this.operations = Collections.unmodifiableList(operations(root));
  }

  /** The spec on the classpath, read once per class loader. */
  static Spec bundled() {
    Spec s = bundled;
    if (s == null) {
      synchronized (Spec.class) {
        s = bundled;
        if (s == null) {
          s = parse(readResource(), RESOURCE);
          bundled = s;
        }
      }
    }
    return s;
  }

  private static String readResource() {
    ClassLoader cl = Spec.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath; the omneo-id-spec artifact ships it");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) != -1; ) {
        out.write(buf, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
  }

  /** Parses a spec's YAML (or JSON) text. */
  static Spec parse(String yaml, String source) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(16 * 1024 * 1024);
    Yaml parser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
        options, new CoreSchemaResolver());
    Object tree = plain(parser.load(yaml));
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException(source + " is not an OpenAPI document");
    }
    return new Spec(source, Json.asMap(tree));
  }

  private static List<Operation> operations(Map<String, Object> root) {
    Map<String, Object> paths = map(root.get("paths"));
    Map<String, Operation> byRoute = new LinkedHashMap<>();
    // Declared paths first, then the connection copies of a published spec (same operations).
    for (boolean copies : new boolean[] {false, true}) {
      for (Map.Entry<String, Object> p : paths.entrySet()) {
        Matcher m = CONNECTION_PATH.matcher(p.getKey());
        if (m.matches() != copies) {
          continue;
        }
        String path = copies ? ME + (m.group(1) == null ? "" : m.group(1)) : p.getKey();
        for (String method : METHODS) {
          Object node = map(p.getValue()).get(method);
          if (!(node instanceof Map)) {
            continue;
          }
          String key = method.toUpperCase(Locale.ROOT) + " " + shape(path);
          Operation known = byRoute.get(key);
          if (copies && known != null) {
            if (!known.connectionScoped) {
              byRoute.put(key, new Operation(known.method, path, known.node, known.direct, true));
            }
            continue;
          }
          boolean scoped = copies || (Boolean.TRUE.equals(map(node).get("x-omneo-connection-scoped"))
              && (path.equals(ME) || path.startsWith(ME + "/")));
          byRoute.put(key, new Operation(method.toUpperCase(Locale.ROOT), path, map(node), !copies, scoped));
        }
      }
    }
    return new ArrayList<>(byRoute.values());
  }

  /**
   * A path with its parameters' names blanked: {@code /profiles/me/connections/{}}. Two paths of one shape are
   * one route, whatever their parameters are called (a published spec renames the nested ones).
   */
  static String shape(String path) {
    return path.replaceAll("\\{[^}/]*}", "{}");
  }

  private static Access accessOf(Map<String, Object> op) {
    if (op.containsKey("x-omneo-token")) {
      return Access.ofToken(op.get("x-omneo-token"));
    }
    Object security = op.get("security");
    if (security instanceof List) {
      for (Object req : (List<?>) security) {
        if (req instanceof Map && ((Map<?, ?>) req).containsKey("adminApiToken")) {
          return Access.ADMIN;
        }
      }
    }
    return Access.PROFILE;
  }

  /** Follows local {@code $ref}s ({@code #/components/...}) until a node without one; unknown refs give {}. */
  Map<String, Object> resolve(Object node) {
    Object n = node;
    for (int hops = 0; n instanceof Map && ((Map<?, ?>) n).get("$ref") instanceof String; hops++) {
      if (hops > 32) {
        return new LinkedHashMap<>();
      }
      n = pointer((String) ((Map<?, ?>) n).get("$ref"));
    }
    return n instanceof Map ? Json.asMap(n) : new LinkedHashMap<>();
  }

  /** The node a local JSON pointer ({@code #/components/schemas/Voucher}) names, or null. */
  Object pointer(String ref) {
    if (!ref.startsWith("#/")) {
      return null;
    }
    Object n = root;
    for (String raw : ref.substring(2).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      if (!(n instanceof Map)) {
        return null;
      }
      n = ((Map<?, ?>) n).get(seg);
    }
    return n;
  }

  static Map<String, Object> map(Object o) {
    return o instanceof Map ? Json.asMap(o) : Collections.emptyMap();
  }

  /** The YAML tree as a JSON tree: string keys, Long/BigDecimal numbers, lists; other scalars as text. */
  private static Object plain(Object node) {
    if (node == null || node instanceof String || node instanceof Boolean) {
      return node;
    }
    if (node instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        out.put(String.valueOf(e.getKey()), plain(e.getValue()));
      }
      return out;
    }
    if (node instanceof Collection) {
      List<Object> out = new ArrayList<>();
      for (Object o : (Collection<?>) node) {
        out.add(plain(o));
      }
      return out;
    }
    if (node instanceof Integer || node instanceof Long) {
      return ((Number) node).longValue();
    }
    if (node instanceof BigInteger) {
      return Json.number(new BigDecimal((BigInteger) node));
    }
    if (node instanceof Double && !((Double) node).isNaN() && !((Double) node).isInfinite()) {
      return Json.number(new BigDecimal(node.toString()));
    }
    if (node instanceof byte[]) {
      return Base64.getEncoder().encodeToString((byte[]) node);
    }
    if (node instanceof Date) {
      return Store.TS.format(((Date) node).toInstant());
    }
    return String.valueOf(node);
  }

  /**
   * YAML 1.2's core schema, which JSON and OpenAPI tools read: only {@code true}/{@code false} are booleans,
   * integers are decimal, and dates, {@code yes}/{@code no}, {@code 17:00} and {@code 0123} stay strings (YAML
   * 1.1, SnakeYAML's default, would turn them into dates, booleans and sexagesimal or octal numbers).
   */
  private static final class CoreSchemaResolver extends Resolver {
    private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern INT = Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$");
    private static final Pattern FLOAT = Pattern.compile(
        "^[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$");

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
