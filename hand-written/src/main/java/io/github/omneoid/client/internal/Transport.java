package io.github.omneoid.client.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.client.Sleeper;
import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.json.DataEnvelope;
import io.github.omneoid.json.OmneoJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
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
 * {@code newBuilder()}, so it shares its connection pool; without one, the client's own from
 * {@link ClientResources}) carrying the call deadline, retries, auth and body limits as interceptors, never following
 * a redirect; Retrofit over the generated interfaces, error mapping and envelope unwrapping.
 *
 * <p>A transport is immutable. Its views — per-call options, a connection's scope, a raw or async run — are new
 * transports sharing the same OkHttp client, Retrofit and resources ({@link Core}); they differ only in how a request
 * becomes a call ({@link #newCall}: the connection path and the options are applied there, before the call pipeline,
 * so the listener, retries and errors see what is sent) and how the call is sent (its {@link Exchange}).
 */
public final class Transport {

  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final Core core;
  private final CallOptions options;
  private final ProfileScope scope;
  private final Exchange exchange;

  private Transport(Core core, CallOptions options, ProfileScope scope, Exchange exchange) {
    this.core = core;
    this.options = options;
    this.scope = scope;
    this.exchange = exchange;
  }

  /** What every view of one client shares. */
  private static final class Core {
    final TransportSettings settings;
    final OkHttpClient http;
    final Retrofit retrofit;
    final ApiPaths paths;
    final ErrorMapper errors;
    final AsyncCalls async;
    final Credentials credentials;
    final ClientResources resources;
    final ConcurrentMap<Class<?>, Object> apis = new ConcurrentHashMap<>();

    Core(TransportSettings settings, Credentials credentials, ClientResources resources) {
      this.settings = settings;
      this.credentials = credentials;
      this.resources = resources;
      this.paths = new ApiPaths(settings.baseUrl);
      this.errors = new ErrorMapper(paths, settings.clock);
      this.http = client(settings, credentials, resources);
      this.async = new AsyncCalls(settings.asyncExecutor != null ? settings.asyncExecutor
          : resources.boundedPool("async", settings.maxConcurrentAsync), settings.maxConcurrentAsync);
      this.retrofit = new Retrofit.Builder()
          .baseUrl(settings.baseUrl)
          .callFactory(new RequestOnlyCalls(http))
          .addConverterFactory(new StrictJsonConverterFactory(OmneoJson.moshi(), settings.driftListener))
          .build();
    }
  }

  private static OkHttpClient client(TransportSettings settings, Credentials credentials,
      ClientResources resources) {
    OkHttpClient base = settings.okHttpClient != null ? settings.okHttpClient : resources.okHttpClient();
    OkHttpClient.Builder builder = base.newBuilder()
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
            settings.listener, settings.ticker, new ApiPaths(settings.baseUrl),
            new BodyLimit(settings.maxResponseBytes)))
        .addNetworkInterceptor(new NetworkResponses());
    return builder.build();
  }

  /** A customer-side transport: every request carries the client's ID token. */
  public static Transport forCustomer(TransportSettings settings, TokenManager tokens, ClientResources resources) {
    Credentials credentials = new IdTokenCredentials(tokens, new ApiPaths(settings.baseUrl), Version.userAgent());
    return new Transport(new Core(settings, credentials, resources), CallOptions.NONE, null, Exchange.BLOCKING);
  }

  /**
   * The server-side minting transport: the admin token goes to {@code /auth/token} only. (Its blocking calls run on
   * the caller's thread, so no dispatcher queue sits between a refresh and the calls waiting for it.)
   */
  public static Transport forAdmin(TransportSettings settings, String apiToken, ClientResources resources) {
    RequestGuard.requireHeaderValue(apiToken, "apiToken");
    Credentials credentials = new AdminCredentials(apiToken, new ApiPaths(settings.baseUrl), Version.userAgent());
    return new Transport(new Core(settings, credentials, resources), CallOptions.NONE, null, Exchange.BLOCKING);
  }

  /**
   * A transport whose {@code /profiles/me} paths go to {@code /profiles/connection/{connectionId}}: a new object
   * sharing this one's connection pool, token, settings and options; this one is not changed.
   */
  public Transport scopedToConnection(long connectionId) {
    return new Transport(core, options, new ProfileScope(core.settings.baseUrl, connectionId), exchange);
  }

  /** @return a view whose calls carry {@code more} on top of this view's options */
  public Transport withOptions(CallOptions more) {
    return new Transport(core, options.then(more), scope, exchange);
  }

  Transport withExchange(Exchange other) {
    return new Transport(core, options, scope, other);
  }

  public TransportSettings settings() {
    return core.settings;
  }

  /** @return what the client created for itself, released by its {@code close()} */
  public ClientResources resources() {
    return core.resources;
  }

  /**
   * @return the generated Retrofit interface, created once; an operation called with nothing to send reuses the
   *     request Retrofit built for it the first time ({@link PreparedCalls})
   */
  public <S> S api(Class<S> service) {
    return service.cast(core.apis.computeIfAbsent(service, s -> prepared(s, core.retrofit)));
  }

  private static <S> S prepared(Class<S> service, Retrofit retrofit) {
    return PreparedCalls.over(service, retrofit.create(service));
  }

  /**
   * Turns a request into a call: the connection's path and this view's headers and call timeout are applied here,
   * before the call pipeline sees the request.
   */
  private okhttp3.Call newCall(Request request) {
    core.resources.checkOpen();
    Request prepared = options.apply(scope == null ? request
        : request.newBuilder().url(scope.apply(request.url())).build());
    okhttp3.Call call = core.http.newCall(prepared);
    options.apply(call);
    return call;
  }

  /**
   * Runs a call of a generated interface: Retrofit has built the request; it is sent here on the OkHttp client and
   * its body read with the tolerant reader, without Retrofit's own response handling (which copies the response and
   * wraps its body again).
   *
   * @return the body; null for a response without one (204, 205) and for operations answering nothing
   */
  public <T> T execute(Call<T> call) {
    Type type = ResponseTypes.of(call.request());
    okhttp3.Call http = newCall(call.request());
    try (Response response = exchange.send(http)) {
      if (!response.isSuccessful()) {
        throw core.errors.toException(response, response.body());
      }
      if (type == Void.class || response.code() == 204 || response.code() == 205) {
        return null;
      }
      @SuppressWarnings("unchecked")
      T body = (T) StrictJsonConverterFactory.read(response.body(), type, core.settings.driftListener);
      return body;
    } catch (StrictJsonConverterFactory.UnreadableBody e) {
      throw new InvalidResponseException(describe(http.request()) + ": " + e.getMessage(), e.getCause());
    } catch (IOException e) {
      throw networkFailure(http.request(), e);
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
   * Runs blocking work on the client's executor, at most {@code maxConcurrentAsync} at once. Cancelling the future
   * cancels the HTTP calls the work started; work whose future is cancelled before it starts never runs.
   */
  public <T> CompletableFuture<T> async(Supplier<T> blockingCall) {
    core.resources.checkOpen();
    return core.async.submit(blockingCall);
  }

  /**
   * Runs {@code operation} — any calls on a transport — without holding a thread while a request is in flight: each
   * request is sent with OkHttp's {@code enqueue} once the credentials are ready, and the operation is run again with
   * the answers so far (see {@link AsyncOperation}). The future completes on an OkHttp dispatcher thread (or on the
   * caller's, when the operation sends nothing).
   */
  public <T> CompletableFuture<T> enqueue(Function<Transport, T> operation) {
    core.resources.checkOpen();
    return new AsyncOperation<>(this, operation, core.credentials).start();
  }

  /**
   * An async call's request as a new call tagged with {@code state}, so the pipeline hands its waits between retries
   * back instead of sleeping (see {@link Resumable}).
   *
   * @param timeoutNanos the call's timeout: what is left of its deadline; 0 for none
   */
  okhttp3.Call resumable(okhttp3.Call call, Resumable state, long timeoutNanos) {
    Request request = call.request();
    okhttp3.Call next = core.http.newCall(request.tag(Resumable.class) == state ? request
        : request.newBuilder().tag(Resumable.class, state).build());
    next.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    return next;
  }

  /**
   * @return a future completing after {@code wait}: on the client's timer thread with the system sleeper, at once
   *     after calling an injected sleeper (tests record the wait instead of sleeping)
   */
  CompletableFuture<Void> after(Duration wait) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (core.settings.sleeper == Sleeper.SYSTEM) {
      core.resources.timer().schedule(() -> done.complete(null), wait.toNanos(), TimeUnit.NANOSECONDS);
      return done;
    }
    try {
      core.settings.sleeper.sleep(wait);
      done.complete(null);
    } catch (InterruptedException | RuntimeException e) {
      done.completeExceptionally(e);
    }
    return done;
  }

  /** Fails {@code future} with {@code failure} after {@code nanos}, unless cancelled; on the client's timer. */
  java.util.concurrent.ScheduledFuture<?> failAfter(long nanos, CompletableFuture<?> future,
      Supplier<? extends RuntimeException> failure) {
    return core.resources.timer().schedule(() -> future.completeExceptionally(failure.get()), nanos,
        TimeUnit.NANOSECONDS);
  }

  /**
   * Runs {@code operation} on this thread and keeps the status and headers of the last response it read.
   *
   * @return what the operation returned, with that response's status and headers
   */
  public <T> Recorded<T> recorded(Function<Transport, T> operation) {
    Exchange.Recording recording = new Exchange.Recording(exchange);
    T value = operation.apply(withExchange(recording));
    Response last = recording.last();
    if (last == null) {
      throw new IllegalStateException("The operation sent no request through this client's raw view");
    }
    return new Recorded<>(last.code(), last.headers(), value);
  }

  /** A value and the status and headers of the response it came from (for an untyped call, its body text). */
  public static final class Recorded<T> {
    public final int status;
    public final Headers headers;
    public final T value;

    Recorded(int status, Headers headers, T value) {
      this.status = status;
      this.headers = headers;
      this.value = value;
    }
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
    return send(new Request.Builder().url(url).get().tag(String.class, "nextPage").build(), type);
  }

  /** @return whether the URL has the base URL's scheme, host and port, and a path under it */
  public boolean isUnderBase(HttpUrl url) {
    HttpUrl base = core.settings.baseUrl;
    return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port()
        && url.encodedPath().startsWith(base.encodedPath());
  }

  /**
   * The escape hatch's request: any method and path under the base URL, literal query keys, an optional JSON body.
   *
   * @return the parsed response (null when it had no body)
   */
  public <T> T raw(String method, String path, Map<String, ?> query, Object body, Type responseType) {
    return send(rawRequest(method, path, query, body, "call"), responseType);
  }

  /**
   * A typed call built by hand (no generated operation can send it as is), reported to the listener as
   * {@code operationId}.
   */
  public <T> T send(String operationId, String method, String path, Object body, Type responseType) {
    return send(rawRequest(method, path, null, body, operationId), responseType);
  }

  /**
   * The untyped raw call: whatever the status, the response's status, headers and body (error bodies cut as
   * {@link BodyLimit} cuts them); only a failure to get a response at all throws.
   */
  public Recorded<String> exchange(String method, String path, Map<String, ?> query, Object body) {
    okhttp3.Call call = newCall(rawRequest(method, path, query, body, "call"));
    try (Response response = exchange.send(call)) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      return new Recorded<>(response.code(), response.headers(), text);
    } catch (IOException e) {
      throw networkFailure(call.request(), e);
    }
  }

  private Request rawRequest(String method, String path, Map<String, ?> query, Object body, String operationId) {
    RequestGuard.requireMethod(method);
    HttpUrl.Builder url = core.settings.baseUrl.newBuilder()
        .addPathSegments(RawPaths.checked(path).substring(1));
    if (query != null) {
      for (Map.Entry<String, ?> entry : query.entrySet()) {
        String value = entry.getValue() == null ? null : String.valueOf(entry.getValue());
        url.addQueryParameter(RequestGuard.requireWellFormed(entry.getKey(), "query key"),
            value == null ? null : RequestGuard.requireWellFormed(value, "query value of " + entry.getKey()));
      }
    }
    RequestBody requestBody = body != null ? RequestBody.create(toJson(body), JSON_TYPE)
        : requiresBody(method) ? RequestBody.create(new byte[0], null) : null;
    return new Request.Builder().url(url.build()).method(method, requestBody).tag(String.class, operationId)
        .build();
  }

  private <T> T send(Request request, Type type) {
    okhttp3.Call call = newCall(request);
    try (Response response = exchange.send(call)) {
      if (!response.isSuccessful()) {
        throw core.errors.toException(response, response.body());
      }
      return readJson(call.request(), response, type);
    } catch (IOException e) {
      throw networkFailure(call.request(), e);
    }
  }

  /**
   * A map is sent exactly as given, explicit nulls included (to clear a field); a model leaves out what is unset.
   */
  private static String toJson(Object body) {
    if (body instanceof JsonText) {
      return ((JsonText) body).json;
    }
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
      T value = (T) StrictJsonConverterFactory.read(response.body(), type, core.settings.driftListener);
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
    if (e instanceof DirectProxyChallenge.Answered) {
      return core.errors.toException((DirectProxyChallenge.Answered) e);
    }
    if (e instanceof BodyLimit.TooLarge) {
      return new InvalidResponseException(what + ": " + e.getMessage(), e);
    }
    if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new CallTimeoutException(what + " timed out (" + e.getMessage() + ")", e);
    }
    return new NetworkException(what + " failed: " + e, e);
  }

  private String describe(Request request) {
    return request.method() + " " + core.paths.relative(request.url());
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
