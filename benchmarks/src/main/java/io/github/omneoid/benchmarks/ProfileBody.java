package io.github.omneoid.benchmarks;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * The bodies the loopback server answers to {@code GET /profiles/me}: the sandbox's demo profile (Jane, with her
 * stores, tier, identities, comms, appearance, address and region; about 12 KB), serialised once by the sandbox
 * itself on a fixed clock, with its random id replaced by {@link #PROFILE_ID} so every run serves the same bytes; and
 * a small one (under 1 KB), the same profile trimmed to its top-level scalars (name, contact details, birth date,
 * balances, tier handle, dates: a profile before stores, identities, comms and addresses are attached), where the
 * client's own per-call cost weighs more than the parsing.
 */
final class ProfileBody {

  /** The profile id in the body and in the benchmarks' tokens. */
  static final String PROFILE_ID = "93770831-e18d-467c-b213-0087218ae9dd";

  private static final Instant DEMO_TIME = Instant.parse("2026-01-15T10:00:00Z");

  private ProfileBody() {
  }

  /**
   * @param demo the demo envelope
   * @return the small envelope: {@code demo}'s profile without its nested objects and arrays
   */
  static String smallProfileEnvelope(String demo) {
    // Streamed token by token, so numbers keep their literal form (a Map would turn 5 into 5.0).
    Buffer small = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(demo)); JsonWriter writer = JsonWriter.of(small)) {
      writer.setSerializeNulls(true);
      reader.beginObject();
      writer.beginObject();
      while (reader.hasNext()) {
        String envelopeField = reader.nextName();
        if (!envelopeField.equals("data")) {
          reader.skipValue();
          continue;
        }
        writer.name("data").beginObject();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          JsonReader.Token token = reader.peek();
          if (token == JsonReader.Token.BEGIN_OBJECT || token == JsonReader.Token.BEGIN_ARRAY) {
            reader.skipValue();
            continue;
          }
          writer.name(name);
          if (token == JsonReader.Token.NUMBER) {
            writer.value(new BigDecimal(reader.nextString()));
          } else if (token == JsonReader.Token.BOOLEAN) {
            writer.value(reader.nextBoolean());
          } else if (token == JsonReader.Token.NULL) {
            writer.nullValue();
            reader.nextNull();
          } else {
            writer.value(reader.nextString());
          }
        }
        reader.endObject();
        writer.endObject();
      }
      reader.endObject();
      writer.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("the demo profile is not JSON", e);
    }
    if (small.size() >= 1024) {
      throw new IllegalStateException("the small profile is not under 1 KB: " + small.size() + " bytes");
    }
    return small.readUtf8();
  }

  /** @return the {@code {"data": {...}}} envelope, as the sandbox serves it */
  static String demoProfileEnvelope() {
    try (OmneoIdSandbox sandbox = OmneoIdSandbox.builder().clock(Clock.fixed(DEMO_TIME, ZoneOffset.UTC))
        .tokenLifetime(Duration.ofDays(3650)).start()) {
      Map<String, Object> jane = sandbox.seedDemoData();
      String id = (String) jane.get("id");
      OkHttpClient http = new OkHttpClient();
      Request request = new Request.Builder().url(sandbox.baseUrl() + "/profiles/me")
          .header("Authorization", "Bearer " + sandbox.mintToken(id)).header("Accept", "application/json").build();
      try (Response response = http.newCall(request).execute()) {
        if (response.code() != 200 || response.body() == null) {
          throw new IllegalStateException("the sandbox answered " + response.code() + " to GET /profiles/me");
        }
        return response.body().string().replace(id, PROFILE_ID);
      } finally {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not read the demo profile from the sandbox", e);
    }
  }
}
