package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The writable fields of a profile: which exist, how a create or update body is validated and applied, the
 * defaults of a new profile, and the comms and appearance attributes. Callers hold the store's monitor.
 */
final class ProfileFields {
  static final Set<String> GENDERS = Store.set("male", "female", "witheld", "withheld", "other");
  static final Set<String> PROFILE_TYPES =
      Store.set("temporary", "dependant", "incomplete", "pending", "system", "active", "deleted");
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

  static final Set<String> VERIFICATION = Store.set("sent", "not_sent");

  private final Store store;

  ProfileFields(Store store) {
    this.store = store;
  }

  /** Validates profile fields of a create or update body (PUT /profiles/me, POST /profiles create branch). */
  void validate(Map<String, Object> body, Store.Profile self, boolean creating, ApiException.Validation v) {
    for (String f : STRING_FIELDS) {
      boolean nullable = !(f.equals("first_name") || f.equals("last_name") || f.equals("email"));
      Check.string(v, body, f, nullable);
    }
    if (!creating && body.containsKey("email")) {
      if (Check.isEmail(body.get("email"))) {
        if (store.profileByEmail((String) body.get("email"), self) != null) {
          // Assumption: emails are unique, as the upsert's matching by email presumes.
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
      if (o instanceof Long && store.location(o) == null) {
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
    if (body.get("region_id") instanceof Long && !store.regions.containsKey(body.get("region_id"))) {
      v.add("region_id", "The selected region id is invalid.");
    }
    Check.object(v, body, "attributes", false);
    if (body.get("attributes") instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> attrs = (Map<String, Object>) body.get("attributes");
      Check.object(v, attrs, "comms", false);
      if (attrs.get("comms") instanceof Map) {
        validateComms(Json.asMap(attrs.get("comms")), "attributes.comms.", v);
      }
      Check.object(v, attrs, "appearance", false);
      if (attrs.get("appearance") instanceof Map) {
        validateAppearance(Json.asMap(attrs.get("appearance")), "attributes.appearance.", v);
      }
    }
    if (body.containsKey("mobile_phone") && body.get("mobile_phone") instanceof String
        && store.profileByMobile(body.get("mobile_phone"), self) != null) {
      // The exact text the official SDK looks for (omneo-sdk src/id/resources/profile/index.ts).
      v.add("mobile_phone", "The phone number exists");
    }
  }

  /** Applies validated writable fields. */
  void apply(Store.Profile p, Map<String, Object> body) {
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
      p.fields.put("custom_fields", cf == null ? new LinkedHashMap<>() : Json.copy(Json.asMap(cf)));
    }
    if (body.get("region_id") instanceof Long) {
      store.linkRegion(p, (Long) body.get("region_id"), null, null, true);
    }
    if (body.get("attributes") instanceof Map) {
      Map<String, Object> attrs = Json.asMap(body.get("attributes"));
      if (attrs.get("comms") instanceof Map) {
        mergeComms(p, Json.asMap(attrs.get("comms")));
      }
      if (attrs.get("appearance") instanceof Map) {
        mergeAppearance(p, Json.asMap(attrs.get("appearance")));
      }
    }
    if (body.containsKey("mobile_phone")) {
      Object m = body.get("mobile_phone");
      String e164 = Store.normalizePhone(m);
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
    p.fields.put("updated_at", store.now());
  }

  /** Creates a profile with defaults; the body must already be validated. */
  Store.Profile create(Map<String, Object> body) {
    String id = body.get("id") instanceof String && !((String) body.get("id")).isEmpty() ? (String) body.get("id")
        : UUID.randomUUID().toString();
    if (store.profiles.containsKey(id)) {
      throw new IllegalArgumentException("A profile with id " + id + " exists already");
    }
    Store.Profile p = new Store.Profile(id);
    p.tierProgressId = store.nextId(Store.Counter.TIER_PROGRESS);
    String now = store.now();
    p.fields.put("id", id);
    for (String f : STRING_FIELDS) {
      p.fields.put(f, null);
    }
    for (String f : INT_FIELDS) {
      p.fields.put(f, null);
    }
    // The defaults docs.omneo.io/docs/omneo-id gives for a profile created by POST /profiles.
    p.fields.put("first_name", "unknown");
    p.fields.put("last_name", "unknown");
    p.fields.put("gender", null);
    p.fields.put("birth_date", null);
    p.fields.put("mobile_phone_e164", null);
    p.fields.put("secondary_phone", null);
    p.fields.put("tags", new ArrayList<>());
    p.fields.put("statuses", new ArrayList<>());
    p.fields.put("custom_fields", new LinkedHashMap<>());
    // Assumption: profiles are created "active" (no public source shows the initial profile_type).
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
    store.profiles.put(id, p);
    apply(p, body);
    p.fields.put("updated_at", now);
    return p;
  }

  // ------------------------------------------------------------------------------------------------ comms, appearance

  static void validateComms(Map<String, Object> body, String prefix, ApiException.Validation v) {
    for (String ch : COMMS_CHANNELS) {
      for (String fl : COMMS_FLAGS) {
        Check.bool(v, body, ch + "_" + fl, true, prefix + ch + "_" + fl);
      }
      if (!ch.equals("push")) {
        Check.oneOf(v, body, ch + "_verification", true, VERIFICATION, prefix + ch + "_verification");
      }
    }
    Check.scalar(v, body, "terms_accepted_at", prefix + "terms_accepted_at");
    Check.scalar(v, body, "terms_accepted_version", prefix + "terms_accepted_version");
  }

  /** Validates and merges a comms body into the profile's comms; answers the comms as served. */
  Map<String, Object> updateComms(Store.Profile p, Map<String, Object> body) {
    ApiException.Validation v = new ApiException.Validation();
    validateComms(body, "", v);
    v.throwIfAny();
    mergeComms(p, body);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.id);
    m.putAll(p.comms);
    return m;
  }

  void mergeComms(Store.Profile p, Map<String, Object> body) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String k = e.getKey();
      if (p.comms.containsKey(k) && !k.equals("created_at") && !k.equals("updated_at")) {
        p.comms.put(k, Check.asBool(e.getValue()));
      }
    }
    p.comms.put("updated_at", store.now());
  }

  static void validateAppearance(Map<String, Object> body, String prefix, ApiException.Validation v) {
    for (String f : APPEARANCE_FIELDS) {
      Check.scalar(v, body, f, prefix + f);
    }
  }

  void mergeAppearance(Store.Profile p, Map<String, Object> body) {
    for (String f : APPEARANCE_FIELDS) {
      if (body.containsKey(f)) {
        Object val = body.get(f);
        p.appearance.put(f, val instanceof Number ? String.valueOf(val) : val);
      }
    }
    p.appearance.put("updated_at", store.now());
  }
}
