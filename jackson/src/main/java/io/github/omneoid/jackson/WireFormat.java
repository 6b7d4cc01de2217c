package io.github.omneoid.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.squareup.moshi.JsonReader;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.OmneoModel;
import io.github.omneoid.json.OpenEnum;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.IOException;
import java.lang.reflect.Modifier;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

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
  Object read(JsonParser parser, Class<?> type) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonGenerator copy = JSON.createGenerator(buffer.outputStream())) {
      if (parser.currentToken() == JsonToken.FIELD_NAME) {
        copy.writeStartObject();
        do {
          copy.copyCurrentStructureExact(parser);
        } while (parser.nextToken() == JsonToken.FIELD_NAME);
        copy.writeEndObject();
      } else {
        copy.copyCurrentStructureExact(parser);
      }
    }
    SchemaDriftListener drift = listener != null ? listener : SchemaDriftListener.defaultListener();
    return OmneoJson.read(JsonReader.of(buffer), type, drift);
  }

  /**
   * Writes the value as OmneoJson does. A plain JSON generator takes Moshi's text as it is; any other (a token
   * buffer behind {@code valueToTree}, a filtering or pretty-printing generator, another data format) is given its
   * tokens.
   */
  void write(Object value, JsonGenerator generator) throws IOException {
    String json = OmneoJson.toJson(value, value.getClass());
    if (generator instanceof JsonGeneratorImpl && generator.getPrettyPrinter() == null) {
      generator.writeRawValue(json);
      return;
    }
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      generator.copyCurrentStructureExact(parser);
    }
  }
}
