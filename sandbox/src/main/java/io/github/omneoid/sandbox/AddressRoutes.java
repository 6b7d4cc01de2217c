package io.github.omneoid.sandbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Postal addresses of the bound profile. One address at most is the default. */
final class AddressRoutes extends RouteFamily {
  static final List<String> STRINGS = Arrays.asList("address_line_1", "address_line_2", "address_line_3",
      "company", "city", "state", "country", "iso", "iso_state", "notes", "external_id", "suburb");
  static final List<String> REQUIRED = Arrays.asList("address_line_1", "city", "postcode", "country", "state");

  AddressRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    String r = ME + "/addresses";
    routes.on("GET", r, c -> Reply.data(filtered(c, c.target.list(Kind.ADDRESSES), Shapes.ADDRESS)));
    routes.on("POST", r, this::create);
    routes.on("GET", r + "/{addressId}",
        c -> Reply.data(Shapes.ADDRESS.of(record(c, Kind.ADDRESSES, "addressId", "Address"))));
    routes.on("PUT", r + "/{addressId}", this::update);
    routes.on("DELETE", r + "/{addressId}", c -> deleteById(c, Kind.ADDRESSES, "addressId", "Address"));
  }

  /** Field errors under {@code prefix} (e.g. {@code addresses.0.}, Laravel's flat keys for nested fields). */
  static void validate(Map<String, Object> body, String prefix, boolean creating, ApiException.Validation v) {
    if (creating) {
      for (String f : REQUIRED) {
        Check.required(v, body, f, prefix + f);
      }
    }
    for (String f : STRINGS) {
      Check.string(v, body, f, !REQUIRED.contains(f), prefix + f);
    }
    Check.scalar(v, body, "postcode", prefix + "postcode");
    if (!creating && body.containsKey("postcode") && body.get("postcode") == null) {
      v.add(prefix + "postcode", "The postcode field is required.");
    }
    Check.scalar(v, body, "latitude", prefix + "latitude");
    Check.scalar(v, body, "longitude", prefix + "longitude");
    Check.bool(v, body, "is_default", false, prefix + "is_default");
    if (body.containsKey("meta") && body.get("meta") != null && !(body.get("meta") instanceof Map)) {
      v.add(prefix + "meta", "The meta field must be an object.");
    }
  }

  /** The writable fields of a body; a numeric postcode is kept as text. */
  private static Map<String, Object> writable(Map<String, Object> body) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : STRINGS) {
      if (body.containsKey(f)) {
        out.put(f, body.get(f));
      }
    }
    for (String f : Arrays.asList("postcode", "latitude", "longitude", "meta")) {
      if (body.containsKey(f)) {
        out.put(f, body.get(f));
      }
    }
    if (body.get("postcode") instanceof Number) {
      out.put("postcode", String.valueOf(body.get("postcode")));
    }
    if (body.containsKey("is_default")) {
      out.put("is_default", Check.asBool(body.get("is_default")));
    }
    return out;
  }

  /** Adds a validated address; a new default unsets the old one. */
  static Map<String, Object> add(Store store, Store.Profile p, Map<String, Object> body) {
    Map<String, Object> a = Records.create(store, p, Kind.ADDRESSES, writable(body));
    if (Boolean.TRUE.equals(a.get("is_default"))) {
      for (Map<String, Object> other : p.list(Kind.ADDRESSES)) {
        other.put("is_default", false);
      }
    }
    p.list(Kind.ADDRESSES).add(a);
    return a;
  }

  private Reply create(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(body, "", true, v);
    v.throwIfAny();
    return Reply.data(Shapes.ADDRESS.of(add(store, c.target, body)));
  }

  private Reply update(Call c) {
    Map<String, Object> a = record(c, Kind.ADDRESSES, "addressId", "Address");
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(body, "", false, v);
    v.throwIfAny();
    Map<String, Object> given = writable(body);
    if (Boolean.TRUE.equals(given.get("is_default"))) {
      for (Map<String, Object> other : c.target.list(Kind.ADDRESSES)) {
        other.put("is_default", false);
      }
    }
    a.putAll(Json.copy(given));
    a.put("updated_at", store.now());
    return Reply.data(Shapes.ADDRESS.of(a));
  }
}
