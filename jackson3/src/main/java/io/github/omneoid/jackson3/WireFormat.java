package io.github.omneoid.jackson3;

import com.squareup.moshi.JsonReader;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.OmneoModel;
import io.github.omneoid.json.OpenEnum;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;

/**
 * The bridge between Jackson's token streams and OmneoJson: a value is read by copying its tokens (numbers digit for
 * digit) into a buffer that Moshi reads, and written from Moshi's JSON.
 */
final class WireFormat {

  /** Jackson's defaults, not the user's mapper's: the buffer in between is plain JSON. */
  private static final JsonFactory JSON = new JsonFactory();

  private final @Nullable SchemaDriftListener listener;

  /** @param listener where drift goes; null for {@link SchemaDriftListener#defaultListener()} at each read */
  WireFormat(@Nullable SchemaDriftListener listener) {
    this.listener = listener;
  }

  /** @return whether the class is a generated model or open enum, which this module reads and writes */
  static boolean handles(Class<?> type) {
    return (OmneoModel.class.isAssignableFrom(type) || OpenEnum.class.isAssignableFrom(type))
        && !Modifier.isAbstract(type.getModifiers());
  }

  /** Reads the value at the parser's current token (a whole object, also when only its first name is current). */
  Object read(JsonParser parser, Class<?> type) {
    Buffer buffer = new Buffer();
    try (JsonGenerator copy = JSON.createGenerator(ObjectWriteContext.empty(), buffer.outputStream())) {
      if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
        copy.writeStartObject();
        do {
          copy.copyCurrentStructureExact(parser);
        } while (parser.nextToken() == JsonToken.PROPERTY_NAME);
        copy.writeEndObject();
      } else {
        copy.copyCurrentStructureExact(parser);
      }
    }
    SchemaDriftListener drift = listener != null ? listener : SchemaDriftListener.defaultListener();
    try {
      return OmneoJson.read(JsonReader.of(buffer), type, drift);
    } catch (IOException e) {
      // Jackson has already read the tokens as JSON, so Moshi cannot meet malformed text here.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the value as OmneoJson does. A plain JSON generator takes Moshi's text as it is; any other (a token
   * buffer behind {@code valueToTree}, a filtering or pretty-printing generator, another data format) is given its
   * tokens.
   */
  void write(Object value, JsonGenerator generator) {
    String json = OmneoJson.toJson(value, value.getClass());
    if (generator instanceof JsonGeneratorBase && generator.getPrettyPrinter() == null) {
      generator.writeRawValue(json);
      return;
    }
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      generator.copyCurrentStructureExact(parser);
    }
  }
}
