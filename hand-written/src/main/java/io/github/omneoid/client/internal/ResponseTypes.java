package io.github.omneoid.client.internal;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Request;
import retrofit2.Invocation;

/** The body type a generated operation answers: the {@code T} of its {@code Call<T>}, found once per method. */
final class ResponseTypes {

  private static final ConcurrentMap<Method, Type> TYPES = new ConcurrentHashMap<>();

  private ResponseTypes() {
  }

  /** @param request built by Retrofit, which tags it with the {@link Invocation} of the interface method */
  static Type of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalStateException("not a request of a generated interface: " + request.method() + " "
          + request.url().encodedPath());
    }
    return TYPES.computeIfAbsent(invocation.method(),
        method -> ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0]);
  }
}
