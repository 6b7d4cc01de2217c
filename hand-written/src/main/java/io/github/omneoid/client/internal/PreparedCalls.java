package io.github.omneoid.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A generated interface as the resources use it: Retrofit's, except that an operation called with nothing to put in
 * the request — every argument an empty query map or list, as {@code id.profile().get()} calls it — builds the same
 * request every time, so Retrofit builds it once per operation and later calls reuse it (an OkHttp {@link Request}
 * is immutable). Retrofit's own request building (path resolution, URL parsing, tags) is most of what a call of this
 * library costs beyond raw OkHttp on a small response. A call with any argument present, or absent as {@code null}
 * (to which Retrofit may object), goes to Retrofit as before.
 */
final class PreparedCalls implements InvocationHandler {

  private final Object retrofitApi;
  private final ConcurrentMap<Method, Request> prepared = new ConcurrentHashMap<>();

  private PreparedCalls(Object retrofitApi) {
    this.retrofitApi = retrofitApi;
  }

  /** @return {@code service} over {@code retrofitApi} (Retrofit's implementation of it) */
  static <S> S over(Class<S> service, S retrofitApi) {
    return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
        new PreparedCalls(retrofitApi)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    if (!nothingToSend(args)) {
      return retrofit(method, args);
    }
    Request request = prepared.get(method);
    if (request != null) {
      return new Prepared<>(request, method, args);
    }
    Call<?> call = retrofit(method, args);
    prepared.putIfAbsent(method, call.request());
    return call;
  }

  /** A proxy is equal to itself only, as Retrofit's are. */
  private Object objectMethod(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return toString();
    }
  }

  private Call<?> retrofit(Method method, Object[] args) {
    try {
      return (Call<?>) method.invoke(retrofitApi, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return whether every argument is an empty map or collection (no argument at all counts too) */
  private static boolean nothingToSend(Object[] args) {
    if (args == null) {
      return true;
    }
    for (Object arg : args) {
      boolean empty = arg instanceof Map ? ((Map<?, ?>) arg).isEmpty()
          : arg instanceof Collection && ((Collection<?>) arg).isEmpty();
      if (!empty) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "PreparedCalls{" + retrofitApi + "}";
  }

  /**
   * A call whose request is already built. The transport only reads {@link #request()}; should anything run it
   * through Retrofit after all, a Retrofit call of the same arguments runs. It holds the method and arguments
   * itself rather than a lambda over them: one object less on every reused call.
   */
  private final class Prepared<T> implements Call<T> {
    private final Request request;
    private final Method method;
    private final Object[] args;
    private volatile Call<T> running;

    Prepared(Request request, Method method, Object[] args) {
      this.request = request;
      this.method = method;
      this.args = args;
    }

    @SuppressWarnings("unchecked")
    private Call<T> running() {
      Call<T> call = running;
      if (call == null) {
        synchronized (this) {
          if (running == null) {
            running = (Call<T>) retrofit(method, args);
          }
          call = running;
        }
      }
      return call;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response<T> execute() throws java.io.IOException {
      return running().execute();
    }

    @Override
    public void enqueue(Callback<T> callback) {
      running().enqueue(callback);
    }

    @Override
    public boolean isExecuted() {
      Call<T> call = running;
      return call != null && call.isExecuted();
    }

    @Override
    public void cancel() {
      running().cancel();
    }

    @Override
    public boolean isCanceled() {
      Call<T> call = running;
      return call != null && call.isCanceled();
    }

    @Override
    public Call<T> clone() {
      return new Prepared<>(request, method, args);
    }

    @Override
    public Timeout timeout() {
      return running().timeout();
    }
  }
}
