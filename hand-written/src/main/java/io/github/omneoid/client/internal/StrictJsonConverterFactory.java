package io.github.omneoid.client.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDriftException;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The tolerant reader ({@link OmneoJson#read}), streaming, with the two kinds of failure kept apart: one while
 * reading is the network's (OkHttp reports a cut body as {@code ProtocolException}, a stall as a timeout), one while
 * parsing is the server's ({@link UnreadableBody}) — an HTML page, JSON cut short or of a shape nothing can read,
 * no body at all, or schema drift in strict mode.
 */
final class StrictJsonConverterFactory extends Converter.Factory {

  private static final ByteString UTF8_BOM = ByteString.decodeHex("EFBBBF");

  private final MoshiConverterFactory moshi;
  private final SchemaDriftListener driftListener;

  StrictJsonConverterFactory(Moshi moshi, SchemaDriftListener driftListener) {
    this.moshi = MoshiConverterFactory.create(moshi);
    this.driftListener = driftListener;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return body -> read(body, type, driftListener);
  }

  /**
   * Reads a whole JSON body as {@code type} with the tolerant reader, streaming, and closes it.
   *
   * @throws UnreadableBody when there is no body, or it is not JSON of a shape the reader can take
   * @throws IOException when reading from the network fails
   */
  static Object read(ResponseBody body, Type type, SchemaDriftListener driftListener) throws IOException {
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      if (source.exhausted()) {
        throw new UnreadableBody("the response has no body where JSON was expected", null);
      }
      if (source.rangeEquals(0, UTF8_BOM)) {
        source.skip(UTF8_BOM.size());
      }
      JsonReader reader = JsonReader.of(source);
      Object value = OmneoJson.read(reader, type, driftListener);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return value;
    } catch (JsonDataException | JsonEncodingException | EOFException | SchemaDriftException e) {
      // EOFException here is Moshi's: the stream ended cleanly in the middle of the JSON.
      throw new UnreadableBody("the response is not JSON of the expected shape (" + e.getMessage() + ")", e);
    } catch (UnreadableBody e) {
      throw e;
    } catch (RuntimeException e) {
      // Whatever else a read of the server's bytes throws is still the server's doing, never a raw exception.
      throw new UnreadableBody("the response could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Path, query and header values: a lone surrogate would be sent as {@code ?}, so it is refused. */
  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return value -> RequestGuard.requireWellFormed(String.valueOf(value), "a path or query value");
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    return moshi.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  /** Thrown through Retrofit; {@link Transport} adds the request and rethrows it as the public exception. */
  static final class UnreadableBody extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableBody(String message, Exception cause) {
      super(message, cause);
    }
  }
}
