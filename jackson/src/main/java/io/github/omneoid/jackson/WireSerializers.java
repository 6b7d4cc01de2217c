package io.github.omneoid.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Finds a serializer for every model type by its class: no list of models to keep. */
final class WireSerializers extends Serializers.Base {

  private final WireFormat wire;

  WireSerializers(WireFormat wire) {
    this.wire = wire;
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription beanDesc) {
    return WireFormat.handles(type.getRawClass()) ? new WireSerializer(wire) : null;
  }

  /** Writes any model type. */
  private static final class WireSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient WireFormat wire;

    WireSerializer(WireFormat wire) {
      super(Object.class);
      this.wire = wire;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      wire.write(value, generator);
    }
  }
}
