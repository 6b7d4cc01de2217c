package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.OmneoIdListener.ApiCall;
import io.github.omneoid.client.Ticker;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * The outermost interceptor, once per call (outside the retries), in one rebuild of the request: names this library
 * in {@code User-Agent} and asks for JSON (without {@code Accept: application/json} a Laravel back end may answer a
 * validation error with a redirect or HTML), tags the call's deadline ({@link CallDeadline}) and what the call is
 * ({@link ApiCall}, for the retries' events), and tells the listener how the call went.
 */
final class CallInterceptor implements Interceptor {

  private final String userAgent;
  private final ApiPaths paths;
  private final OmneoIdListener listener;
  private final Ticker ticker;

  CallInterceptor(String userAgent, ApiPaths paths, OmneoIdListener listener, Ticker ticker) {
    this.userAgent = userAgent;
    this.paths = paths;
    this.listener = listener;
    this.ticker = ticker;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder().header("User-Agent", userAgent)
        .header("Accept", "application/json");
    long timeout = chain.call().timeout().timeoutNanos();
    if (timeout != 0) {
      builder.tag(CallDeadline.class, CallDeadline.after(timeout));
    }
    if (listener == OmneoIdListener.NONE) {
      return chain.proceed(builder.build());
    }
    ApiCall call = new ApiCall(operation(request), request.method(), paths.relative(request.url()));
    Request tagged = builder.tag(ApiCall.class, call).build();
    long started = ticker.read();
    listener.callStarted(call);
    Response response;
    try {
      response = chain.proceed(tagged);
    } catch (IOException | RuntimeException e) {
      listener.callFailed(call, e, Duration.ofNanos(ticker.read() - started));
      throw e;
    }
    listener.callFinished(call, response.code(), Duration.ofNanos(ticker.read() - started));
    return response;
  }

  /** The generated interface's method name is the spec's operationId; other requests say what made them. */
  private static String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      return invocation.method().getName();
    }
    String made = request.tag(String.class);
    return made != null ? made : "call";
  }
}
