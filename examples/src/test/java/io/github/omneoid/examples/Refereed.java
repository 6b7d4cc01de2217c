package io.github.omneoid.examples;

import io.github.omneoid.referee.Exchange;
import io.github.omneoid.referee.Finding;
import io.github.omneoid.referee.Referee;
import io.github.omneoid.referee.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * The referee on the wire: an OkHttp network interceptor that hands every exchange the end-to-end suite has with
 * the sandbox (each attempt, re-sends included) to {@link Referee#publishedSpec()} and records what it finds.
 * Nothing is thrown here, so no test can swallow a finding in a {@code catch}: {@link RefereeExtension} fails the
 * test after it ran, and {@link RefereeLedgerTest} checks the whole run against the known-violations list.
 *
 * <p>Every client of the suite's shared set-up ({@link E2e}, {@link Wire}) is built on {@link #okHttp()}.
 */
final class Refereed implements Interceptor {

  /** The body bytes judged at most; a larger body is judged on its first 4 MiB (none is that large). */
  private static final long MAX_BODY = 4L * 1024 * 1024;

  static final Refereed INTERCEPTOR = new Refereed();
  private static final OkHttpClient CLIENT = new OkHttpClient.Builder().addNetworkInterceptor(INTERCEPTOR).build();

  private static final List<Finding> ALL = new ArrayList<>();
  private static final List<Finding> CURRENT = new ArrayList<>();
  private static int exchanges;
  private static String test = "(outside a test)";

  private Refereed() {
  }

  /** The OkHttpClient the suite's clients extend: every exchange through it is refereed. */
  static OkHttpClient okHttp() {
    return CLIENT;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Exchange.Builder exchange = Exchange.request(request.method(), request.url().encodedPath());
    for (String name : request.url().queryParameterNames()) {
      for (String value : request.url().queryParameterValues(name)) {
        exchange.query(name, value == null ? "" : value);
      }
    }
    request.headers().forEach(h -> exchange.requestHeader(h.getFirst(), h.getSecond()));
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      if (request.body().contentType() != null && request.header("Content-Type") == null) {
        exchange.requestHeader("Content-Type", request.body().contentType().toString());
      }
      exchange.requestBody(buffer.readUtf8());
    }
    Response response = chain.proceed(request);
    exchange.status(response.code());
    response.headers().forEach(h -> exchange.responseHeader(h.getFirst(), h.getSecond()));
    exchange.responseBody(body(response));
    Exchange judged = exchange.build();
    List<Violation> violations = Referee.publishedSpec().judge(judged);
    synchronized (Refereed.class) {
      exchanges++;
      for (Violation v : violations) {
        if (Referee.rejectedOnPurpose(judged, v)) {
          continue;
        }
        Finding f = new Finding(v, test + ": " + judged);
        ALL.add(f);
        CURRENT.add(f);
      }
    }
    return response;
  }

  private static String body(Response response) throws IOException {
    ResponseBody peeked = response.peekBody(MAX_BODY);
    if ("gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      try (BufferedSource gunzipped = Okio.buffer(new GzipSource(peeked.source()))) {
        return gunzipped.readUtf8();
      }
    }
    return peeked.string();
  }

  static synchronized void startTest(String name) {
    test = name;
    CURRENT.clear();
  }

  /** The findings since {@link #startTest}. */
  static synchronized List<Finding> endTest() {
    List<Finding> found = new ArrayList<>(CURRENT);
    CURRENT.clear();
    test = "(outside a test)";
    return found;
  }

  /** Every finding of the run so far. */
  static synchronized List<Finding> all() {
    return new ArrayList<>(ALL);
  }

  static synchronized int exchanges() {
    return exchanges;
  }
}
