package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retrofit's call factory in this library: Retrofit builds each request from the generated interface (its path,
 * query, headers and body), and {@link Transport} sends it on the real OkHttp client and reads the answer itself.
 * The call Retrofit gets holds the request only, so no OkHttp call is made for nothing; should something execute it
 * through Retrofit after all, it runs on the real client.
 */
final class RequestOnlyCalls implements Call.Factory {

  private final OkHttpClient http;

  RequestOnlyCalls(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public Call newCall(Request request) {
    return new Pending(request);
  }

  private final class Pending implements Call {
    private final Request request;
    private volatile Call real;

    Pending(Request request) {
      this.request = request;
    }

    private Call real() {
      Call call = real;
      if (call == null) {
        synchronized (this) {
          if (real == null) {
            real = http.newCall(request);
          }
          call = real;
        }
      }
      return call;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() throws IOException {
      return real().execute();
    }

    @Override
    public void enqueue(Callback callback) {
      real().enqueue(callback);
    }

    @Override
    public void cancel() {
      real().cancel();
    }

    @Override
    public boolean isExecuted() {
      Call call = real;
      return call != null && call.isExecuted();
    }

    @Override
    public boolean isCanceled() {
      Call call = real;
      return call != null && call.isCanceled();
    }

    @Override
    public Timeout timeout() {
      return real().timeout();
    }

    @Override
    public Call clone() {
      return new Pending(request);
    }
  }
}
