package io.github.omneoid.client.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Moshi, streaming, with the two kinds of failure kept apart: one while reading is the network's (OkHttp reports a
 * cut body as {@code ProtocolException}, a stall as a timeout), one while parsing is the server's
 * ({@link UnreadableBody}) — an HTML page, JSON of the wrong shape or cut short, or no body at all.
 */
final class StrictJsonConverterFactory extends Converter.Factory {

  private final MoshiConverterFactory moshi;

  StrictJsonConverterFactory(Moshi moshi) {
    this.moshi = MoshiConverterFactory.create(moshi);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate = moshi.responseBodyConverter(type, annotations, retrofit);
    return body -> {
      try (ResponseBody closing = body) {
        if (closing.source().exhausted()) {
          throw new UnreadableBody("the response has no body where JSON was expected", null);
        }
        return delegate.convert(closing);
      } catch (JsonDataException | JsonEncodingException | EOFException e) {
        // EOFException here is Moshi's: the stream ended cleanly in the middle of the JSON.
        throw new UnreadableBody("the response is not JSON of the expected shape (" + e.getMessage() + ")", e);
      }
    };
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
