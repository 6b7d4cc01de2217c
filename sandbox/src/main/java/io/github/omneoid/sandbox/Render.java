package io.github.omneoid.sandbox;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How stored state is shown: the profile as {@code GET /profiles/me} answers it (with its computed fields:
 * full name, next birthday, tier, balances), its comms, appearance and regions, and connections. Callers hold the
 * store's monitor; the maps returned may share nested maps with the store.
 */
final class Render {
  private final Store store;
  private final Loyalty loyalty;

  Render(Store store, Loyalty loyalty) {
    this.store = store;
    this.loyalty = loyalty;
  }

  Map<String, Object> profile(Store.Profile p) {
    Map<String, Object> f = p.fields;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id);
    m.put("external_id", f.get("external_id"));
    for (String k : Arrays.asList("title", "first_name", "last_name", "email", "gender", "currency", "joined_at",
        "mobile_phone", "mobile_phone_country", "mobile_phone_national", "mobile_phone_national_prefix",
        "mobile_phone_e164", "secondary_phone", "birth_day", "birth_month", "birth_year", "birth_date")) {
      m.put(k, f.get(k));
    }
    m.put("full_name", (f.get("first_name") + " " + f.get("last_name")).trim());
    LocalDate today = LocalDate.ofInstant(store.clock.instant(), ZoneOffset.UTC);
    LocalDate next = nextBirthday(f, today);
    m.put("birth_days", next == null ? null : ChronoUnit.DAYS.between(today, next));
    // Days since the last birthday (the reference's birth_days_past; 0 on the day itself).
    m.put("birth_days_past", next == null ? null : next.equals(today) ? 0L
        : ChronoUnit.DAYS.between(next.minusYears(1), today));
    m.put("next_birthday", next == null ? null : next.toString());
    for (String k : Arrays.asList("company", "occupation", "avatar_url")) {
      m.put(k, f.get(k));
    }
    m.put("is_completed", !"unknown".equals(f.get("first_name")) && !"unknown".equals(f.get("last_name"))
        && f.get("email") != null);
    m.put("joined_location_id", f.get("joined_location_id"));
    m.put("joined_location", store.location(f.get("joined_location_id")));
    m.put("preferred_location_id", f.get("preferred_location_id"));
    m.put("preferred_location", store.location(f.get("preferred_location_id")));
    m.put("custom_fields", f.get("custom_fields"));
    m.put("custom_attributes", new ArrayList<Object>(p.list(Kind.CUSTOM_ATTRIBUTES)));
    Map<String, Object> tier = loyalty.currentTier(p);
    m.put("tier_handle", tier == null ? null : tier.get("handle"));
    m.put("tier", tier);
    m.put("identities", new ArrayList<Object>(p.list(Kind.IDENTITIES)));
    m.put("tags", f.get("tags"));
    m.put("statuses", f.get("statuses"));
    m.put("statuses_original", f.get("statuses"));
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("comms", comms(p));
    attrs.put("appearance", appearance(p));
    attrs.put("dates", new ArrayList<Object>(p.list(Kind.DATES)));
    m.put("attributes", attrs);
    m.put("address", defaultAddress(p));
    m.put("addresses", new ArrayList<Object>(p.list(Kind.ADDRESSES)));
    Map<String, Object> b = loyalty.balances(p);
    m.put("reward_balance", b.get("reward_balance"));
    m.put("point_balance", b.get("point_balance"));
    m.put("combined_balance_dollars", b.get("combined_balance_dollars"));
    m.put("point_balance_dollars", b.get("point_balance_dollars"));
    m.put("profile_type", f.get("profile_type"));
    List<Object> regs = regions(p);
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

  static Map<String, Object> defaultAddress(Store.Profile p) {
    List<Map<String, Object>> all = p.list(Kind.ADDRESSES);
    for (Map<String, Object> a : all) {
      if (Boolean.TRUE.equals(a.get("is_default"))) {
        return a;
      }
    }
    return all.isEmpty() ? null : all.get(0);
  }

  /** The ConnectionProfileData object: who is on the other side of a connection. */
  static Map<String, Object> connectionProfileData(Store.Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id);
    for (String k : Arrays.asList("first_name", "last_name", "email", "birth_year", "birth_month", "birth_day")) {
      m.put(k, p.fields.get(k));
    }
    return m;
  }

  /** Region entries as the profile sees them: the region's id/name/handle with the profile's country/state. */
  List<Object> regions(Store.Profile p) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> l : p.list(Kind.REGIONS)) {
      Map<String, Object> r = store.regions.get(l.get("region_id"));
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
      m.put("currency", r.get("currency"));
      m.put("created_at", l.get("created_at"));
      m.put("updated_at", l.get("updated_at"));
      out.add(m);
    }
    return out;
  }

  Map<String, Object> connection(Map<String, Object> c) {
    Map<String, Object> m = new LinkedHashMap<>(c);
    Store.Profile connected = store.profiles.get(c.get("connected_id"));
    Store.Profile connector = store.profiles.get(c.get("connector_id"));
    m.put("connected", connected == null ? null : connectionProfileData(connected));
    m.put("connector", connector == null ? null : connectionProfileData(connector));
    return m;
  }

  Map<String, Object> comms(Store.Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.id);
    m.putAll(p.comms);
    return m;
  }

  Map<String, Object> appearance(Store.Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.id);
    m.putAll(p.appearance);
    return m;
  }
}
