package io.github.omneoid.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.api.ProfileApi;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.ProfileEnvelope;
import java.util.Collections;
import java.util.Map;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

class PreparedCallsTest {

  private final MockWebServer server = new MockWebServer();
  private final Retrofit retrofit = new Retrofit.Builder().baseUrl(server.url("/id/api/v1/"))
      .addConverterFactory(MoshiConverterFactory.create(OmneoJson.moshi())).build();
  private final ProfileApi api = PreparedCalls.over(ProfileApi.class, retrofit.create(ProfileApi.class));

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void anOperationWithNothingToSendIsBuiltOnceAndItsRequestReused() {
    Request first = api.getMyProfile(Collections.emptyMap()).request();
    Request second = api.getMyProfile(Collections.emptyMap()).request();

    assertThat(second).isSameAs(first);
    assertThat(first.url().encodedPath()).isEqualTo("/id/api/v1/profiles/me");
    assertThat(first.url().query()).isNull();
    assertThat(first.tag(Invocation.class).method().getName()).as("the operation the listener names")
        .isEqualTo("getMyProfile");
  }

  @Test
  void argumentsStillGoThroughRetrofitEveryTime() {
    api.getMyProfile(Collections.emptyMap()).request();

    Request withInclude = api.getMyProfile(Map.of("include", "tier")).request();
    Request withOther = api.getMyProfile(Map.of("include", "stores")).request();

    assertThat(withInclude.url().queryParameter("include")).isEqualTo("tier");
    assertThat(withOther.url().queryParameter("include")).isEqualTo("stores");
    assertThat(api.getMyProfile(Collections.emptyMap()).request().url().query())
        .as("a call with arguments does not change the prepared request").isNull();
  }

  @Test
  void aNullArgumentIsRetrofitsToJudgeNotTheCache() {
    api.getMyProfile(Collections.emptyMap()).request();

    assertThatThrownBy(() -> api.getMyProfile(null).request()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Query map was null");
  }

  @Test
  void aPreparedCallRunThroughRetrofitSendsItsRequest() throws Exception {
    api.getMyProfile(Collections.emptyMap()).request();
    Call<ProfileEnvelope> prepared = api.getMyProfile(Collections.emptyMap());
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"data\":{\"id\":\"p-1\"}}"));

    assertThat(prepared.isExecuted()).isFalse();
    Response<ProfileEnvelope> response = prepared.execute();

    assertThat(response.body().getData().getId()).isEqualTo("p-1");
    assertThat(prepared.isExecuted()).isTrue();
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getPath()).isEqualTo("/id/api/v1/profiles/me");
    assertThat(prepared.clone().isExecuted()).as("a clone is a call of its own").isFalse();
  }

  @Test
  void objectMethodsAreTheProxysOwn() {
    ProfileApi other = PreparedCalls.over(ProfileApi.class, retrofit.create(ProfileApi.class));
    assertThat(api.equals(api)).isTrue();
    assertThat(api.equals(other)).isFalse();
    assertThat(api.hashCode()).isEqualTo(System.identityHashCode(api));
    assertThat(api.toString()).startsWith("PreparedCalls{");
  }
}
