package io.github.omneoid.sandbox;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeding from Java ({@link OmneoIdSandbox#seedProfile(Map)} and friends): the same validation, defaults and
 * {@link Limits} as the API, and a few records only seeding can create (rewards, transactions...). Callers hold
 * the store's monitor; failures are IllegalArgumentExceptions that say what was refused.
 */
final class Seeder {
  /** Profile fields taken by validation and defaults, not copied over as extra fields. */
  private static final Set<String> CORE_KEYS = new HashSet<>(Arrays.asList("id", "gender", "profile_type",
      "birth_date", "tags", "statuses", "custom_fields", "region_id", "attributes", "mobile_phone_e164"));

  private final Api api;
  private final Store store;

  Seeder(Api api) {
    this.api = api;
    this.store = api.store;
  }

  /** See {@link OmneoIdSandbox#seedProfile(Map)}; returns the stored profile. */
  Store.Profile profile(Map<String, Object> in) {
    Map<String, Object> core = new LinkedHashMap<>(in);
    Map<Kind, Object> nested = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      if (k != Kind.DATES && core.containsKey(k.key)) {
        nested.put(k, core.remove(k.key));
      }
    }
    List<?> dates = null;
    if (core.get("attributes") instanceof Map) {
      Map<String, Object> attrs = new LinkedHashMap<>(Json.asMap(core.get("attributes")));
      if (attrs.get("dates") instanceof List) {
        dates = (List<?>) attrs.remove("dates");
      }
      core.put("attributes", attrs);
    }
    if (core.get("email") == null) {
      core.put("email", "sandbox.user" + store.nextId(Store.Counter.GENERATED_EMAIL) + "@example.com");
    }
    Limits.checkSeed(core);
    ApiException.Validation v = new ApiException.Validation();
    Check.email(v, core, "email", "email");
    if (Check.isEmail(core.get("email")) && store.profileByEmail((String) core.get("email"), null) != null) {
      v.add("email", "The email has already been taken.");
    }
    Object id = core.get("id");
    if (id != null && (!(id instanceof String) || store.profiles.containsKey(id))) {
      v.add("id", "The id must be a new string.");
    }
    api.parts.fields.validate(core, null, true, v);
    if (!v.isEmpty()) {
      throw new IllegalArgumentException("Invalid seed profile: " + Json.write(v.exception().body()));
    }
    Store.Profile p = api.parts.fields.create(core);
    for (Map.Entry<String, Object> e : core.entrySet()) {
      String k = e.getKey();
      if (!ProfileFields.STRING_FIELDS.contains(k) && !ProfileFields.INT_FIELDS.contains(k)
          && !CORE_KEYS.contains(k)) {
        p.fields.put(k, e.getValue()); // extra fields (created_at, full_name, anything) are kept as given
      }
    }
    if (dates != null) {
      for (Object d : dates) {
        record(p, Kind.DATES, entry("dates", d));
      }
    }
    for (Map.Entry<Kind, Object> e : nested.entrySet()) {
      if (!(e.getValue() instanceof List)) {
        throw new IllegalArgumentException(e.getKey().key + " must be a list");
      }
      for (Object item : (List<?>) e.getValue()) {
        record(p, e.getKey(), entry(e.getKey().key, item));
      }
    }
    return p;
  }

  private static Map<String, Object> entry(String name, Object item) {
    if (!(item instanceof Map)) {
      throw new IllegalArgumentException(name + " entries must be maps");
    }
    return Json.asMap(item);
  }

  /** Adds one record of a kind to a profile, as the API would (validated where the API validates). */
  Map<String, Object> record(Store.Profile p, Kind kind, Map<String, Object> m) {
    Limits.checkSeed(m);
    switch (kind) {
      case ADDRESSES:
        return AddressRoutes.add(store, p, m);
      case IDENTITIES: {
        ApiException.Validation v = new ApiException.Validation();
        api.identities.validate(p, m, null, true, v);
        if (!v.isEmpty()) {
          throw new IllegalArgumentException("Invalid identity: " + Json.write(v.exception().body()));
        }
        return api.identities.add(p, m);
      }
      case LISTS:
        return api.lists.add(p, m);
      case CUSTOM_ATTRIBUTES:
        return api.attributes.putCustomAttribute(p, String.valueOf(m.get("namespace")),
            String.valueOf(m.get("handle")), m);
      case DATES:
        return api.attributes.putDateAttribute(p, m);
      case REGIONS: {
        Object id = m.get("region_id");
        if (!(id instanceof Long) || !store.regions.containsKey(id)) {
          throw new IllegalArgumentException("Unknown region_id " + id + " (known: " + store.regions.keySet() + ")");
        }
        store.linkRegion(p, (Long) id, m.get("country"), m.get("state"), m.get("is_active"));
        return Store.regionLink(p, (Long) id);
      }
      default:
        Map<String, Object> r = Records.create(store, p, kind, m);
        p.list(kind).add(r);
        if (kind == Kind.TRANSACTIONS) {
          p.list(Kind.LEDGERS).add(Records.create(store, p, Kind.LEDGERS,
              Catalog.map("type", "transaction", "type_attributes", Json.copy(r))));
        }
        return r;
    }
  }

  /** See {@link OmneoIdSandbox#seedConnection(String, String, Map)}; returns the connection as served. */
  Map<String, Object> connection(String connectorId, String connectedId, Map<String, Object> extra) {
    if (store.profile(connectorId) == null || store.profile(connectedId) == null) {
      throw new IllegalArgumentException("Both profiles must exist");
    }
    if (extra != null) {
      Limits.checkSeed(extra);
    }
    String now = store.now();
    long id = store.nextId(Store.Counter.CONNECTION);
    Map<String, Object> con = Catalog.map("id", id, "name", "Family", "description", null,
        "connection_definition_id", store.connectionDefinition.get("id"), "definition", store.connectionDefinition,
        "connector_id", connectorId, "connected_id", connectedId, "status", "accepted", "disconnected_by", null,
        "connected_at", now, "disconnected_at", null, "is_published", true, "is_archived", false,
        "is_default", false, "is_invalid", false, "is_primary", false, "sort_order", 0, "meta", null,
        "notes", null, "created_at", now, "updated_at", now);
    if (extra != null) {
      Map<String, Object> x = new LinkedHashMap<>(extra);
      x.remove("id");
      con.putAll(x);
    }
    store.connections.put(id, con);
    return api.parts.render.connection(con);
  }

  /** See {@link OmneoIdSandbox#seedLocation(Map)}. */
  Map<String, Object> location(Map<String, Object> fields) {
    Limits.checkSeed(fields);
    return Catalog.addLocation(store, fields);
  }
}
