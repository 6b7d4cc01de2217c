package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Aggregations object ({@code GET /profiles/me/aggregations}), computed from the stored transactions and the
 * injected clock. Assumptions: {@code shop_days} counts distinct shopping days, and a transaction with an
 * {@code order_number} was made online (it decides {@code channel}).
 */
final class Aggregations {
  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

  private final Store store;

  Aggregations(Store store) {
    this.store = store;
  }

  private static BigDecimal average(BigDecimal sum, int count) {
    return count == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_UP);
  }

  Map<String, Object> of(Store.Profile p) {
    List<Map<String, Object>> txs = new ArrayList<>();
    for (Map<String, Object> t : p.list(Kind.TRANSACTIONS)) {
      if (!Boolean.TRUE.equals(t.get("is_void")) && Store.parseTs(t.get("transacted_at")) != null) {
        txs.add(t);
      }
    }
    txs.sort((a, b) -> String.valueOf(a.get("transacted_at")).compareTo(String.valueOf(b.get("transacted_at"))));
    Instant now = store.clock.instant();
    Instant yearAgo = now.minus(Duration.ofDays(365));
    BigDecimal all = BigDecimal.ZERO;
    BigDecimal y = BigDecimal.ZERO;
    int count12 = 0;
    Set<String> days = new LinkedHashSet<>();
    Set<String> brands = new LinkedHashSet<>();
    boolean web = false;
    boolean pos = false;
    Map<Object, Integer> byLocation = new LinkedHashMap<>();
    for (Map<String, Object> t : txs) {
      BigDecimal total = Money.of(t.get("total"));
      all = all.add(total);
      Instant at = Store.parseTs(t.get("transacted_at"));
      if (!at.isBefore(yearAgo)) {
        y = y.add(total);
        count12++;
      }
      days.add(String.valueOf(t.get("transacted_at")).substring(0, 10));
      if (t.get("order_number") != null) {
        web = true;
      } else {
        pos = true;
      }
      if (t.get("location") instanceof Map) {
        byLocation.merge(Json.asMap(t.get("location")).get("id"), 1, Integer::sum);
      }
      if (t.get("items") instanceof List) {
        for (Object it : (List<?>) t.get("items")) {
          if (it instanceof Map && Json.asMap(it).get("product") instanceof Map) {
            Object brand = Json.asMap(Json.asMap(it).get("product")).get("brand");
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
    m.put("spend_12m", Money.cents(y));
    m.put("spend_12m_now", String.valueOf(Money.cents(y)));
    m.put("spend_all", Money.cents(all));
    m.put("spend_atv_12m", Money.cents(average(y, count12)));
    m.put("spend_atv_all", Money.cents(average(all, txs.size())));
    m.put("discount_avg", 0L);
    m.put("spend_first_date", txs.isEmpty() ? null : txs.get(0).get("transacted_at"));
    m.put("spend_last_date", txs.isEmpty() ? null : txs.get(txs.size() - 1).get("transacted_at"));
    m.put("shop_count", (long) txs.size());
    m.put("total_referred", 0L); // the sandbox knows no referrals
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Long firstDays = dayList.isEmpty() ? null : ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(0)), today);
    Long latestDays = dayList.isEmpty() ? null
        : ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(dayList.size() - 1)), today);
    BigDecimal avgGap = dayList.size() < 2 ? null
        : average(BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(0)),
            LocalDate.parse(dayList.get(dayList.size() - 1)))), dayList.size() - 1);
    String freq = txs.isEmpty() ? "F0" : txs.size() == 1 ? "F1" : txs.size() == 2 ? "F2"
        : (avgGap != null && avgGap.compareTo(THIRTY) > 0 ? "FL" : "FH");
    m.put("dimension_frequency", freq);
    String recency = null;
    if (latestDays != null) {
      long months = latestDays / 30;
      recency = months >= 60 ? "RR" : months >= 24 ? "RL" : months >= 12 ? "RI" : months >= 6 ? "RA"
          : months >= 3 ? "RS" : "RC";
    }
    m.put("dimension_recency", recency);
    Instant joined = Store.parseTs(p.fields.get("created_at"));
    long joinedDays = joined == null ? 0 : Duration.between(joined, now).toDays();
    m.put("dimension_join", joinedDays <= 90 ? "JN" : joinedDays <= 365 ? "JC" : "J" + (joinedDays / 365));
    m.put("channel", web && pos ? "CO" : web ? "CM" : pos ? "CF" : null);
    m.put("store_join", store.location(p.fields.get("joined_location_id")));
    Object most = null;
    int mostCount = 0;
    for (Map.Entry<Object, Integer> e : byLocation.entrySet()) {
      if (e.getValue() > mostCount) {
        most = e.getKey();
        mostCount = e.getValue();
      }
    }
    m.put("most_transacted_location", store.location(most));
    Object latestLoc = txs.isEmpty() || !(txs.get(txs.size() - 1).get("location") instanceof Map) ? null
        : Json.asMap(txs.get(txs.size() - 1).get("location")).get("id");
    m.put("latest_transacted_location", store.location(latestLoc));
    Map<String, Object> addr = Render.defaultAddress(p);
    m.put("likely_country", addr == null ? null : addr.get("country"));
    m.put("likely_country_score", addr == null ? 0L : 1L);
    m.put("purchased_brands", new ArrayList<Object>(brands));
    m.put("total_shop_days", (long) dayList.size());
    m.put("first_shop_days", firstDays);
    m.put("second_shop_days", dayList.size() < 2 ? null
        : ChronoUnit.DAYS.between(LocalDate.parse(dayList.get(1)), today));
    m.put("latest_shop_days", latestDays);
    m.put("average_shop_days", avgGap == null ? null : Money.cents(avgGap));
    m.put("second_shop_date", dayList.size() < 2 ? null : dayList.get(1) + " 00:00:00");
    m.put("previous_shop_date", dayList.size() < 2 ? null : dayList.get(dayList.size() - 2) + " 00:00:00");
    m.put("at_risk_date", dayList.isEmpty() ? null
        : LocalDate.parse(dayList.get(dayList.size() - 1)).plusDays(180) + " 00:00:00");
    m.put("latest_shop_spend", txs.isEmpty() ? null : Money.cents(Money.of(txs.get(txs.size() - 1).get("total"))));
    m.put("latest_shop_currency", txs.isEmpty() ? null : txs.get(txs.size() - 1).get("currency"));
    List<String> locNames = new ArrayList<>();
    for (Object id : byLocation.keySet()) {
      Map<String, Object> loc = store.location(id);
      if (loc != null) {
        locNames.add(String.valueOf(loc.get("external_id"))); // stores by external id, as the reference lists them
      }
    }
    m.put("transacted_locations", locNames.isEmpty() ? null : String.join(",", locNames));
    m.put("likely_country_iso", addr == null ? null : addr.get("iso"));
    m.put("likely_country_iso_score", null);
    m.put("likely_state_iso", addr == null ? null : addr.get("iso_state"));
    m.put("likely_state_iso_score", null);
    m.put("likely_region", null);
    m.put("likely_region_score", null);
    return m;
  }
}
