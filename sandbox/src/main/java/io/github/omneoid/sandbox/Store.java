package io.github.omneoid.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sandbox's state: profiles and everything hanging off them, connections, and the catalogues (locations,
 * regions, tier definitions). Not thread-safe by itself: the HTTP front and the public API hold the store's
 * monitor ({@code synchronized (store)}) around every read and write, so each request is atomic.
 */
final class Store {
  static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** Assumption: 100 points are worth one dollar (no source gives the rate; facts §3.9). */
  static final double DOLLARS_PER_POINT = 0.01;

  static final Set<String> GENDERS = set("male", "female", "witheld", "withheld", "other");
  static final Set<String> PROFILE_TYPES =
      set("temporary", "dependant", "incomplete", "pending", "system", "active", "deleted");
  static final List<String> COMMS_CHANNELS = Arrays.asList("email", "sms", "push", "phone", "post");
  static final List<String> COMMS_FLAGS = Arrays.asList("promo", "optout", "bounced", "discover", "benefits",
      "reminders", "account", "bookings", "feedback", "location", "service");
  static final List<String> APPEARANCE_FIELDS = Arrays.asList("hair_colour", "hair_length", "skin_type",
      "brow_colour", "eye_colour", "shape_body", "shape_face", "size_cup", "size_hat", "size_formal_jacket",
      "size_formal_jacket_length", "size_formal_shirt", "size_formal_shirt_fit", "size_formal_trouser",
      "size_formal_trouser_drop", "size_formal_trouser_leg", "size_jacket", "size_pant", "size_shoe",
      "size_type_age", "size_type_region", "size_top", "size_gloves", "size_swimwear_top", "size_swimwear_bottom",
      "size_swimwear_cup", "size_dress", "measurement_arm", "measurement_arm_inside", "measurement_bust",
      "measurement_chest", "measurement_foot_length", "measurement_head", "measurement_height", "measurement_hip",
      "measurement_leg_inside", "measurement_leg_outside", "measurement_neck", "measurement_neck_to_wrist",
      "measurement_shoulders", "measurement_waist", "measurement_weight", "measurement_hand_right_thumb",
      "measurement_hand_right_index", "measurement_hand_right_middle", "measurement_hand_right_ring",
      "measurement_hand_right_pinky", "measurement_hand_left_thumb", "measurement_hand_left_index",
      "measurement_hand_left_middle", "measurement_hand_left_ring", "measurement_hand_left_pinky",
      "measurement_ear_helix", "measurement_ear_forward_helix", "measurement_ear_flat", "measurement_ear_conch",
      "measurement_ear_tragus", "measurement_ear_lobe");

  /** Profile fields a caller may write (PUT /profiles/me, or the create branch of POST /profiles). */
  static final List<String> STRING_FIELDS = Arrays.asList("title", "first_name", "last_name", "email", "currency",
      "mobile_phone", "mobile_phone_country", "mobile_phone_national", "mobile_phone_national_prefix",
      "secondary_phone", "company", "occupation", "avatar_url", "joined_at");
  static final List<String> INT_FIELDS =
      Arrays.asList("birth_day", "birth_month", "birth_year", "joined_location_id", "preferred_location_id");

  /** Per-profile collections, named as the seed map keys and the sub-resource paths. */
  static final List<String> COLLECTIONS = Arrays.asList("addresses", "identities", "dates", "lists", "points",
      "rewards", "benefits", "transactions", "transaction_claims", "ledgers", "interactions", "achievements",
      "credits", "orders", "redemptions");

  final Clock clock;
  final Map<String, Profile> profiles = new LinkedHashMap<>();
  final Map<Long, Map<String, Object>> connections = new LinkedHashMap<>();
  final List<Map<String, Object>> locations = new ArrayList<>();
  final Map<Long, Map<String, Object>> regions = new LinkedHashMap<>();
  final List<Map<String, Object>> tierDefinitions = new ArrayList<>();
  final Map<String, Object> connectionDefinition;
  private final Map<String, Long> sequences = new HashMap<>();

  /** One stored profile. */
  static final class Profile {
    final String id;
    final Map<String, Object> fields = new LinkedHashMap<>();
    final Map<String, Object> comms = new LinkedHashMap<>();
    final Map<String, Object> appearance = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> custom = new LinkedHashMap<>();
    /** Region links: region_id, country, state, is_active, created_at, updated_at. */
    final List<Map<String, Object>> regionLinks = new ArrayList<>();
    private final Map<String, List<Map<String, Object>>> collections = new HashMap<>();
    String assignedTier;
    String assignedAt;
    long tierProgressId;
    boolean deleted;

    Profile(String id) {
      this.id = id;
    }

    List<Map<String, Object>> list(String name) {
      return collections.computeIfAbsent(name, k -> new ArrayList<>());
    }
  }

  Store(Clock clock) {
    this.clock = clock;
    this.connectionDefinition = Catalog.connectionDefinition(this);
    Catalog.seedRegions(this);
    Catalog.seedTiers(this);
    Catalog.seedLocations(this);
  }

  // ------------------------------------------------------------------------------------------------ basics

  String now() {
    return TS.format(clock.instant());
  }

  String at(Duration offset) {
    return TS.format(clock.instant().plus(offset));
  }

  long nextId(String kind) {
    long next = sequences.getOrDefault(kind, 0L) + 1;
    sequences.put(kind, next);
    return next;
  }

  static Set<String> set(String... values) {
    return new LinkedHashSet<>(Arrays.asList(values));
  }

  static Instant parseTs(Object value) {
    if (!(value instanceof String)) {
      return null;
    }
    String s = (String) value;
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static double num(Object o) {
    if (o instanceof Number) {
      return ((Number) o).doubleValue();
    }
    if (o instanceof String) {
      try {
        return Double.parseDouble((String) o);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  static Object money(double d) {
    return Json.normalize(Math.round(d * 100.0) / 100.0);
  }

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

  Profile profile(String id) {
    Profile p = id == null ? null : profiles.get(id);
    return p == null || p.deleted ? null : p;
  }

  Profile requireProfile(String id) {
    Profile p = profile(id);
    if (p == null) {
      throw ApiException.notFound("Profile");
    }
    return p;
  }

  Profile profileByIdentity(String handle, String identifier) {
    for (Profile p : profiles.values()) {
      if (p.deleted) {
        continue;
      }
      for (Map<String, Object> i : p.list("identities")) {
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
    if (!(id instanceof Number)) {
      return null;
    }
    long l = ((Number) id).longValue();
    for (Map<String, Object> loc : locations) {
      if (Long.valueOf(l).equals(loc.get("id"))) {
        return loc;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------------ profiles

  /** Validates profile fields of a create or update body (PUT /profiles/me, POST /profiles create branch). */
  void validateProfileFields(Map<String, Object> body, Profile self, boolean creating, ApiException.Validation v) {
    for (String f : STRING_FIELDS) {
      boolean nullable = !(f.equals("first_name") || f.equals("last_name") || f.equals("email"));
      Check.string(v, body, f, nullable);
    }
    if (!creating && body.containsKey("email")) {
      if (Check.isEmail(body.get("email"))) {
        if (profileByEmail((String) body.get("email"), self) != null) {
          // Assumption: emails are unique, as the upsert's email matching presumes (facts §2.2).
          v.add("email", "The email has already been taken.");
        }
      } else if (body.get("email") instanceof String) {
        v.add("email", "The email field must be a valid email address.");
      }
    }
    Check.integer(v, body, "birth_day", true, 1, 31, "birth_day");
    Check.integer(v, body, "birth_month", true, 1, 12, "birth_month");
    Check.integer(v, body, "birth_year", true, 1900, 2100, "birth_year");
    Check.integer(v, body, "joined_location_id", true);
    Check.integer(v, body, "preferred_location_id", true);
    for (String f : Arrays.asList("joined_location_id", "preferred_location_id")) {
      Object o = body.get(f);
      if (o instanceof Long && location(o) == null) {
        v.add(f, "The selected " + Check.label(f) + " is invalid.");
      }
    }
    Check.date(v, body, "birth_date", true, "birth_date");
    Check.oneOf(v, body, "gender", true, GENDERS, "gender");
    Check.oneOf(v, body, "profile_type", false, PROFILE_TYPES, "profile_type");
    Check.stringArray(v, body, "tags", false);
    Check.stringArray(v, body, "statuses", false);
    Check.object(v, body, "custom_fields", true);
    Check.integer(v, body, "region_id", true);
    if (body.get("region_id") instanceof Long && !regions.containsKey(body.get("region_id"))) {
      v.add("region_id", "The selected region id is invalid.");
    }
    Check.object(v, body, "attributes", false);
    if (body.get("attributes") instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> attrs = (Map<String, Object>) body.get("attributes");
      Check.object(v, attrs, "comms", false);
      if (attrs.get("comms") instanceof Map) {
        validateComms(asMap(attrs.get("comms")), "attributes.comms.", v);
      }
      Check.object(v, attrs, "appearance", false);
      if (attrs.get("appearance") instanceof Map) {
        validateAppearance(asMap(attrs.get("appearance")), "attributes.appearance.", v);
      }
    }
    if (body.containsKey("mobile_phone") && body.get("mobile_phone") instanceof String
        && profileByMobile(body.get("mobile_phone"), self) != null) {
      // facts §2.3 / §2.14: the exact text the SDKs look for.
      v.add("mobile_phone", "The phone number exists");
    }
  }

  /** Applies validated writable fields. */
  void applyProfileFields(Profile p, Map<String, Object> body) {
    for (String f : STRING_FIELDS) {
      if (body.containsKey(f)) {
        Object val = body.get(f);
        p.fields.put(f, val instanceof String && f.equals("email") ? ((String) val).trim() : val);
      }
    }
    for (String f : INT_FIELDS) {
      if (body.containsKey(f)) {
        p.fields.put(f, body.get(f));
      }
    }
    for (String f : Arrays.asList("gender", "profile_type", "birth_date")) {
      if (body.containsKey(f)) {
        p.fields.put(f, body.get(f));
      }
    }
    for (String f : Arrays.asList("tags", "statuses")) {
      if (body.containsKey(f)) {
        p.fields.put(f, Json.copyList((List<?>) body.get(f)));
      }
    }
    if (body.containsKey("custom_fields")) {
      Object cf = body.get("custom_fields");
      p.fields.put("custom_fields", cf == null ? new LinkedHashMap<>() : Json.copy(asMap(cf)));
    }
    if (body.get("region_id") instanceof Long) {
      linkRegion(p, (Long) body.get("region_id"), null, null, true);
    }
    if (body.get("attributes") instanceof Map) {
      Map<String, Object> attrs = asMap(body.get("attributes"));
      if (attrs.get("comms") instanceof Map) {
        mergeComms(p, asMap(attrs.get("comms")));
      }
      if (attrs.get("appearance") instanceof Map) {
        mergeAppearance(p, asMap(attrs.get("appearance")));
      }
    }
    if (body.containsKey("mobile_phone")) {
      Object m = body.get("mobile_phone");
      String e164 = normalizePhone(m);
      p.fields.put("mobile_phone_e164", e164 != null && e164.matches("^\\+\\d{6,15}$") ? e164 : null);
    }
    if (body.containsKey("birth_day") || body.containsKey("birth_month") || body.containsKey("birth_year")) {
      Object d = p.fields.get("birth_day");
      Object m = p.fields.get("birth_month");
      Object y = p.fields.get("birth_year");
      if (d instanceof Long && m instanceof Long && y instanceof Long) {
        p.fields.put("birth_date", String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
      }
    }
    p.fields.put("updated_at", now());
  }

  /** Creates a profile with defaults; the body must already be validated. */
  Profile createProfile(Map<String, Object> body) {
    String id = body.get("id") instanceof String && !((String) body.get("id")).isEmpty() ? (String) body.get("id")
        : UUID.randomUUID().toString();
    if (profiles.containsKey(id)) {
      throw new IllegalArgumentException("A profile with id " + id + " exists already");
    }
    Profile p = new Profile(id);
    p.tierProgressId = nextId("tier_progress");
    String now = now();
    p.fields.put("id", id);
    for (String f : STRING_FIELDS) {
      p.fields.put(f, null);
    }
    for (String f : INT_FIELDS) {
      p.fields.put(f, null);
    }
    // S2 defaults (facts §2.2).
    p.fields.put("first_name", "unknown");
    p.fields.put("last_name", "unknown");
    p.fields.put("gender", null);
    p.fields.put("birth_date", null);
    p.fields.put("mobile_phone_e164", null);
    p.fields.put("secondary_phone", null);
    p.fields.put("tags", new ArrayList<>());
    p.fields.put("statuses", new ArrayList<>());
    p.fields.put("custom_fields", new LinkedHashMap<>());
    // Assumption: profiles are created "active" (no source shows the initial profile_type; facts §3.1).
    p.fields.put("profile_type", "active");
    p.fields.put("joined_at", now);
    p.fields.put("created_at", now);
    p.fields.put("updated_at", now);
    for (String ch : COMMS_CHANNELS) {
      for (String fl : COMMS_FLAGS) {
        p.comms.put(ch + "_" + fl, null);
      }
      if (!ch.equals("push")) {
        p.comms.put(ch + "_verification", null);
      }
    }
    p.comms.put("terms_accepted_at", null);
    p.comms.put("terms_accepted_version", null);
    p.comms.put("email_promo", true);
    p.comms.put("email_optout", false);
    p.comms.put("created_at", now);
    p.comms.put("updated_at", now);
    for (String f : APPEARANCE_FIELDS) {
      p.appearance.put(f, null);
    }
    p.appearance.put("created_at", now);
    p.appearance.put("updated_at", now);
    profiles.put(id, p);
    applyProfileFields(p, body);
    p.fields.put("updated_at", now);
    return p;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  // ------------------------------------------------------------------------------------------------ comms, appearance

  static void validateComms(Map<String, Object> body, String prefix, ApiException.Validation v) {
    for (String ch : COMMS_CHANNELS) {
      for (String fl : COMMS_FLAGS) {
        Check.bool(v, body, ch + "_" + fl, true, prefix + ch + "_" + fl);
      }
      if (!ch.equals("push")) {
        Check.oneOf(v, body, ch + "_verification", true, set("sent", "not_sent"), prefix + ch + "_verification");
      }
    }
    Check.scalar(v, body, "terms_accepted_at", prefix + "terms_accepted_at");
    Check.scalar(v, body, "terms_accepted_version", prefix + "terms_accepted_version");
  }

  void mergeComms(Profile p, Map<String, Object> body) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String k = e.getKey();
      if (p.comms.containsKey(k) && !k.equals("created_at") && !k.equals("updated_at")) {
        p.comms.put(k, Check.asBool(e.getValue()));
      }
    }
    p.comms.put("updated_at", now());
  }

  Map<String, Object> renderComms(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.id);
    m.putAll(p.comms);
    return m;
  }

  static void validateAppearance(Map<String, Object> body, String prefix, ApiException.Validation v) {
    for (String f : APPEARANCE_FIELDS) {
      Check.scalar(v, body, f, prefix + f);
    }
  }

  void mergeAppearance(Profile p, Map<String, Object> body) {
    for (String f : APPEARANCE_FIELDS) {
      if (body.containsKey(f)) {
        Object val = body.get(f);
        p.appearance.put(f, val instanceof Number ? String.valueOf(val) : val);
      }
    }
    p.appearance.put("updated_at", now());
  }

  Map<String, Object> renderAppearance(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.id);
    m.putAll(p.appearance);
    return m;
  }

  // ------------------------------------------------------------------------------------------------ regions

  /** Links (or updates the link of) a region; null country/state keep the current values. */
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
      p.regionLinks.add(link);
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
    for (Map<String, Object> l : p.regionLinks) {
      if (Long.valueOf(regionId).equals(l.get("region_id"))) {
        return l;
      }
    }
    return null;
  }

  /** Region entries as the profile sees them: the region's id/name/handle with the profile's country/state. */
  List<Object> renderRegions(Profile p) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> l : p.regionLinks) {
      Map<String, Object> r = regions.get(l.get("region_id"));
      if (r == null) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.get("id"));
      m.put("name", r.get("name"));
      m.put("handle", r.get("handle"));
      m.put("countries", r.get("countries"));
      m.put("is_active", l.get("is_active"));
      m.put("country", l.get("country"));
      m.put("state", l.get("state"));
      m.put("is_default", r.get("is_default"));
      m.put("created_at", l.get("created_at"));
      m.put("updated_at", l.get("updated_at"));
      out.add(m);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ rendering

  Map<String, Object> renderProfile(Profile p) {
    Map<String, Object> f = p.fields;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id);
    for (String k : Arrays.asList("title", "first_name", "last_name", "email", "gender", "currency", "joined_at",
        "mobile_phone", "mobile_phone_country", "mobile_phone_national", "mobile_phone_national_prefix",
        "mobile_phone_e164", "secondary_phone", "birth_day", "birth_month", "birth_year", "birth_date")) {
      m.put(k, f.get(k));
    }
    m.put("full_name", (f.get("first_name") + " " + f.get("last_name")).trim());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate next = nextBirthday(f, today);
    m.put("birth_days", next == null ? null : ChronoUnit.DAYS.between(today, next));
    m.put("next_birthday", next == null ? null : next.toString());
    for (String k : Arrays.asList("company", "occupation", "avatar_url")) {
      m.put(k, f.get(k));
    }
    m.put("is_completed", !"unknown".equals(f.get("first_name")) && !"unknown".equals(f.get("last_name"))
        && f.get("email") != null);
    m.put("joined_location_id", f.get("joined_location_id"));
    m.put("joined_location", location(f.get("joined_location_id")));
    m.put("preferred_location_id", f.get("preferred_location_id"));
    m.put("preferred_location", location(f.get("preferred_location_id")));
    m.put("custom_fields", f.get("custom_fields"));
    m.put("custom_attributes", new ArrayList<Object>(p.custom.values()));
    Map<String, Object> tier = currentTier(p);
    m.put("tier_handle", tier == null ? null : tier.get("handle"));
    m.put("tier", tier);
    m.put("identities", new ArrayList<Object>(p.list("identities")));
    m.put("tags", f.get("tags"));
    m.put("statuses", f.get("statuses"));
    m.put("statuses_original", f.get("statuses"));
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("comms", renderComms(p));
    attrs.put("appearance", renderAppearance(p));
    attrs.put("dates", new ArrayList<Object>(p.list("dates")));
    m.put("attributes", attrs);
    m.put("address", defaultAddress(p));
    m.put("addresses", new ArrayList<Object>(p.list("addresses")));
    Map<String, Object> b = balances(p);
    m.put("reward_balance", b.get("reward_balance"));
    m.put("point_balance", b.get("point_balance"));
    m.put("combined_balance_dollars", b.get("combined_balance_dollars"));
    m.put("point_balance_dollars", b.get("point_balance_dollars"));
    m.put("profile_type", f.get("profile_type"));
    List<Object> regs = renderRegions(p);
    m.put("region", regs.isEmpty() ? null : regs.get(0));
    m.put("regions", regs);
    // Extra fields given when seeding are kept and shown (models are tolerant of additional properties).
    for (Map.Entry<String, Object> e : f.entrySet()) {
      if (!m.containsKey(e.getKey()) && !e.getKey().equals("created_at") && !e.getKey().equals("updated_at")) {
        m.put(e.getKey(), e.getValue());
      }
    }
    m.put("created_at", f.get("created_at"));
    m.put("updated_at", f.get("updated_at"));
    return m;
  }

  private static LocalDate nextBirthday(Map<String, Object> f, LocalDate today) {
    Object d = f.get("birth_day");
    Object mo = f.get("birth_month");
    if (!(d instanceof Long) || !(mo instanceof Long)) {
      return null;
    }
    try {
      for (int y = today.getYear(); y <= today.getYear() + 8; y++) {
        LocalDate candidate;
        try {
          candidate = LocalDate.of(y, ((Long) mo).intValue(), ((Long) d).intValue());
        } catch (java.time.DateTimeException e) {
          continue; // 29 February in a common year
        }
        if (!candidate.isBefore(today)) {
          return candidate;
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  static Map<String, Object> defaultAddress(Profile p) {
    List<Map<String, Object>> all = p.list("addresses");
    for (Map<String, Object> a : all) {
      if (Boolean.TRUE.equals(a.get("is_default"))) {
        return a;
      }
    }
    return all.isEmpty() ? null : all.get(0);
  }

  /** The ConnectionProfileData of facts §3.17. */
  static Map<String, Object> connectionProfileData(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id);
    for (String k : Arrays.asList("first_name", "last_name", "email", "birth_year", "birth_month", "birth_day")) {
      m.put(k, p.fields.get(k));
    }
    return m;
  }

  // ------------------------------------------------------------------------------------------------ loyalty

  boolean expired(Map<String, Object> item) {
    Instant exp = parseTs(item.get("expires_at"));
    return exp != null && !clock.instant().isBefore(exp);
  }

  /** A reward or benefit as served: {@code is_expired} follows the injected clock. */
  Map<String, Object> renderExpiring(Map<String, Object> item) {
    Map<String, Object> m = new LinkedHashMap<>(item);
    if (m.containsKey("is_expired")) {
      m.put("is_expired", expired(item));
    }
    if (m.containsKey("is_redeemable")) {
      m.put("is_redeemable", Boolean.TRUE.equals(item.get("is_redeemable")) && !expired(item)
          && num(item.get("redemptions_remaining")) > 0);
    }
    return m;
  }

  double rewardBalance(Profile p) {
    double sum = 0;
    for (Map<String, Object> r : p.list("rewards")) {
      if (!Boolean.FALSE.equals(r.get("is_active")) && !expired(r)) {
        sum += num(r.get("value_remaining"));
      }
    }
    return sum;
  }

  double pointBalance(Profile p) {
    double sum = 0;
    for (Map<String, Object> r : p.list("points")) {
      if (!expired(r)) {
        sum += num(r.get("value_remaining"));
      }
    }
    return sum;
  }

  /** Balances of facts §3.9, computed from the stored rewards, points and benefits. */
  Map<String, Object> balances(Profile p) {
    double rewards = rewardBalance(p);
    double points = pointBalance(p);
    double pointDollars = points * DOLLARS_PER_POINT;
    long benefits = 0;
    for (Map<String, Object> b : p.list("benefits")) {
      if (Boolean.TRUE.equals(renderExpiring(b).get("is_redeemable"))) {
        benefits++;
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reward_balance", money(rewards));
    m.put("point_balance", money(points));
    m.put("point_balance_dollars", money(pointDollars));
    m.put("benefit_balance", benefits);
    m.put("combined_balance_dollars", money(rewards + pointDollars));
    return m;
  }

  /** Takes {@code amount} dollars from rewards (earliest expiry first) or points; returns what was taken. */
  double deduct(Profile p, String source, double amount) {
    double left = amount;
    List<Map<String, Object>> items = new ArrayList<>(p.list(source));
    items.sort((a, b) -> String.valueOf(a.get("expires_at")).compareTo(String.valueOf(b.get("expires_at"))));
    double factor = source.equals("points") ? DOLLARS_PER_POINT : 1.0;
    for (Map<String, Object> it : items) {
      if (left <= 1e-9) {
        break;
      }
      if (expired(it) || Boolean.FALSE.equals(it.get("is_active"))) {
        continue;
      }
      double remainingDollars = num(it.get("value_remaining")) * factor;
      double take = Math.min(remainingDollars, left);
      if (take <= 0) {
        continue;
      }
      it.put("value_remaining", money((remainingDollars - take) / factor));
      it.put("updated_at", now());
      left -= take;
    }
    return amount - left;
  }

  double spend12m(Profile p) {
    Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
    double sum = 0;
    for (Map<String, Object> t : p.list("transactions")) {
      Instant at = parseTs(t.get("transacted_at"));
      if (!Boolean.TRUE.equals(t.get("is_void")) && at != null && !at.isBefore(yearAgo)) {
        sum += num(t.get("total"));
      }
    }
    return sum;
  }

  Map<String, Object> tierDefinition(String handle) {
    for (Map<String, Object> d : tierDefinitions) {
      if (d.get("handle").equals(handle)) {
        return d;
      }
    }
    return null;
  }

  /** The assigned tier, else the highest tier whose {@code value_min} the 12-month spend reaches. */
  Map<String, Object> currentTier(Profile p) {
    if (p.assignedTier != null && tierDefinition(p.assignedTier) != null) {
      return tierDefinition(p.assignedTier);
    }
    double credit = spend12m(p);
    Map<String, Object> best = null;
    for (Map<String, Object> d : tierDefinitions) {
      if (num(d.get("value_min")) <= credit) {
        best = d;
      }
    }
    return best;
  }

  /** TierProgress of facts §3.8, with TierDefinition objects as tiers. */
  Map<String, Object> tierProgress(Profile p) {
    Map<String, Object> cur = currentTier(p);
    int idx = tierDefinitions.indexOf(cur);
    Map<String, Object> next = idx + 1 < tierDefinitions.size() ? tierDefinitions.get(idx + 1) : null;
    Map<String, Object> prev = idx > 0 ? tierDefinitions.get(idx - 1) : null;
    double credit = spend12m(p);
    double points12m = 0;
    Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
    for (Map<String, Object> pt : p.list("points")) {
      Instant at = parseTs(pt.get("issued_at"));
      if (at != null && !at.isBefore(yearAgo)) {
        points12m += num(pt.get("value_initial"));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.tierProgressId);
    m.put("profile_id", p.id);
    m.put("current_tier", cur);
    m.put("next_tier", next);
    m.put("prev_tier", prev);
    m.put("is_floor", cur != null && Boolean.TRUE.equals(cur.get("is_floor")));
    m.put("current_credit", money(credit));
    double nextMin = next == null ? 0 : num(next.get("value_min"));
    double progress = next == null ? 100.0 : Math.min(100.0, nextMin == 0 ? 100.0 : credit * 100.0 / nextMin);
    m.put("current_progress", money(progress));
    m.put("current_remain", money(next == null ? 0 : Math.max(0, nextMin - credit)));
    m.put("next_progress", money(progress));
    m.put("next_remain", next == null ? null : money(Math.max(0, nextMin - credit)));
    m.put("total_points_12m", money(points12m));
    m.put("total_points_achievement", money(points12m));
    Instant created = parseTs(p.fields.get("created_at"));
    m.put("next_progress_change_at", at(Duration.ofDays(30)));
    m.put("anniversary_at", created == null ? null : TS.format(created.plus(Duration.ofDays(365))));
    m.put("achieved_at", p.fields.get("created_at"));
    m.put("maintained_at", null);
    m.put("assigned_at", p.assignedAt);
    m.put("created_at", p.fields.get("created_at"));
    m.put("updated_at", now());
    return m;
  }

  /** Aggregations of facts §3.18, computed from the stored transactions. */
  Map<String, Object> aggregations(Profile p) {
    List<Map<String, Object>> txs = new ArrayList<>();
    for (Map<String, Object> t : p.list("transactions")) {
      if (!Boolean.TRUE.equals(t.get("is_void")) && parseTs(t.get("transacted_at")) != null) {
        txs.add(t);
      }
    }
    txs.sort((a, b) -> String.valueOf(a.get("transacted_at")).compareTo(String.valueOf(b.get("transacted_at"))));
    Instant now = clock.instant();
    Instant yearAgo = now.minus(Duration.ofDays(365));
    double all = 0;
    double y = 0;
    int count12 = 0;
    Set<String> days = new LinkedHashSet<>();
    Set<String> brands = new LinkedHashSet<>();
    boolean web = false;
    boolean pos = false;
    Map<Object, Integer> byLocation = new LinkedHashMap<>();
    for (Map<String, Object> t : txs) {
      double total = num(t.get("total"));
      all += total;
      Instant at = parseTs(t.get("transacted_at"));
      if (!at.isBefore(yearAgo)) {
        y += total;
        count12++;
      }
      days.add(String.valueOf(t.get("transacted_at")).substring(0, 10));
      if (t.get("order_number") != null) {
        web = true;
      } else {
        pos = true;
      }
      if (t.get("location") instanceof Map) {
        byLocation.merge(asMap(t.get("location")).get("id"), 1, Integer::sum);
      }
      if (t.get("items") instanceof List) {
        for (Object it : (List<?>) t.get("items")) {
          if (it instanceof Map && asMap(it).get("product") instanceof Map) {
            Object brand = asMap(asMap(it).get("product")).get("brand");
            if (brand instanceof String) {
              brands.add((String) brand);
            }
          }
        }
      }
    }
    List<String> dayList = new ArrayList<>(days);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.id);
    m.put("shop_days", (long) dayList.size());
    m.put("spend_12m", money(y));
    m.put("spend_12m_now", String.valueOf(money(y)));
    m.put("spend_all", money(all));
    m.put("spend_atv_12m", money(count12 == 0 ? 0 : y / count12));
    m.put("spend_atv_all", money(txs.isEmpty() ? 0 : all / txs.size()));
    m.put("discount_avg", 0L);
    m.put("spend_first_date", txs.isEmpty() ? null : txs.get(0).get("transacted_at"));
    m.put("spend_last_date", txs.isEmpty() ? null : txs.get(txs.size() - 1).get("transacted_at"));
    m.put("shop_count", (long) txs.size());
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Long firstDays = dayList.isEmpty() ? null : ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(0)), today);
    Long latestDays = dayList.isEmpty() ? null
        : ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(dayList.size() - 1)), today);
    Double avgGap = dayList.size() < 2 ? null
        : (double) ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(0)),
            LocalDate.parse(dayList.get(dayList.size() - 1))) / (dayList.size() - 1);
    String freq = txs.isEmpty() ? "F0" : txs.size() == 1 ? "F1" : txs.size() == 2 ? "F2"
        : (avgGap != null && avgGap > 30 ? "FL" : "FH");
    m.put("dimension_frequency", freq);
    String recency = null;
    if (latestDays != null) {
      long months = latestDays / 30;
      recency = months >= 60 ? "RR" : months >= 24 ? "RL" : months >= 12 ? "RI" : months >= 6 ? "RA"
          : months >= 3 ? "RS" : "RC";
    }
    m.put("dimension_recency", recency);
    Instant joined = parseTs(p.fields.get("created_at"));
    long joinedDays = joined == null ? 0 : Duration.between(joined, now).toDays();
    m.put("dimension_join", joinedDays <= 90 ? "JN" : joinedDays <= 365 ? "JC" : "J" + (joinedDays / 365));
    m.put("channel", web && pos ? "CO" : web ? "CM" : pos ? "CF" : null);
    m.put("store_join", location(p.fields.get("joined_location_id")));
    Object most = null;
    int mostCount = 0;
    for (Map.Entry<Object, Integer> e : byLocation.entrySet()) {
      if (e.getValue() > mostCount) {
        most = e.getKey();
        mostCount = e.getValue();
      }
    }
    m.put("most_transacted_location", location(most));
    Object latestLoc = txs.isEmpty() || !(txs.get(txs.size() - 1).get("location") instanceof Map) ? null
        : asMap(txs.get(txs.size() - 1).get("location")).get("id");
    m.put("latest_transacted_location", location(latestLoc));
    Map<String, Object> addr = defaultAddress(p);
    m.put("likely_country", addr == null ? null : addr.get("country"));
    m.put("likely_country_score", addr == null ? 0L : 1L);
    m.put("purchased_brands", new ArrayList<Object>(brands));
    m.put("total_shop_days", (long) dayList.size());
    m.put("first_shop_days", firstDays);
    m.put("second_shop_days", dayList.size() < 2 ? null
        : ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(1)), today));
    m.put("latest_shop_days", latestDays);
    m.put("average_shop_days", avgGap == null ? null : money(avgGap));
    m.put("second_shop_date", dayList.size() < 2 ? null : dayList.get(1));
    m.put("previous_shop_date", dayList.size() < 2 ? null : dayList.get(dayList.size() - 2));
    m.put("at_risk_date", dayList.isEmpty() ? null
        : LocalDate.parse(dayList.get(dayList.size() - 1)).plusDays(180).toString());
    m.put("latest_shop_spend", txs.isEmpty() ? null : money(num(txs.get(txs.size() - 1).get("total"))));
    m.put("latest_shop_currency", txs.isEmpty() ? null : txs.get(txs.size() - 1).get("currency"));
    List<String> locNames = new ArrayList<>();
    for (Object id : byLocation.keySet()) {
      Map<String, Object> loc = location(id);
      if (loc != null) {
        locNames.add(String.valueOf(loc.get("name")));
      }
    }
    m.put("transacted_locations", locNames.isEmpty() ? null : String.join(",", locNames));
    m.put("likely_country_iso", addr == null ? null : addr.get("iso"));
    m.put("likely_country_iso_score", null);
    m.put("likely_state_iso", addr == null ? null : addr.get("iso_state"));
    m.put("likely_state_iso_score", null);
    m.put("likely_region", null);
    m.put("likely_region_score", null);
    m.put("updated_at", now());
    return m;
  }

  // ------------------------------------------------------------------------------------------------ connections

  Map<String, Object> renderConnection(Map<String, Object> c) {
    Map<String, Object> m = new LinkedHashMap<>(c);
    Profile connected = profiles.get(c.get("connected_id"));
    Profile connector = profiles.get(c.get("connector_id"));
    m.put("connected", connected == null ? null : connectionProfileData(connected));
    m.put("connector", connector == null ? null : connectionProfileData(connector));
    return m;
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
}
