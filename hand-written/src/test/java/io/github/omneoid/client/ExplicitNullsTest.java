package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.ProfileUpdate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A typed update can send JSON null on purpose, and every update is reported as updateMyProfile. */
class ExplicitNullsTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PROFILE = "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Ann\"}}";

  private final TestServer server = new TestServer();
  private final RecordingListener events = new RecordingListener();
  private final OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW))
      .listener(events).retryPolicy(RetryPolicy.none())
      .idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600))).build();

  @AfterEach
  void stop() throws Exception {
    id.close();
    server.close();
  }

  @Test
  void clearedPropertiesAreSentAsNullAndUnsetOnesAreLeftOut() throws Exception {
    server.enqueueJson(200, PROFILE).enqueueJson(200, PROFILE);

    id.profile().update(ExplicitNulls.of(new ProfileUpdate().firstName("Ann")).clear("birth_date")
        .clear("mobile_phone"));
    id.profile().update(new ProfileUpdate().firstName("Ann"));

    Map<String, Object> expected = new HashMap<>();
    expected.put("first_name", "Ann");
    expected.put("birth_date", null);
    expected.put("mobile_phone", null);
    assertThat(OmneoJson.parse(server.take().getBody().readUtf8(), Object.class)).isEqualTo(expected);
    assertThat(server.take().getBody().readUtf8()).as("a plain model leaves unset properties out")
        .isEqualTo("{\"first_name\":\"Ann\"}");
  }

  @Test
  void aClearedPropertyWinsOverTheModelsValue() {
    server.enqueueJson(200, PROFILE);

    id.profile().update(ExplicitNulls.of(new ProfileUpdate().mobilePhone("0400")).clear("mobile_phone"));

    assertThat(server.take().getBody().readUtf8()).isEqualTo("{\"mobile_phone\":null}");
  }

  @Test
  void onlyNullablePropertiesMayBeClearedAndTheErrorNamesThem() {
    ExplicitNulls<ProfileUpdate> update = ExplicitNulls.of(new ProfileUpdate());

    assertThatThrownBy(() -> update.clear("first_name")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first_name cannot be sent as null in ProfileUpdate")
        .hasMessageContaining("birth_date");
    assertThatThrownBy(() -> update.clear("no_such_field")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_field");
    assertThat(update.cleared()).as("immutable").isEmpty();
  }

  @Test
  void everyKindOfProfileUpdateIsReportedAsUpdateMyProfile() {
    server.enqueueJson(200, PROFILE).enqueueJson(200, PROFILE).enqueueJson(200, PROFILE);
    Map<String, Object> fields = new HashMap<>();
    fields.put("title", null);

    id.profile().update(new ProfileUpdate().firstName("Ann"));
    id.profile().update(fields);
    id.profile().connection(42).update(ExplicitNulls.of(new ProfileUpdate()).clear("title"));

    assertThat(events.lines).extracting(line -> line.replaceAll(" in PT.*", "")).containsExactly(
        "started updateMyProfile (PUT /profiles/me)", "finished updateMyProfile (PUT /profiles/me) 200",
        "started updateMyProfile (PUT /profiles/me)", "finished updateMyProfile (PUT /profiles/me) 200",
        "started updateMyProfile (PUT /profiles/connection/42)",
        "finished updateMyProfile (PUT /profiles/connection/42) 200");
  }
}
