package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attributes of the bound profile: comms, appearance, custom attributes ({@code namespace:handle}) and dates. */
final class AttributeRoutes extends RouteFamily {
  static final Set<String> CUSTOM_TYPES = Store.set("json", "integer", "string", "boolean", "float", "array");
  private static final String A = ME + "/attributes";

  AttributeRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    routes.on("GET", A + "/comms", c -> Reply.data(render.comms(c.target)));
    routes.on("PUT", A + "/comms", c -> Reply.data(fields.updateComms(c.target, c.body())));
    routes.on("GET", A + "/appearance", c -> Reply.data(render.appearance(c.target)));
    routes.on("PUT", A + "/appearance", this::updateAppearance);
    routes.on("GET", A + "/custom", c -> Reply.data(filtered(c, c.target.list(Kind.CUSTOM_ATTRIBUTES), Shapes.PLAIN)));
    routes.on("GET", A + "/custom/{attributeKey}", c -> Reply.data(existingCustom(c)));
    routes.on("PUT", A + "/custom/{attributeKey}", this::putCustom);
    routes.on("DELETE", A + "/custom/{attributeKey}", c -> {
      c.target.list(Kind.CUSTOM_ATTRIBUTES).remove(existingCustom(c));
      return Reply.noContent();
    });
    routes.on("GET", A + "/dates", c -> Reply.data(filtered(c, c.target.list(Kind.DATES), Shapes.DATE)));
    routes.on("PUT", A + "/dates", this::putDate);
    routes.on("DELETE", A + "/dates/{dateId}", c -> {
      List<Map<String, Object>> dates = c.target.list(Kind.DATES);
      dates.remove(record(c, Kind.DATES, "dateId", "Date"));
      // Not a 204: the answer is the dates left after the delete.
      return Reply.data(Shapes.DATE.all(dates));
    });
  }

  private Reply updateAppearance(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    ProfileFields.validateAppearance(body, "", v);
    v.throwIfAny();
    fields.mergeAppearance(c.target, body);
    return Reply.data(render.appearance(c.target));
  }

  // ------------------------------------------------------------------------------------------------ custom

  /** The {@code namespace:handle} path segment ({@code %3A} works too); without a colon: 404, or 422 on PUT. */
  private static String[] attributeKey(Call c, boolean forWrite) {
    String key = c.param("attributeKey");
    int colon = key.indexOf(':');
    if (colon <= 0 || colon == key.length() - 1) {
      if (forWrite) {
        throw ApiException.invalid("attributeKey", "The attribute key must be written namespace:handle.");
      }
      throw ApiException.notFound("Custom attribute");
    }
    return new String[] {key.substring(0, colon), key.substring(colon + 1)};
  }

  static Map<String, Object> findCustom(Store.Profile p, String namespace, String handle) {
    for (Map<String, Object> a : p.list(Kind.CUSTOM_ATTRIBUTES)) {
      if (namespace.equals(a.get("namespace")) && handle.equals(a.get("handle"))) {
        return a;
      }
    }
    return null;
  }

  private Map<String, Object> existingCustom(Call c) {
    String[] k = attributeKey(c, false);
    Map<String, Object> a = findCustom(c.target, k[0], k[1]);
    if (a == null) {
      throw ApiException.notFound("Custom attribute");
    }
    return a;
  }

  /** A new attribute needs {@code type} and {@code value}; an existing one takes either. */
  private Reply putCustom(Call c) {
    String[] k = attributeKey(c, true);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (findCustom(c.target, k[0], k[1]) == null) {
      Check.required(v, body, "type");
      if (!body.containsKey("value")) {
        v.add("value", "The value field is required.");
      }
    }
    Check.oneOf(v, body, "type", false, CUSTOM_TYPES, "type");
    v.throwIfAny();
    return Reply.data(putCustomAttribute(c.target, k[0], k[1], body));
  }

  Map<String, Object> putCustomAttribute(Store.Profile p, String namespace, String handle, Map<String, Object> body) {
    Map<String, Object> a = findCustom(p, namespace, handle);
    String now = store.now();
    if (a == null) {
      a = Catalog.map("id", store.nextId(Kind.CUSTOM_ATTRIBUTES), "profile_id", p.id, "namespace", namespace,
          "handle", handle, "type", "string", "value", null, "created_at", now, "updated_at", now);
      p.list(Kind.CUSTOM_ATTRIBUTES).add(a);
    }
    if (body.get("type") instanceof String) {
      a.put("type", body.get("type"));
    }
    if (body.containsKey("value")) {
      a.put("value", castValue((String) a.get("type"), Json.normalize(body.get("value"))));
    }
    a.put("updated_at", now);
    return a;
  }

  /** The type decides how a value is cast, not what is accepted: a value that does not cast is kept as given. */
  static Object castValue(String type, Object value) {
    if (value == null) {
      return null;
    }
    switch (type) {
      case "integer":
        if (value instanceof Number) {
          BigDecimal d = decimal(value);
          // Truncated, as PHP's (int) cast does; a number too large for a long is kept as given.
          return (long) d.precision() - d.scale() > 18 ? value : Json.number(new BigDecimal(d.toBigInteger()));
        }
        if (value instanceof String) {
          try {
            return Long.parseLong(((String) value).trim());
          } catch (NumberFormatException e) {
            return value;
          }
        }
        return value;
      case "float":
        if (value instanceof Number || value instanceof String) {
          BigDecimal d = decimal(value);
          // A whole number keeps one fraction digit, so a float attribute of 12 is written 12.0.
          return d == null ? value : d.scale() == 0 ? d.setScale(1) : d;
        }
        return value;
      case "boolean":
        if (value instanceof String) {
          Boolean b = Query.parseBool((String) value);
          return b == null ? value : b;
        }
        return Check.asBool(value);
      case "string":
        return value instanceof Map || value instanceof List ? Json.write(value) : String.valueOf(value);
      default:
        return value;
    }
  }

  /** A number, or a string holding one within the limits; else null. */
  private static BigDecimal decimal(Object value) {
    if (value instanceof Long) {
      return BigDecimal.valueOf((Long) value);
    }
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    String s = ((String) value).trim();
    if (s.isEmpty() || s.length() > Limits.MAX_NUMBER_CHARS) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(s);
      return Limits.breach("value", d) == null ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------------ dates

  /** One date, matched on handle + relationship (as the official SDK's dates README describes), else created. */
  private Reply putDate(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    if (Check.required(v, body, "date")) {
      Check.date(v, body, "date", false, "date");
    }
    for (String f : Arrays.asList("type", "recurring_schedule", "name", "handle", "relationship", "description",
        "note")) {
      Check.string(v, body, f, true);
    }
    Check.bool(v, body, "is_recurring", true);
    Check.object(v, body, "meta", true);
    v.throwIfAny();
    return Reply.data(Shapes.DATE.of(putDateAttribute(c.target, body)));
  }

  Map<String, Object> putDateAttribute(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> match = null;
    if (body.get("handle") != null) {
      for (Map<String, Object> d : p.list(Kind.DATES)) {
        if (body.get("handle").equals(d.get("handle"))
            && String.valueOf(body.getOrDefault("relationship", "Me")).equals(String.valueOf(d.get("relationship")))) {
          match = d;
        }
      }
    }
    Map<String, Object> given = new LinkedHashMap<>();
    for (String f : Arrays.asList("type", "date", "is_recurring", "recurring_schedule", "name", "handle",
        "relationship", "description", "meta", "note")) {
      if (body.containsKey(f)) {
        given.put(f, Check.asBool(body.get(f)));
      }
    }
    if (match == null) {
      match = Records.create(store, p, Kind.DATES, given);
      p.list(Kind.DATES).add(match);
    } else {
      match.putAll(Json.copy(given));
      Records.fillDate(match);
      match.put("updated_at", store.now());
    }
    return match;
  }
}
