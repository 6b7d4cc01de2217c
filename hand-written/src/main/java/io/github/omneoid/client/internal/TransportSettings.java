package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.Sleeper;
import io.github.omneoid.client.Ticker;
import io.github.omneoid.json.SchemaDriftListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** What a client builder collected for the transport. Immutable. */
public final class TransportSettings {

  final HttpUrl baseUrl;
  final OkHttpClient okHttpClient;
  final Clock clock;
  final Ticker ticker;
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration writeTimeout;
  final Duration callTimeout;
  final RetryPolicy retryPolicy;
  final Sleeper sleeper;
  final Executor asyncExecutor;
  final int maxConcurrentAsync;
  final long maxResponseBytes;
  final SchemaDriftListener driftListener;
  final OmneoIdListener listener;

  public TransportSettings(HttpUrl baseUrl, OkHttpClient okHttpClient, Clock clock, Ticker ticker,
      Duration connectTimeout, Duration readTimeout, Duration writeTimeout, Duration callTimeout,
      RetryPolicy retryPolicy, Sleeper sleeper, Executor asyncExecutor, int maxConcurrentAsync,
      long maxResponseBytes, SchemaDriftListener driftListener, OmneoIdListener listener) {
    this.baseUrl = baseUrl;
    this.okHttpClient = okHttpClient;
    this.clock = clock;
    this.ticker = ticker;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.callTimeout = callTimeout;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.asyncExecutor = asyncExecutor;
    this.maxConcurrentAsync = maxConcurrentAsync;
    this.maxResponseBytes = maxResponseBytes;
    this.driftListener = driftListener;
    this.listener = listener;
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  public Clock clock() {
    return clock;
  }

  public Ticker ticker() {
    return ticker;
  }

  public Duration callTimeout() {
    return callTimeout;
  }

  public OmneoIdListener listener() {
    return listener;
  }
}
