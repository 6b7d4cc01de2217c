package io.github.omneoid.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.omneoid.corpus.ConformanceBodies;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftException;
import io.github.omneoid.json.SchemaDriftListener;
import io.github.omneoid.model.Gender;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileEnvelope;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module's promise: with it, any mapper reads the API's JSON into the models as {@code OmneoJson} does and writes
 * them as the API's wire JSON, whatever the mapper's settings.
 */
class OmneoIdJacksonModuleTest {

  /** Mappers whose settings would each break a model read or written as a Java bean, drift going to {@code drift}. */
  static Map<String, ObjectMapper> hostileMappers(SchemaDriftListener drift) {
    return Map.of(
        "snake_case, NON_NULL, FAIL_ON_UNKNOWN_PROPERTIES", JsonMapper.builder()
            .addModule(new OmneoIdJacksonModule(drift))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build(),
        "UpperCamelCase, ALWAYS, FAIL_ON_NULL_FOR_PRIMITIVES, indented", JsonMapper.builder()
            .addModule(new OmneoIdJacksonModule(drift))
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build());
  }

  /** Compares JSON trees with every number as written. */
  private static final ObjectMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final String PROFILE = "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Harriet\",\"title\":null,"
      + "\"gender\":\"female\",\"loyalty_nickname\":\"Hattie\",\"tags\":[]}}";

  @TestFactory
  Stream<DynamicTest> everyCorpusBodyReadsAndWritesAsOmneoJsonDoes() {
    Map<String, ObjectMapper> mappers = new LinkedHashMap<>(hostileMappers(SchemaDriftListener.strict()));
    mappers.put("found by findAndRegisterModules",
        new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    List<DynamicTest> tests = new ArrayList<>();
    ConformanceBodies.all().forEach((operationId, body) -> mappers.forEach((settings, mapper) ->
        tests.add(DynamicTest.dynamicTest(operationId + " (" + settings + ")", () -> {
          Type type = body.getKey();
          Object expected = OmneoJson.parse(body.getValue(), type, SchemaDriftListener.strict());
          Object read = mapper.readValue(body.getValue(), mapper.constructType(type));
          assertThat(read).isEqualTo(expected);
          assertThat(tree(mapper.writeValueAsString(read))).isEqualTo(tree(OmneoJson.toJson(expected, type)));
        }))));
    assertThat(tests).hasSizeGreaterThan(100);
    return tests.stream();
  }

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(OmneoIdJacksonModule.class);
  }

  @Test
  void openEnumsKeepTheirWireValueAndAnUnknownOneIsReported() throws Exception {
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();
    for (ObjectMapper mapper : hostileMappers(drift::add).values()) {
      Profile known = mapper.readValue(PROFILE, ProfileEnvelope.class).getData();
      assertThat(drift).isEmpty();
      Profile unknown = mapper.readValue(PROFILE.replace("female", "nonbinary-2027"), ProfileEnvelope.class)
          .getData();
      assertThat(drift).singleElement().satisfies(d -> {
        assertThat(d.model()).isEqualTo("Profile");
        assertThat(d.field()).isEqualTo("gender");
      });
      drift.clear();
      assertThat(known.getGender()).isSameAs(Gender.FEMALE);
      assertThat(unknown.getGender().value()).isEqualTo("nonbinary-2027");
      assertThat(tree(mapper.writeValueAsString(known)).get("gender").asText()).isEqualTo("female");
      assertThat(tree(mapper.writeValueAsString(unknown)).get("gender").asText()).isEqualTo("nonbinary-2027");
      assertThat(mapper.writeValueAsString(Gender.FEMALE)).isEqualTo("\"female\"");
      assertThat(mapper.readValue("\"withheld\"", Gender.class)).isSameAs(Gender.WITHHELD);
    }
  }

  @Test
  void unknownPropertiesSurviveARoundTripAndNullsStayOut() throws Exception {
    for (ObjectMapper mapper : hostileMappers(SchemaDriftListener.strict()).values()) {
      Profile profile = mapper.readValue(PROFILE, ProfileEnvelope.class).getData();
      assertThat(profile.getFirstName()).isEqualTo("Harriet");
      assertThat(OmneoJson.raw(profile, "loyalty_nickname")).contains("Hattie");
      JsonNode written = tree(mapper.writeValueAsString(profile));
      assertThat(written.get("loyalty_nickname").asText()).isEqualTo("Hattie");
      assertThat(written.get("first_name").asText()).isEqualTo("Harriet");
      assertThat(written.has("firstName") || written.has("FirstName") || written.has("title")).isFalse();
    }
  }

  @Test
  void driftGoesToTheModulesListenerAndStrictDriftIsAJacksonError() throws Exception {
    String drifting = PROFILE.replace("\"Harriet\"", "{\"given\":\"Harriet\"}");
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();
    ObjectMapper tolerant = JsonMapper.builder().addModule(new OmneoIdJacksonModule(drift::add)).build();
    Profile profile = tolerant.readValue(drifting, ProfileEnvelope.class).getData();
    assertThat(profile.getFirstName()).isNull();
    assertThat(drift).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("first_name"));
    assertThat(tree(tolerant.writeValueAsString(profile)).get("first_name").get("given").asText())
        .isEqualTo("Harriet");

    ObjectMapper strict = JsonMapper.builder().addModule(new OmneoIdJacksonModule(SchemaDriftListener.strict()))
        .build();
    assertThatThrownBy(() -> strict.readValue(drifting, ProfileEnvelope.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(SchemaDriftException.class)
        .hasMessageContaining("first_name");
  }

  @Test
  void aModelInsideTheUsersOwnTypesIsWireJsonThere() throws Exception {
    ObjectMapper mapper = hostileMappers(SchemaDriftListener.strict()).get(
        "snake_case, NON_NULL, FAIL_ON_UNKNOWN_PROPERTIES");
    Profile profile = mapper.readValue(PROFILE, ProfileEnvelope.class).getData();
    Order order = new Order();
    order.orderNumber = "A-1";
    order.customerProfile = profile;
    String json = mapper.writeValueAsString(order);
    JsonNode tree = tree(json);
    assertThat(tree.get("order_number").asText()).isEqualTo("A-1");
    assertThat(tree.get("customer_profile")).isEqualTo(tree(OmneoJson.toJson(profile, Profile.class)));
    assertThat(mapper.readValue(json, Order.class).customerProfile).isEqualTo(profile);
    // valueToTree writes into a token buffer, not text: the model's tokens are copied there.
    assertThat(mapper.valueToTree(order).get("customer_profile"))
        .isEqualTo(tree(OmneoJson.toJson(profile, Profile.class)));
    assertThat(mapper.convertValue(order, Order.class).customerProfile).isEqualTo(profile);
  }

  @Test
  void numbersKeepEveryDigitAlsoThroughACopyingGenerator() throws Exception {
    ObjectMapper indented = hostileMappers(SchemaDriftListener.strict()).get(
        "UpperCamelCase, ALWAYS, FAIL_ON_NULL_FOR_PRIMITIVES, indented");
    ObjectMapper plain = JsonMapper.builder().addModule(new OmneoIdJacksonModule(SchemaDriftListener.strict()))
        .build();
    for (Map.Entry<Type, String> body : ConformanceBodies.all().values()) {
      Object read = plain.readValue(body.getValue(), plain.constructType(body.getKey()));
      String wire = OmneoJson.toJson(read, body.getKey());
      assertThat(plain.writeValueAsString(read)).isEqualTo(wire);
      assertThat(TREES.writeValueAsString(tree(indented.writeValueAsString(read))))
          .isEqualTo(TREES.writeValueAsString(tree(wire)));
    }
  }

  /** A type of the user's, written by Jackson as a bean. */
  static final class Order {
    public String orderNumber;
    public Profile customerProfile;
  }

  private static JsonNode tree(String json) throws Exception {
    return TREES.readTree(json);
  }
}
