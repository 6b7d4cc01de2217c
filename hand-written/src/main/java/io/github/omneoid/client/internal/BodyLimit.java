package io.github.omneoid.client.internal;

import io.github.omneoid.client.errors.OmneoIdHttpException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Bounds what any response body can make this library hold in memory, before anything reads it (Retrofit buffers a
 * whole error body; a converter reads a whole success body):
 * <ul>
 *   <li>an error body (not 2xx) ends after {@link OmneoIdHttpException#BODY_CAP} bytes — the rest is never read,
 *       and the connection is dropped rather than drained;</li>
 *   <li>a success body longer than {@code maxResponseBytes} fails with {@link TooLarge} once that many bytes have
 *       been read (at once if its {@code Content-Length} already says so).</li>
 * </ul>
 * The {@link CallPipeline} applies it to every response it gets from the rest of the chain, so it counts bytes
 * after OkHttp's transparent gzip: a small compressed body cannot unpack into a large one unseen.
 */
final class BodyLimit {

  private final long maxResponseBytes;

  BodyLimit(long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  /** @return the response, its body bounded */
  Response apply(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    long limit = response.isSuccessful() ? maxResponseBytes : OmneoIdHttpException.BODY_CAP;
    long declared = body.contentLength();
    if (declared >= 0 && declared <= limit) {
      return response; // OkHttp reads no more than a declared length: nothing to wrap (the common case)
    }
    return response.newBuilder().body(new LimitedBody(body, limit, response.isSuccessful())).build();
  }

  /** A success body went past {@code maxResponseBytes}; the transport reports it as an invalid response. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the response body is larger than maxResponseBytes (" + limit + " bytes)");
    }
  }

  private static final class LimitedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final long limit;
    private final boolean failPastLimit;
    private BufferedSource source;

    LimitedBody(ResponseBody delegate, long limit, boolean failPastLimit) {
      this.delegate = delegate;
      this.limit = limit;
      this.failPastLimit = failPastLimit;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      long length = delegate.contentLength();
      return failPastLimit || (length >= 0 && length <= limit) ? length : -1;
    }

    @Override
    public synchronized BufferedSource source() {
      if (source == null) {
        long declared = delegate.contentLength();
        source = Okio.buffer(new ForwardingSource(delegate.source()) {
          private long total;

          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            if (failPastLimit) {
              if (declared > limit) {
                throw new TooLarge(limit);
              }
              long read = super.read(sink, byteCount);
              if (read > 0 && (total += read) > limit) {
                throw new TooLarge(limit);
              }
              return read;
            }
            long left = limit - total;
            if (left <= 0) {
              return -1; // cut here: what follows is never read
            }
            long read = super.read(sink, Math.min(byteCount, left));
            if (read > 0) {
              total += read;
            }
            return read;
          }
        });
      }
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
