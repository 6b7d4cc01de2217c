package io.github.omneoid.jackson3;

import com.squareup.moshi.JsonDataException;
import io.github.omneoid.json.SchemaDriftException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Finds a deserializer for every model type by its class: no list of models to keep. */
final class WireDeserializers extends Deserializers.Base {

  private final WireFormat wire;

  WireDeserializers(WireFormat wire) {
    this.wire = wire;
  }

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef) {
    return WireFormat.handles(type.getRawClass()) ? new WireDeserializer(type.getRawClass(), wire) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return WireFormat.handles(valueType);
  }

  /** One model type's deserializer. */
  private static final class WireDeserializer extends StdDeserializer<Object> {
    private final transient WireFormat wire;

    WireDeserializer(Class<?> type, WireFormat wire) {
      super(type);
      this.wire = wire;
    }

    /** OmneoJson's own errors (strict drift, JSON Moshi cannot read) become Jackson's, which frameworks map to 400. */
    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return wire.read(parser, handledType());
      } catch (SchemaDriftException | JsonDataException e) {
        throw DatabindException.from(parser, handledType().getSimpleName() + ": " + e.getMessage(), e);
      }
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }
}
