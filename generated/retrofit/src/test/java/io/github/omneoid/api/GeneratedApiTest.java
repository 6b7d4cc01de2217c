package io.github.omneoid.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.LocationPage;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileUpdate;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** The generated Retrofit interfaces, used bare (as a service importing only this artifact would). */
class GeneratedApiTest {

  private final MockWebServer server = new MockWebServer();
  private Retrofit retrofit;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getLoopbackAddress(), 0);
    retrofit = new Retrofit.Builder().baseUrl(server.url("/id/api/v1/"))
        .addConverterFactory(MoshiConverterFactory.create(OmneoJson.moshi())).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void queryMapsSendLiteralBracketKeys() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"data\":[{\"id\":7,\"name\":\"Melbourne Central\"}],"
        + "\"meta\":{\"current_page\":1,\"last_page\":3,\"per_page\":2,\"total\":6}}"));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("filter[is_published]", "1");
    params.put("filter[is_permanently_closed]", "0");
    params.put("page[size]", "2");

    LocationPage page = retrofit.create(LocationsApi.class).listLocations(params).execute().body();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/id/api/v1/locations");
    assertThat(request.getRequestUrl().queryParameter("filter[is_published]")).isEqualTo("1");
    assertThat(request.getRequestUrl().queryParameter("filter[is_permanently_closed]")).isEqualTo("0");
    assertThat(request.getRequestUrl().queryParameter("page[size]")).isEqualTo("2");
    assertThat(request.getRequestUrl().queryParameterNames()).doesNotContain("params");
    assertThat(page.getMeta().getTotal()).isEqualTo(6);
  }

  @Test
  void bodiesAreMoshiJsonWithoutNulls() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"data\":{\"id\":\"p-1\",\"first_name\":\"Bo\"}}"));

    Profile updated = retrofit.create(ProfileApi.class).updateMyProfile(new ProfileUpdate().firstName("Bo"))
        .execute().body().getData();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getPath()).isEqualTo("/id/api/v1/profiles/me");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"first_name\":\"Bo\"}");
    assertThat(updated.getFirstName()).isEqualTo("Bo");
  }
}
