package io.github.omneoid.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.squareup.moshi.JsonDataException;
import io.github.omneoid.json.SchemaDriftException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Finds a deserializer for every model type by its class: no list of models to keep. */
final class WireDeserializers extends Deserializers.Base {

  private final WireFormat wire;

  WireDeserializers(WireFormat wire) {
    this.wire = wire;
  }

  @Override
  public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription beanDesc) {
    return WireFormat.handles(type.getRawClass()) ? new WireDeserializer(type.getRawClass(), wire) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return WireFormat.handles(valueType);
  }

  /** One model type's deserializer. */
  private static final class WireDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient WireFormat wire;

    WireDeserializer(Class<?> type, WireFormat wire) {
      super(type);
      this.wire = wire;
    }

    /** OmneoJson's own errors (strict drift, JSON Moshi cannot read) become Jackson's, which frameworks map to 400. */
    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return wire.read(parser, handledType());
      } catch (SchemaDriftException | JsonDataException e) {
        throw JsonMappingException.from(parser, handledType().getSimpleName() + ": " + e.getMessage(), e);
      }
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }
}
