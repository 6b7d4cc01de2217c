package io.github.omneoid.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftException;
import io.github.omneoid.json.SchemaDriftListener;
import io.github.omneoid.model.Gender;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileEnvelope;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import okio.Buffer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What a Jackson module of this project promises, for Jackson 2 and Jackson 3 alike: with it, any mapper reads the
 * API's JSON into the models as {@code OmneoJson} does and writes them as the API's wire JSON, whatever the mapper's
 * settings. Each module's test says how to build its mappers.
 */
public abstract class WireJsonContract {

  /** A mapper under test, seen through what the contract needs. */
  protected interface Mapper {
    /** @return the JSON read into {@code type} */
    Object read(String json, Type type) throws Exception;

    /** @return the value written as JSON text */
    String write(Object value) throws Exception;

    /** @return the value written into the mapper's tree model (a token buffer, not text), then as text */
    String writeThroughTree(Object value) throws Exception;

    /** @return whether the value's tree model holds an object node (not an embedded raw value) at {@code property} */
    boolean treeHasObjectAt(Object value, String property) throws Exception;

    /** @return the value converted to {@code type} through a token buffer */
    <T> T convert(Object value, Class<T> type) throws Exception;
  }

  /**
   * @param drift where the module reports drift
   * @return mappers whose settings would each break a model read or written as a Java bean: snake_case naming,
   *     NON_NULL inclusion, FAIL_ON_UNKNOWN_PROPERTIES (the first); UpperCamelCase, ALWAYS, indented output (so the
   *     module copies tokens rather than text)
   */
  protected abstract List<Mapper> hostileMappers(SchemaDriftListener drift);

  /** @return a mapper with default settings that found the module through the service loader */
  protected abstract Mapper serviceLoaded();

  /** @return Jackson's error type for a value the module could not read */
  protected abstract Class<? extends Exception> readError();

  private static final String PROFILE = "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Harriet\",\"title\":null,"
      + "\"gender\":\"female\",\"loyalty_nickname\":\"Hattie\",\"tags\":[]}}";

  @TestFactory
  Stream<DynamicTest> everyCorpusBodyReadsAndWritesAsOmneoJsonDoes() {
    List<Mapper> mappers = new ArrayList<>(hostileMappers(SchemaDriftListener.strict()));
    mappers.add(serviceLoaded());
    List<DynamicTest> tests = new ArrayList<>();
    ConformanceBodies.all().forEach((operationId, body) -> {
      for (int i = 0; i < mappers.size(); i++) {
        Mapper mapper = mappers.get(i);
        tests.add(DynamicTest.dynamicTest(operationId + " (mapper " + i + ")", () -> {
          Type type = body.getKey();
          Object expected = OmneoJson.parse(body.getValue(), type, SchemaDriftListener.strict());
          Object read = mapper.read(body.getValue(), type);
          assertThat(read).isEqualTo(expected);
          assertThat(tree(mapper.write(read))).isEqualTo(tree(OmneoJson.toJson(expected, type)));
        }));
      }
    });
    assertThat(tests).hasSizeGreaterThan(100);
    return tests.stream();
  }

  @Test
  void openEnumsKeepTheirWireValueAndAnUnknownOneIsReported() throws Exception {
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();
    for (Mapper mapper : hostileMappers(drift::add)) {
      Profile known = ((ProfileEnvelope) mapper.read(PROFILE, ProfileEnvelope.class)).getData();
      assertThat(drift).isEmpty();
      Profile unknown = ((ProfileEnvelope) mapper.read(PROFILE.replace("female", "nonbinary-2027"),
          ProfileEnvelope.class)).getData();
      assertThat(drift).singleElement().satisfies(d -> {
        assertThat(d.model()).isEqualTo("Profile");
        assertThat(d.field()).isEqualTo("gender");
      });
      drift.clear();
      assertThat(known.getGender()).isSameAs(Gender.FEMALE);
      assertThat(unknown.getGender().value()).isEqualTo("nonbinary-2027");
      assertThat(property(mapper.write(known), "gender")).isEqualTo("female");
      assertThat(property(mapper.write(unknown), "gender")).isEqualTo("nonbinary-2027");
      assertThat(mapper.write(Gender.FEMALE)).isEqualTo("\"female\"");
      assertThat(mapper.read("\"withheld\"", Gender.class)).isSameAs(Gender.WITHHELD);
    }
  }

  @Test
  void unknownPropertiesSurviveARoundTripAndNullsStayOut() throws Exception {
    for (Mapper mapper : hostileMappers(SchemaDriftListener.strict())) {
      Profile profile = ((ProfileEnvelope) mapper.read(PROFILE, ProfileEnvelope.class)).getData();
      assertThat(profile.getFirstName()).isEqualTo("Harriet");
      assertThat(OmneoJson.raw(profile, "loyalty_nickname")).contains("Hattie");
      @SuppressWarnings("unchecked")
      Map<String, Object> written = (Map<String, Object>) tree(mapper.write(profile));
      assertThat(written.get("loyalty_nickname")).isEqualTo("Hattie");
      assertThat(written.get("first_name")).isEqualTo("Harriet");
      assertThat(written).doesNotContainKeys("firstName", "FirstName", "title");
    }
  }

  @Test
  void driftGoesToTheModulesListenerAndStrictDriftIsAJacksonError() throws Exception {
    String drifting = PROFILE.replace("\"Harriet\"", "{\"given\":\"Harriet\"}");
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();
    Mapper tolerant = hostileMappers(drift::add).get(0);
    Profile profile = ((ProfileEnvelope) tolerant.read(drifting, ProfileEnvelope.class)).getData();
    assertThat(profile.getFirstName()).isNull();
    assertThat(drift).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("first_name"));
    assertThat(property(tolerant.write(profile), "first_name")).isEqualTo(Map.of("given", "Harriet"));

    Mapper strict = hostileMappers(SchemaDriftListener.strict()).get(0);
    assertThatThrownBy(() -> strict.read(drifting, ProfileEnvelope.class))
        .isInstanceOf(readError())
        .hasCauseInstanceOf(SchemaDriftException.class)
        .hasMessageContaining("first_name");
  }

  @Test
  void aModelInsideTheUsersOwnTypesIsWireJsonThere() throws Exception {
    Mapper snakeCase = hostileMappers(SchemaDriftListener.strict()).get(0);
    Profile profile = ((ProfileEnvelope) snakeCase.read(PROFILE, ProfileEnvelope.class)).getData();
    Order order = new Order();
    order.orderNumber = "A-1";
    order.customerProfile = profile;
    Object wire = tree(OmneoJson.toJson(profile, Profile.class));
    String json = snakeCase.write(order);
    assertThat(property(json, "order_number")).isEqualTo("A-1");
    assertThat(property(json, "customer_profile")).isEqualTo(wire);
    assertThat(((Order) snakeCase.read(json, Order.class)).customerProfile).isEqualTo(profile);
    assertThat(property(snakeCase.writeThroughTree(order), "customer_profile")).isEqualTo(wire);
    assertThat(snakeCase.treeHasObjectAt(order, "customer_profile")).isTrue();
    assertThat(snakeCase.convert(order, Order.class).customerProfile).isEqualTo(profile);
  }

  @Test
  void numbersKeepEveryDigitWhetherWrittenAsTextOrCopiedAsTokens() throws Exception {
    for (Mapper mapper : hostileMappers(SchemaDriftListener.strict())) {
      for (Map.Entry<Type, String> body : ConformanceBodies.all().values()) {
        Object read = mapper.read(body.getValue(), body.getKey());
        assertThat(tree(mapper.write(read))).isEqualTo(tree(OmneoJson.toJson(read, body.getKey())));
      }
    }
  }

  /** A type of the user's, written by Jackson as a bean. */
  public static final class Order {
    /** Written by the mapper's naming strategy. */
    public String orderNumber;
    /** Written as the API's JSON. */
    public Profile customerProfile;
  }

  private static Object property(String json, String name) throws IOException {
    return ((Map<?, ?>) tree(json)).get(name);
  }

  /**
   * The JSON as maps (key order ignored), lists, strings, booleans, nulls and numbers as the {@link BigDecimal} of
   * their literal, so {@code 240.00} and {@code 240.0} differ.
   */
  protected static Object tree(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    Object tree = read(reader);
    assertThat(reader.peek()).isEqualTo(JsonReader.Token.END_DOCUMENT);
    return tree;
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new HashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        return reader.nextString();
    }
  }
}
