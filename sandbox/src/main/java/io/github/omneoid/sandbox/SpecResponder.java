package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers an operation that has no hand-written behaviour from the spec alone, the way Prism's static mock does:
 * the documented success response, with the media type's {@code example} (or first of its {@code examples}) where
 * the spec gives one, else a body synthesised from the schema: a schema's {@code example}, else its
 * {@code default}, else its first {@code enum} value, else a placeholder by type ({@code "string"}, {@code 0},
 * {@code true}; objects with every declared property, arrays of one item, {@code allOf} merged, the first
 * alternative of {@code oneOf}/{@code anyOf}). Envelopes come out as the spec declares them. A request body must
 * be a JSON object (when the operation takes one) and carry the top-level properties its schema requires,
 * else 422. Stateless: nothing is stored.
 */
final class SpecResponder {
  /** How deep a synthesised body nests objects and arrays; deeper ones are left empty ({} and []). */
  private static final int MAX_DEPTH = 12;

  private final Spec spec;

  SpecResponder(Spec spec) {
    this.spec = spec;
  }

  /** The handler serving one operation from the spec. */
  RouteFamily.Handler handlerFor(Spec.Operation op) {
    return c -> answer(op, c);
  }

  Reply answer(Spec.Operation op, Call c) {
    checkRequest(op, c);
    return respond(op);
  }

  /** The documented success response of an operation, whatever the request. */
  Reply respond(Spec.Operation op) {
    Map.Entry<Integer, Map<String, Object>> success = success(op);
    if (success == null) {
      return new Reply(200, null);
    }
    Map<String, Object> media = json(spec.resolve(success.getValue()).get("content"));
    if (media == null) {
      return new Reply(success.getKey(), null);
    }
    return new Reply(success.getKey(), body(media));
  }

  /**
   * A request body for the operation as the spec describes it (the media type's example, else one synthesised
   * from its schema); null when the operation takes none. A caller that knows nothing else of the operation (a
   * test touring the spec) sends this.
   */
  Object requestExample(Spec.Operation op) {
    Map<String, Object> media = json(spec.resolve(op.node.get("requestBody")).get("content"));
    return media == null ? null : body(media);
  }

  private void checkRequest(Spec.Operation op, Call c) {
    Map<String, Object> requestBody = spec.resolve(op.node.get("requestBody"));
    Map<String, Object> media = json(requestBody.get("content"));
    if (media == null) {
      return;
    }
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    for (String name : required(media.get("schema"), 0)) {
      if (!body.containsKey(name) || body.get(name) == null) {
        v.add(name, "The " + Check.label(name) + " field is required.");
      }
    }
    v.throwIfAny();
  }

  /** The top-level properties a request schema requires ({@code allOf} parts included). */
  private List<String> required(Object schemaNode, int depth) {
    List<String> out = new ArrayList<>();
    Map<String, Object> schema = spec.resolve(schemaNode);
    if (schema.get("required") instanceof List && depth < MAX_DEPTH) {
      for (Object r : (List<?>) schema.get("required")) {
        out.add(String.valueOf(r));
      }
    }
    if (schema.get("allOf") instanceof List && depth < MAX_DEPTH) {
      for (Object part : (List<?>) schema.get("allOf")) {
        out.addAll(required(part, depth + 1));
      }
    }
    return out;
  }

  /** The lowest 2xx response (or {@code default} when there is none), with its status; null if none at all. */
  Map.Entry<Integer, Map<String, Object>> success(Spec.Operation op) {
    TreeMap<Integer, Map<String, Object>> ok = new TreeMap<>();
    Map<String, Object> responses = Spec.map(op.node.get("responses"));
    for (Map.Entry<String, Object> r : responses.entrySet()) {
      String status = r.getKey().toUpperCase(Locale.ROOT);
      if (status.equals("2XX")) {
        ok.put(200, Spec.map(r.getValue()));
      } else if (status.length() == 3 && status.charAt(0) == '2' && Character.isDigit(status.charAt(1))
          && Character.isDigit(status.charAt(2))) {
        ok.put(Integer.parseInt(status), Spec.map(r.getValue()));
      }
    }
    if (ok.isEmpty() && responses.get("default") instanceof Map) {
      ok.put(200, Spec.map(responses.get("default")));
    }
    return ok.firstEntry();
  }

  /** The JSON media type object of a {@code content} map ({@code application/json}, else any {@code *json}). */
  private static Map<String, Object> json(Object content) {
    Map<String, Object> c = Spec.map(content);
    if (c.get("application/json") instanceof Map) {
      return Json.asMap(c.get("application/json"));
    }
    for (Map.Entry<String, Object> e : c.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).contains("json") && e.getValue() instanceof Map) {
        return Json.asMap(e.getValue());
      }
    }
    return null;
  }

  private Object body(Map<String, Object> media) {
    if (media.containsKey("example")) {
      return Json.normalize(media.get("example"));
    }
    if (media.get("examples") instanceof Map && !Spec.map(media.get("examples")).isEmpty()) {
      Object first = Spec.map(media.get("examples")).values().iterator().next();
      Map<String, Object> example = spec.resolve(first);
      if (example.containsKey("value")) {
        return Json.normalize(example.get("value"));
      }
    }
    return sample(media.get("schema"));
  }

  /** A value that matches the schema (see the class comment for the rules). */
  Object sample(Object schemaNode) {
    return sample(schemaNode, new ArrayDeque<>(), 0);
  }

  private Object sample(Object node, Deque<String> refs, int depth) {
    if (!(node instanceof Map)) {
      return null;
    }
    Map<String, Object> schema = Json.asMap(node);
    Object ref = schema.get("$ref");
    if (ref instanceof String) {
      if (refs.contains(ref)) {
        return stub(spec.resolve(schema));
      }
      refs.push((String) ref);
      try {
        return sample(spec.resolve(schema), refs, depth);
      } finally {
        refs.pop();
      }
    }
    if (schema.containsKey("example")) {
      return Json.normalize(schema.get("example"));
    }
    if (schema.containsKey("default")) {
      return Json.normalize(schema.get("default"));
    }
    if (schema.get("enum") instanceof List) {
      for (Object e : (List<?>) schema.get("enum")) {
        if (e != null) {
          return Json.normalize(e);
        }
      }
    }
    if (schema.get("allOf") instanceof List) {
      return allOf(schema, refs, depth);
    }
    for (String alternatives : new String[] {"oneOf", "anyOf"}) {
      if (schema.get(alternatives) instanceof List) {
        for (Object alt : (List<?>) schema.get(alternatives)) {
          Object v = sample(alt, refs, depth + 1);
          if (v != null) {
            return v;
          }
        }
        return null;
      }
    }
    switch (typeOf(schema)) {
      case "object":
        return object(schema, refs, depth);
      case "array": {
        List<Object> one = new ArrayList<>();
        if (schema.get("items") instanceof Map && depth <= MAX_DEPTH) {
          one.add(sample(schema.get("items"), refs, depth + 1));
        }
        return one;
      }
      case "string":
        return string(schema);
      case "integer":
        return Json.number(bound(schema, false));
      case "number":
        return Json.number(bound(schema, true));
      case "boolean":
        return true;
      default:
        return null; // untyped: any JSON value, null included
    }
  }

  private Map<String, Object> object(Map<String, Object> schema, Deque<String> refs, int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (depth > MAX_DEPTH) {
      return out;
    }
    for (Map.Entry<String, Object> p : Spec.map(schema.get("properties")).entrySet()) {
      out.put(p.getKey(), sample(p.getValue(), refs, depth + 1));
    }
    return out;
  }

  private Object allOf(Map<String, Object> schema, Deque<String> refs, int depth) {
    Object merged = null;
    List<Object> parts = new ArrayList<>((List<?>) schema.get("allOf"));
    Map<String, Object> own = new LinkedHashMap<>(schema);
    own.remove("allOf");
    if (own.containsKey("properties")) {
      parts.add(own);
    }
    for (Object part : parts) {
      Object v = sample(part, refs, depth + 1);
      if (merged instanceof Map && v instanceof Map) {
        Json.asMap(merged).putAll(Json.asMap(v));
      } else if (v != null) {
        merged = v instanceof Map ? new LinkedHashMap<>(Json.asMap(v)) : v;
      }
    }
    return merged;
  }

  private static String typeOf(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String) {
      return (String) type;
    }
    if (type instanceof List) { // OpenAPI 3.1 style: the first non-null type
      for (Object t : (List<?>) type) {
        if (!"null".equals(t)) {
          return String.valueOf(t);
        }
      }
    }
    if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
      return "object";
    }
    return schema.containsKey("items") ? "array" : "";
  }

  private static String string(Map<String, Object> schema) {
    String format = String.valueOf(schema.get("format"));
    switch (format) {
      case "date":
        return "2024-02-13";
      case "date-time":
        return "2024-02-13T04:07:46Z";
      case "email":
        return "user@example.com";
      case "uuid":
        return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri":
      case "url":
        return "https://example.com";
      default:
        StringBuilder s = new StringBuilder("string");
        Object min = schema.get("minLength");
        while (min instanceof Long && s.length() < (Long) min && s.length() < 1000) {
          s.append('x');
        }
        return s.toString();
    }
  }

  /** 0, or the nearest value the schema's {@code minimum}/{@code maximum} allow. */
  private static BigDecimal bound(Map<String, Object> schema, boolean decimal) {
    BigDecimal v = BigDecimal.ZERO;
    Object min = schema.get("minimum");
    Object max = schema.get("maximum");
    if (min instanceof Number && Money.of(min).compareTo(v) > 0) {
      v = Money.of(min);
      if (Boolean.TRUE.equals(schema.get("exclusiveMinimum"))) {
        v = v.add(decimal ? new BigDecimal("0.5") : BigDecimal.ONE);
      }
    } else if (max instanceof Number && Money.of(max).compareTo(v) < 0) {
      v = Money.of(max);
      if (Boolean.TRUE.equals(schema.get("exclusiveMaximum"))) {
        v = v.subtract(decimal ? new BigDecimal("0.5") : BigDecimal.ONE);
      }
    }
    return decimal ? v : new BigDecimal(v.setScale(0, RoundingMode.CEILING).toBigInteger());
  }

  /** What a schema that refers to itself gets at the point of recursion: null, {} or []. */
  private static Object stub(Map<String, Object> schema) {
    if (Boolean.TRUE.equals(schema.get("nullable"))) {
      return null;
    }
    String type = typeOf(schema);
    return type.equals("array") ? new ArrayList<>() : type.equals("object") ? new LinkedHashMap<>() : null;
  }
}
