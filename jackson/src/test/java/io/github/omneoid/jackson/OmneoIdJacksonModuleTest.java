package io.github.omneoid.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.omneoid.corpus.WireJsonContract;
import io.github.omneoid.json.SchemaDriftListener;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's promise ({@link WireJsonContract}) on Jackson 2. */
class OmneoIdJacksonModuleTest extends WireJsonContract {

  @Override
  protected List<Mapper> hostileMappers(SchemaDriftListener drift) {
    return List.of(
        mapper(JsonMapper.builder()
            .addModule(new OmneoIdJacksonModule(drift))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()),
        mapper(JsonMapper.builder()
            .addModule(new OmneoIdJacksonModule(drift))
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()));
  }

  @Override
  protected Mapper serviceLoaded() {
    return mapper(new ObjectMapper().findAndRegisterModules()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }

  @Override
  protected Class<? extends Exception> readError() {
    return JsonMappingException.class;
  }

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(OmneoIdJacksonModule.class);
  }

  private static Mapper mapper(ObjectMapper mapper) {
    return new Mapper() {
      @Override
      public Object read(String json, Type type) throws Exception {
        return mapper.readValue(json, mapper.constructType(type));
      }

      @Override
      public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
      }

      @Override
      public String writeThroughTree(Object value) throws Exception {
        return mapper.writeValueAsString(mapper.valueToTree(value));
      }

      @Override
      public boolean treeHasObjectAt(Object value, String property) {
        return mapper.valueToTree(value).get(property).isObject();
      }

      @Override
      public <T> T convert(Object value, Class<T> type) {
        return mapper.convertValue(value, type);
      }
    };
  }
}
