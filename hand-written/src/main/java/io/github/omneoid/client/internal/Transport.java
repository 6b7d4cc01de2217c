package io.github.omneoid.client.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.json.DataEnvelope;
import io.github.omneoid.json.OmneoJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The one way a request leaves this library: one OkHttp client (a caller's client is extended with
 * {@code newBuilder()}, so it shares its connection pool) carrying the call deadline, default headers, retries, auth
 * and body limits as interceptors, never following a redirect; Retrofit over the generated interfaces, error
 * mapping and envelope unwrapping; the async twin of every call.
 */
public final class Transport {

  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final TransportSettings settings;
  private final OkHttpClient http;
  private final Retrofit retrofit;
  private final ApiPaths paths;
  private final ErrorMapper errors;
  private final AsyncCalls async;
  private final ConcurrentMap<Class<?>, Object> apis = new ConcurrentHashMap<>();

  private Transport(TransportSettings settings, OkHttpClient http, AsyncCalls async) {
    this.settings = settings;
    this.async = async;
    this.paths = new ApiPaths(settings.baseUrl);
    this.errors = new ErrorMapper(paths, settings.clock);
    this.http = http;
    this.retrofit = new Retrofit.Builder()
        .baseUrl(settings.baseUrl)
        .callFactory(new RequestOnlyCalls(http))
        .addConverterFactory(new StrictJsonConverterFactory(OmneoJson.moshi(), settings.driftListener))
        .build();
  }

  private static OkHttpClient client(TransportSettings settings, Credentials credentials) {
    OkHttpClient.Builder builder = settings.okHttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(settings.writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(settings.callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        // Retries are the CallPipeline's alone: OkHttp's own would resend a POST whose body was cut.
        .retryOnConnectionFailure(false)
        // A redirect would take the token and the body wherever the server says — another path, another host,
        // plain http. A 3xx is reported (RedirectException), whatever the caller's own client was set to do.
        .followRedirects(false)
        .followSslRedirects(false)
        // A 401 is the Credentials' to answer (one refresh, one resend), not an authenticator of the caller's client.
        .authenticator(okhttp3.Authenticator.NONE)
        .addInterceptor(new CallPipeline(credentials, settings.retryPolicy, settings.sleeper, settings.clock,
            settings.listener, settings.ticker, new ApiPaths(settings.baseUrl)))
        .addInterceptor(new BodyLimitInterceptor(settings.maxResponseBytes))
        .addInterceptor(OkHttpRetries.restore())
        .addNetworkInterceptor(new DirectProxyChallengeInterceptor())
        .addNetworkInterceptor(OkHttpRetries.hide());
    return builder.build();
  }

  /** A customer-side transport: every request carries the client's ID token. */
  public static Transport forCustomer(TransportSettings settings, TokenManager tokens) {
    Credentials credentials = new IdTokenCredentials(tokens, new ApiPaths(settings.baseUrl), Version.userAgent());
    return new Transport(settings, client(settings, credentials), asyncCalls(settings));
  }

  /**
   * The server-side minting transport: the admin token goes to {@code /auth/token} only. (Calls here are
   * synchronous, on the caller's thread or a refresh thread, so no dispatcher queue sits between a refresh and the
   * calls waiting for it.)
   */
  public static Transport forAdmin(TransportSettings settings, String apiToken) {
    RequestGuard.requireHeaderValue(apiToken, "apiToken");
    Credentials credentials = new AdminCredentials(apiToken, new ApiPaths(settings.baseUrl), Version.userAgent());
    return new Transport(settings, client(settings, credentials), asyncCalls(settings));
  }

  private static AsyncCalls asyncCalls(TransportSettings settings) {
    return new AsyncCalls(settings.asyncExecutor, settings.maxConcurrentAsync);
  }

  /**
   * A transport whose {@code /profiles/me} paths go to {@code /profiles/connection/{connectionId}}: a new object
   * sharing this one's connection pool, token and settings; this one is not changed.
   */
  public Transport scopedToConnection(long connectionId) {
    return new Transport(settings, http.newBuilder()
        .addInterceptor(new ProfileScopeInterceptor(settings.baseUrl, connectionId)).build(), async);
  }

  public TransportSettings settings() {
    return settings;
  }

  /** @return the generated Retrofit interface, created once */
  public <S> S api(Class<S> service) {
    return service.cast(apis.computeIfAbsent(service, retrofit::create));
  }

  /**
   * Runs a call of a generated interface: Retrofit has built the request; it is sent here on the OkHttp client and
   * its body read with the tolerant reader, without Retrofit's own response handling (which copies the response and
   * wraps its body again).
   *
   * @return the body; null for a response without one (204, 205) and for operations answering nothing
   */
  public <T> T execute(Call<T> call) {
    Request request = call.request();
    Type type = ResponseTypes.of(request);
    okhttp3.Call http = this.http.newCall(request);
    try (CallScope.Registration cancellable = CallScope.register(http::cancel);
        Response response = http.execute()) {
      if (!response.isSuccessful()) {
        throw errors.toException(response, response.body());
      }
      if (type == Void.class || response.code() == 204 || response.code() == 205) {
        return null;
      }
      @SuppressWarnings("unchecked")
      T body = (T) StrictJsonConverterFactory.read(response.body(), type, settings.driftListener);
      return body;
    } catch (StrictJsonConverterFactory.UnreadableBody e) {
      throw new InvalidResponseException(describe(request) + ": " + e.getMessage(), e.getCause());
    } catch (IOException e) {
      throw networkFailure(request, e);
    }
  }

  /**
   * Runs a call whose response is a {@code {"data": ...}} envelope and returns what is inside: never null, since a
   * caller of a typed call has no way to tell a missing {@code data} from a bug of its own.
   */
  public <T> T data(Call<? extends DataEnvelope<T>> call) {
    DataEnvelope<T> envelope = execute(call);
    if (envelope == null) {
      throw new InvalidResponseException(describe(call.request())
          + ": the response has no body where a {\"data\": ...} envelope was expected", null);
    }
    if (envelope.getData() == null) {
      throw new InvalidResponseException(describe(call.request())
          + ": the response has no \"data\" (or it is null, or not of the declared type)", null);
    }
    return envelope.getData();
  }

  /**
   * The async twin of any blocking call: same behaviour, run on the client's executor, at most
   * {@code maxConcurrentAsync} at once. Cancelling the future cancels the HTTP calls the work started; work whose
   * future is cancelled before it starts never runs.
   */
  public <T> CompletableFuture<T> async(Supplier<T> blockingCall) {
    return async.submit(blockingCall);
  }

  /**
   * Fetches a URL the server handed out (a page's {@code links.next}), but only one under the base URL: a link
   * elsewhere would take the customer's token with it.
   */
  public <T> T get(HttpUrl url, Class<T> type) {
    if (!isUnderBase(url)) {
      throw new InvalidResponseException("The server's next-page link leaves the API (" + url.host()
          + url.encodedPath() + "); not following it", null);
    }
    Request request = new Request.Builder().url(url).get().tag(String.class, "nextPage").build();
    okhttp3.Call call = http.newCall(request);
    try (CallScope.Registration cancellable = CallScope.register(call::cancel);
        Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw errors.toException(response, response.body());
      }
      return readJson(request, response, type);
    } catch (IOException e) {
      throw networkFailure(request, e);
    }
  }

  /** @return whether the URL has the base URL's scheme, host and port, and a path under it */
  public boolean isUnderBase(HttpUrl url) {
    HttpUrl base = settings.baseUrl;
    return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port()
        && url.encodedPath().startsWith(base.encodedPath());
  }

  /**
   * The escape hatch's request: any method and path under the base URL, literal query keys, an optional JSON body.
   *
   * @return the parsed response (null when it had no body)
   */
  public <T> T raw(String method, String path, Map<String, ?> query, Object body, Type responseType) {
    RequestGuard.requireMethod(method);
    HttpUrl.Builder url = settings.baseUrl.newBuilder().addPathSegments(RawPaths.checked(path).substring(1));
    if (query != null) {
      for (Map.Entry<String, ?> entry : query.entrySet()) {
        String value = entry.getValue() == null ? null : String.valueOf(entry.getValue());
        url.addQueryParameter(RequestGuard.requireWellFormed(entry.getKey(), "query key"),
            value == null ? null : RequestGuard.requireWellFormed(value, "query value of " + entry.getKey()));
      }
    }
    RequestBody requestBody = body != null ? RequestBody.create(toJson(body), JSON_TYPE)
        : requiresBody(method) ? RequestBody.create(new byte[0], null) : null;
    Request request = new Request.Builder().url(url.build()).method(method, requestBody).build();
    okhttp3.Call call = http.newCall(request);
    try (CallScope.Registration cancellable = CallScope.register(call::cancel);
        Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw errors.toException(response, response.body());
      }
      return readJson(request, response, responseType);
    } catch (IOException e) {
      throw networkFailure(request, e);
    }
  }

  /**
   * A map is sent exactly as given, explicit nulls included (to clear a field); a model leaves out what is unset.
   */
  private static String toJson(Object body) {
    JsonAdapter<Object> adapter = OmneoJson.moshi().adapter(Object.class);
    return (body instanceof Map ? adapter.serializeNulls() : adapter).toJson(body);
  }

  /** The escape hatch and page links: the tolerant reader too; an empty body is null. */
  private <T> T readJson(Request request, Response response, Type type) throws IOException {
    if (response.body() == null || response.code() == 204 || response.code() == 205) {
      return null;
    }
    try {
      if (response.body().source().exhausted()) {
        return null;
      }
      @SuppressWarnings("unchecked")
      T value = (T) StrictJsonConverterFactory.read(response.body(), type, settings.driftListener);
      return value;
    } catch (StrictJsonConverterFactory.UnreadableBody e) {
      throw new InvalidResponseException(describe(request) + ": " + e.getMessage(), e.getCause());
    }
  }

  /** POST, PUT and PATCH always carry a body in HTTP/1.1 terms; some ID routes take none (e.g. benefit redeem). */
  private static boolean requiresBody(String method) {
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
  }

  private RuntimeException networkFailure(Request request, IOException e) {
    String what = describe(request);
    if (e instanceof DirectProxyChallengeInterceptor.Answered) {
      return errors.toException((DirectProxyChallengeInterceptor.Answered) e);
    }
    if (e instanceof BodyLimitInterceptor.TooLarge) {
      return new InvalidResponseException(what + ": " + e.getMessage(), e);
    }
    if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new CallTimeoutException(what + " timed out (" + e.getMessage() + ")", e);
    }
    return new NetworkException(what + " failed: " + e, e);
  }

  private String describe(Request request) {
    return request.method() + " " + paths.relative(request.url());
  }

  /**
   * Checks for the escape hatch's paths, so a caller's string can only name a route under the base URL, and
   * normalises them the way a server routes them, so the anonymous-token check sees the route that is called:
   * repeated {@code /} collapse into one, and the reserved {@code /profiles/me} and {@code /profiles/connection}
   * prefixes are lower-cased.
   */
  static final class RawPaths {
    private RawPaths() {
    }

    static String checked(String path) {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/', relative to the API base URL, was: " + path);
      }
      RequestGuard.requireWellFormed(path, "path");
      if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || path.indexOf('\\') >= 0) {
        throw new IllegalArgumentException("path must not contain '?', '#' or '\\' (pass query parameters"
            + " separately), was: " + path);
      }
      String[] segments = path.replaceAll("/{2,}", "/").substring(1).split("/", -1);
      for (String segment : segments) {
        String name = segment.split(";", 2)[0]; // "..;x" is ".." with a parameter to some servers
        if (name.equals("..") || name.equals(".") || name.equalsIgnoreCase("%2e%2e")
            || name.equalsIgnoreCase("%2e")) {
          throw new IllegalArgumentException("path must not contain '.' or '..' segments, was: " + path);
        }
      }
      if (segments.length >= 2 && segments[0].equalsIgnoreCase("profiles")
          && (segments[1].equalsIgnoreCase("me") || segments[1].equalsIgnoreCase("connection"))) {
        segments[0] = "profiles";
        segments[1] = segments[1].toLowerCase(Locale.ROOT);
      }
      return "/" + String.join("/", segments);
    }
  }
}
