package example.omneo.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.Gender;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileEnvelope;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import io.github.omneoid.spring.boot.test.AutoConfigureOmneoIdSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application on the embedded sandbox ({@code @AutoConfigureOmneoIdSandbox}): its controller returns and accepts
 * the models as the API's wire JSON — exactly what the client's own reader and writer make of it — Boot's {@code RestClient} reads the API's JSON into a model, and the
 * starter's meters are in the actuator after a call. Written once, run on Boot 3 (Jackson 2) and Boot 4 (Jackson 3).
 */
@SpringBootTest
@AutoConfigureOmneoIdSandbox
class ProfileApplicationTest {

  /**
   * A profile in the API's JSON: an open enum value, a number as the API's string, a property the spec does not
   * know. (A value the spec's enum does not list is schema drift, which this build's suites read strictly.)
   */
  private static final String API_PROFILE = "{\"id\":\"4b1f8a7e-0000-4000-8000-000000000001\",\"first_name\":\"Jane\","
      + "\"last_name\":\"Citizen\",\"email\":\"jane@example.com\",\"gender\":\"female\",\"birth_year\":\"1988\","
      + "\"favourite_colour\":\"teal\"}";

  @Autowired
  private WebApplicationContext application;
  @Autowired
  private OmneoIdSandbox sandbox;
  @Autowired
  private RestClient.Builder restClients;

  private MockMvc mvc;
  private String janeId;

  @BeforeEach
  void seedJane() {
    mvc = MockMvcBuilders.webAppContextSetup(application).build();
    sandbox.reset();
    janeId = (String) sandbox.seedProfile(ProfileSeed.withEmail("jane@example.com").firstName("Jane")
        .lastName("Citizen").field("gender", "female")).get("id");
  }

  @Test
  void theControllerReturnsTheProfileAsTheClientWritesIt() throws Exception {
    Object data = JsonPath.parse(apiGet("/profiles/me", sandbox.mintToken(janeId))).read("$.data");
    String apiJson = Configuration.defaultConfiguration().jsonProvider().toJson(data);

    mvc.perform(get("/customers/" + janeId)).andExpect(status().isOk())
        .andExpect(content().json(asTheClientWritesIt(apiJson), JsonCompareMode.STRICT))
        .andExpect(jsonPath("$.first_name").value("Jane"))
        .andExpect(jsonPath("$.gender").value("female"))
        .andExpect(jsonPath("$.firstName").doesNotExist());
  }

  @Test
  void aRequestBodyInTheApisJsonIsReadWhole() throws Exception {
    mvc.perform(post("/profiles/echo").contentType(MediaType.APPLICATION_JSON).content(API_PROFILE))
        .andExpect(status().isOk())
        .andExpect(content().json(asTheClientWritesIt(API_PROFILE), JsonCompareMode.STRICT))
        .andExpect(jsonPath("$.favourite_colour").value("teal"))
        .andExpect(jsonPath("$.gender").value("female"));
    mvc.perform(post("/profiles/greeting").contentType(MediaType.APPLICATION_JSON).content(API_PROFILE))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"greeting\":\"Hello Jane\",\"gender\":\"female\",\"genderKnown\":true}",
            JsonCompareMode.STRICT));
  }

  @Test
  void bootsRestClientReadsTheApisJsonIntoAModel() {
    Profile jane = restClients.baseUrl(sandbox.baseUrl()).build().get().uri("/profiles/me")
        .header("Authorization", "Bearer " + sandbox.mintToken(janeId))
        .retrieve().body(ProfileEnvelope.class).getData();
    assertThat(jane.getId()).isEqualTo(janeId);
    assertThat(jane.getFirstName()).isEqualTo("Jane");
    assertThat(jane.getGender()).isEqualTo(Gender.FEMALE);
  }

  @Test
  void theActuatorShowsTheCallsWithoutAnIdOrAToken() throws Exception {
    double before = getMyProfileCalls();
    mvc.perform(get("/customers/" + janeId)).andExpect(status().isOk());
    assertThat(getMyProfileCalls()).isEqualTo(before + 1);

    String calls = metric("omneo.id.calls");
    assertThat(calls).contains("requestAuthToken", "getMyProfile", "200").doesNotContain(janeId,
        sandbox.adminToken(), "/profiles");
    assertThat(metric("omneo.id.token.refreshes")).contains("success").doesNotContain(janeId);
  }

  private double getMyProfileCalls() throws Exception {
    String answer = mvc.perform(get("/actuator/metrics/omneo.id.calls").param("tag", "operation:getMyProfile"))
        .andReturn().getResponse().getContentAsString();
    // 404 before the first call: the timer does not exist yet.
    return answer.isEmpty() ? 0 : ((Number) JsonPath.read(answer, "$.measurements[0].value")).doubleValue();
  }

  private String metric(String name) throws Exception {
    return mvc.perform(get("/actuator/metrics/" + name)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  /** The oracle: what the client's own reader and writer (Moshi, OmneoJson) make of the API's JSON. */
  private static String asTheClientWritesIt(String apiJson) throws Exception {
    return OmneoJson.toJson(OmneoJson.parse(apiJson, Profile.class), Profile.class);
  }

  /** The API's own answer, as bytes off the wire (no Jackson, no model). */
  private String apiGet(String path, String token) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Authorization", "Bearer " + token)
            .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
