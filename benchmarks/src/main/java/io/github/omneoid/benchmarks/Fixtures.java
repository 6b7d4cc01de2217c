package io.github.omneoid.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Realistic payloads (the shapes the ID API documents) and tokens, built once. */
final class Fixtures {

  private Fixtures() {
  }

  static String jwt(String profileId, Instant issuedAt, Instant expiresAt) {
    String payload = "{\"pid\":\"" + profileId + "\",\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":"
        + expiresAt.getEpochSecond() + "}";
    return encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".c2lnbmF0dXJl";
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A profile as /profiles/me returns it: comms, appearance, 10 addresses, 20 identities, 40 tags, custom fields. */
  static String largeProfileEnvelope() {
    StringBuilder json = new StringBuilder("{\"data\":{\"id\":\"93770831-e18d-467c-b213-0087218ae9dd\",")
        .append("\"first_name\":\"Ann\",\"last_name\":\"Lee\",\"email\":\"ann@example.com\",\"gender\":\"female\",")
        .append("\"mobile_phone\":\"+61400000000\",\"birth_day\":4,\"birth_month\":7,\"birth_year\":1990,")
        .append("\"reward_balance\":12.50,\"point_balance\":340,\"combined_balance_dollars\":15.90,")
        .append("\"profile_type\":\"active\",\"created_at\":\"2024-02-13 04:07:46\",")
        .append("\"updated_at\":\"2025-01-01 10:00:00\",\"custom_fields\":{\"vip\":true,\"shoe\":\"42\"},\"tags\":[");
    for (int i = 0; i < 40; i++) {
      json.append(i == 0 ? "" : ",").append("\"tag-").append(i).append('"');
    }
    json.append("],\"attributes\":{\"comms\":{");
    String[] channels = {"email", "sms", "push", "phone", "post"};
    String[] suffixes = {"promo", "optout", "bounced", "discover", "benefits", "reminders", "account", "bookings",
        "feedback", "location", "service"};
    boolean first = true;
    for (String channel : channels) {
      for (String suffix : suffixes) {
        json.append(first ? "" : ",").append('"').append(channel).append('_').append(suffix).append("\":")
            .append(suffix.equals("promo"));
        first = false;
      }
    }
    json.append("},\"appearance\":{\"hair_colour\":\"Brown\",\"size_shoe\":\"9\",\"measurement_height\":\"170\"}},")
        .append("\"addresses\":[");
    for (int i = 0; i < 10; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(500 + i).append(",\"address_line_1\":\"")
          .append(i).append(" Main St\",\"address_line_2\":null,\"city\":\"Melbourne\",\"state\":\"VIC\",")
          .append("\"postcode\":\"3000\",\"country\":\"Australia\",\"latitude\":-37.81,\"longitude\":144.96,")
          .append("\"is_default\":").append(i == 0).append('}');
    }
    json.append("],\"identities\":[");
    for (int i = 0; i < 20; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"handle\":\"h").append(i)
          .append("\",\"identifier\":\"ID-").append(i).append("\",\"is_primary\":false,\"is_active\":true,")
          .append("\"created_at\":\"2024-02-13 04:07:46\"}");
    }
    return json.append("]}}").toString();
  }

  /** A page of 100 points with links and meta, as the paginated routes answer. */
  static String pointPage() {
    StringBuilder json = new StringBuilder("{\"data\":[");
    for (int i = 0; i < 100; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"profile_id\":\"p-1\",")
          .append("\"value_initial\":100,\"value_remaining\":").append(i)
          .append(",\"issued_at\":\"2025-01-01 10:00:00\",")
          .append("\"expires_at\":\"2026-01-01 10:00:00\",\"source_type\":\"transaction\",\"source\":{\"id\":")
          .append(i).append("},\"definition\":{\"id\":1,\"name\":\"Spend\",\"handle\":\"spend\",\"tags\":[]}}");
    }
    return json.append("],\"links\":{\"first\":\"https://x/points?page=1\",\"last\":\"https://x/points?page=3\",")
        .append("\"prev\":null,\"next\":\"https://x/points?page=2\"},\"meta\":{\"current_page\":1,\"from\":1,")
        .append("\"last_page\":3,\"path\":\"https://x/points\",\"per_page\":100,\"to\":100,\"total\":250}}")
        .toString();
  }
}
