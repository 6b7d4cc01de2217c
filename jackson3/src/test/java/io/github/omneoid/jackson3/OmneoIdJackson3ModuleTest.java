package io.github.omneoid.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.omneoid.corpus.WireJsonContract;
import io.github.omneoid.json.SchemaDriftListener;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The module's promise ({@link WireJsonContract}) on Jackson 3. */
class OmneoIdJackson3ModuleTest extends WireJsonContract {

  @Override
  protected List<Mapper> hostileMappers(SchemaDriftListener drift) {
    return List.of(
        mapper(JsonMapper.builder()
            .addModule(new OmneoIdJackson3Module(drift))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()),
        mapper(JsonMapper.builder()
            .addModule(new OmneoIdJackson3Module(drift))
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.ALWAYS))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()));
  }

  @Override
  protected Mapper serviceLoaded() {
    return mapper(JsonMapper.builder().findAndAddModules()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
  }

  @Override
  protected Class<? extends Exception> readError() {
    return DatabindException.class;
  }

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(OmneoIdJackson3Module.class);
  }

  private static Mapper mapper(ObjectMapper mapper) {
    return new Mapper() {
      @Override
      public Object read(String json, Type type) {
        return mapper.readValue(json, mapper.constructType(type));
      }

      @Override
      public String write(Object value) {
        return mapper.writeValueAsString(value);
      }

      @Override
      public String writeThroughTree(Object value) {
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
