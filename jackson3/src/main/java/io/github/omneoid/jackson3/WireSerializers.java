package io.github.omneoid.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/** Finds a serializer for every model type by its class: no list of models to keep. */
final class WireSerializers extends Serializers.Base {

  private final WireFormat wire;

  WireSerializers(WireFormat wire) {
    this.wire = wire;
  }

  @Override
  public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
    return WireFormat.handles(type.getRawClass()) ? new WireSerializer(wire) : null;
  }

  /** Writes any model type. */
  private static final class WireSerializer extends StdSerializer<Object> {
    private final transient WireFormat wire;

    WireSerializer(WireFormat wire) {
      super(Object.class);
      this.wire = wire;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      wire.write(value, generator);
    }
  }
}
