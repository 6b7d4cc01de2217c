package io.github.omneoid.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sandbox's state: profiles and the records hanging off them, connections, and the catalogues (locations,
 * regions, tier definitions). Not thread-safe by itself: the HTTP front and the public API hold the store's
 * monitor ({@code synchronized (store)}) around every read and write, so each request is atomic.
 */
final class Store {
  /** Timestamps as the API writes them: {@code YYYY-MM-DD HH:MM:SS}, UTC. */
  static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Id sequences that are not a {@link Kind} of record. */
  enum Counter {
    CONNECTION, LIST_ITEM, LIST_SHARE, TRANSACTION_ITEM, REDEMPTION_ITEM, LOCATION, NORMAL_HOUR, SPECIAL_HOUR,
    TIER_PROGRESS, GENERATED_EMAIL, PRODUCT_VARIANT, LOCATION_ADDRESS
  }

  final Clock clock;
  final Map<String, Profile> profiles = new LinkedHashMap<>();
  final Map<Long, Map<String, Object>> connections = new LinkedHashMap<>();
  final List<Map<String, Object>> locations = new ArrayList<>();
  final Map<Long, Map<String, Object>> regions = new LinkedHashMap<>();
  final List<Map<String, Object>> tierDefinitions = new ArrayList<>();
  final Map<String, Object> connectionDefinition;
  /** The sandbox's product catalogue: variant ids by sku or barcode, made up the first time one is named. */
  final Map<String, Long> variantIds = new LinkedHashMap<>();
  private final Map<Kind, Long> kindSequences = new EnumMap<>(Kind.class);
  private final Map<Counter, Long> counters = new EnumMap<>(Counter.class);

  /** One stored profile: its fields, comms and appearance attributes, and one list per {@link Kind}. */
  static final class Profile {
    final String id;
    final Map<String, Object> fields = new LinkedHashMap<>();
    final Map<String, Object> comms = new LinkedHashMap<>();
    final Map<String, Object> appearance = new LinkedHashMap<>();
    private final Map<Kind, List<Map<String, Object>>> records = new EnumMap<>(Kind.class);
    String assignedTier;
    String assignedAt;
    long tierProgressId;
    boolean deleted;

    Profile(String id) {
      this.id = id;
    }

    List<Map<String, Object>> list(Kind kind) {
      return records.computeIfAbsent(kind, k -> new ArrayList<>());
    }
  }

  Store(Clock clock) {
    this.clock = clock;
    this.connectionDefinition = Catalog.connectionDefinition(this);
    Catalog.seedRegions(this);
    Catalog.seedTiers(this);
    Catalog.seedLocations(this);
  }

  /** Removes every profile and connection; the catalogues stay. */
  void reset() {
    profiles.clear();
    connections.clear();
  }

  // ------------------------------------------------------------------------------------------------ basics

  String now() {
    return TS.format(clock.instant());
  }

  String at(Duration offset) {
    return TS.format(clock.instant().plus(offset));
  }

  long nextId(Kind kind) {
    return kindSequences.merge(kind, 1L, Long::sum);
  }

  long nextId(Counter counter) {
    return counters.merge(counter, 1L, Long::sum);
  }

  static Set<String> set(String... values) {
    return new LinkedHashSet<>(Arrays.asList(values));
  }

  /** A {@code YYYY-MM-DD HH:MM:SS} or {@code YYYY-MM-DD} string as an instant (UTC); null for anything else. */
  static Instant parseTs(Object value) {
    if (!(value instanceof String)) {
      return null;
    }
    String s = (String) value;
    if (!DATE_PREFIX.matcher(s).lookingAt()) {
      return null; // also keeps out ISO's signed years ("+99999-..."), which day arithmetic cannot take
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A path segment of decimal digits as a long, else null. */
  static Long asLong(String s) {
    if (s == null || s.isEmpty() || s.length() > 18) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return null;
      }
    }
    return Long.parseLong(s);
  }

  /** The item whose numeric {@code id} equals the path segment, or a 404 naming the resource. */
  static Map<String, Object> byId(List<Map<String, Object>> items, String rawId, String what) {
    Long id = asLong(rawId);
    if (id != null) {
      for (Map<String, Object> m : items) {
        if (id.equals(m.get("id"))) {
          return m;
        }
      }
    }
    throw ApiException.notFound(what);
  }

  // ------------------------------------------------------------------------------------------------ lookups

  /** A live (not soft-deleted) profile, or null. */
  Profile profile(String id) {
    Profile p = id == null ? null : profiles.get(id);
    return p == null || p.deleted ? null : p;
  }

  Profile profileByIdentity(String handle, String identifier) {
    for (Profile p : profiles.values()) {
      if (p.deleted) {
        continue;
      }
      for (Map<String, Object> i : p.list(Kind.IDENTITIES)) {
        if (handle.equals(i.get("handle")) && identifier.equals(String.valueOf(i.get("identifier")))) {
          return p;
        }
      }
    }
    return null;
  }

  Profile profileByEmail(String email, Profile except) {
    for (Profile p : profiles.values()) {
      if (!p.deleted && p != except && p.fields.get("email") instanceof String
          && ((String) p.fields.get("email")).trim().equalsIgnoreCase(email.trim())) {
        return p;
      }
    }
    return null;
  }

  static String normalizePhone(Object phone) {
    return phone instanceof String ? ((String) phone).replaceAll("[\\s()-]", "") : null;
  }

  Profile profileByMobile(Object mobile, Profile except) {
    String m = normalizePhone(mobile);
    if (m == null || m.isEmpty()) {
      return null;
    }
    for (Profile p : profiles.values()) {
      if (!p.deleted && p != except && m.equals(normalizePhone(p.fields.get("mobile_phone")))) {
        return p;
      }
    }
    return null;
  }

  Map<String, Object> location(Object id) {
    if (!(id instanceof Long)) {
      return null;
    }
    for (Map<String, Object> loc : locations) {
      if (id.equals(loc.get("id"))) {
        return loc;
      }
    }
    return null;
  }

  Map<String, Object> tierDefinition(String handle) {
    for (Map<String, Object> d : tierDefinitions) {
      if (d.get("handle").equals(handle)) {
        return d;
      }
    }
    return null;
  }

  /** Connections where the profile is the connector or the connected side. */
  List<Map<String, Object>> connectionsOf(Profile p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> c : connections.values()) {
      if (p.id.equals(c.get("connector_id")) || p.id.equals(c.get("connected_id"))) {
        out.add(c);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ regions

  /** Links (or updates the link of) a catalogue region; null country/state/isActive keep the current values. */
  void linkRegion(Profile p, long regionId, Object country, Object state, Object isActive) {
    Map<String, Object> link = regionLink(p, regionId);
    String now = now();
    if (link == null) {
      link = new LinkedHashMap<>();
      link.put("region_id", regionId);
      link.put("country", null);
      link.put("state", null);
      link.put("is_active", true);
      link.put("created_at", now);
      p.list(Kind.REGIONS).add(link);
    }
    if (country != null) {
      link.put("country", country);
    }
    if (state != null) {
      link.put("state", state);
    }
    if (isActive != null) {
      link.put("is_active", Check.asBool(isActive));
    }
    link.put("updated_at", now);
  }

  static Map<String, Object> regionLink(Profile p, long regionId) {
    for (Map<String, Object> l : p.list(Kind.REGIONS)) {
      if (Long.valueOf(regionId).equals(l.get("region_id"))) {
        return l;
      }
    }
    return null;
  }
}
