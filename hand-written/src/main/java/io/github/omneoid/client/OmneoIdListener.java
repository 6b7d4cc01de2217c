package io.github.omneoid.client;

import io.github.omneoid.json.SchemaDrift;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a backend operator wants to see of a client at work, for logs and metrics: each call's start and end (status
 * and duration), each retry and why, each token refresh, and schema drift. Set one with
 * {@code OmneoId.builder().listener(...)} or {@code OmneoIdAdmin.builder().listener(...)}; minting shows as calls
 * of the operation {@code requestAuthToken}.
 *
 * <p>No event carries a token, a request or response body, a query string or a header: only the operation, the
 * method and the path below the base URL (ids in the path are the API's own, never personal data).
 * Every method has an empty default, so an implementation overrides only what it needs. Methods are called on the
 * thread doing the work and must be quick and thread-safe. Whatever one throws — an exception, or an {@code Error}
 * such as a failed assertion, but not a {@code VirtualMachineError} — never fails a call or a token refresh: the
 * client logs it (at WARNING the first time, at FINE after that, on the logger {@code io.github.omneoid.client})
 * and goes on.
 *
 * <pre>{@code
 * OmneoIdListener metrics = new OmneoIdListener() {
 *   public void callFinished(ApiCall call, int status, Duration took) {
 *     timer("omneo.call", "operation", call.operation(), "status", String.valueOf(status)).record(took);
 *   }
 *   public void retrying(ApiCall call, int attempt, String reason, Duration wait) {
 *     log.info("retrying {} #{} after {}: {}", call.operation(), attempt, wait, reason);
 *   }
 * };
 * }</pre>
 */
public interface OmneoIdListener {

  /** Hears nothing: the default. */
  OmneoIdListener NONE = new OmneoIdListener() {
  };

  /**
   * A call is about to be sent (once per call; retries are {@link #retrying}).
   *
   * @param call which call
   */
  default void callStarted(ApiCall call) {
  }

  /**
   * A call got an answer, whatever its status; the time runs until the response headers arrived, retries and their
   * waits included.
   *
   * @param call which call
   * @param status the HTTP status of the last attempt
   * @param took from {@link #callStarted} to the answer
   */
  default void callFinished(ApiCall call, int status, Duration took) {
  }

  /**
   * A call ended without an answer: a network failure, a timeout, or refused before sending (e.g. an anonymous token
   * on a profile route).
   *
   * @param call which call
   * @param cause what stopped it (its message names no token)
   * @param took from {@link #callStarted} to the failure
   */
  default void callFailed(ApiCall call, Throwable cause, Duration took) {
  }

  /**
   * A call will be sent again after {@code wait}.
   *
   * @param call which call
   * @param attempt the attempt about to be made, 2 for the first retry
   * @param reason e.g. {@code "503"}, {@code "429 with Retry-After"}, {@code "SocketTimeoutException"}
   * @param wait the backoff or the server's {@code Retry-After}
   */
  default void retrying(ApiCall call, int attempt, String reason, Duration wait) {
  }

  /**
   * The customer client's token source was asked for a new token (a refresh in the background, a wait on an
   * expiring token, or after a 401).
   *
   * @param took how long the source took
   * @param failure null when a token came back; else what the source threw
   */
  default void tokenRefreshed(Duration took, @Nullable Throwable failure) {
  }

  /**
   * A response property had a JSON type the spec does not declare (see {@code SchemaDriftListener}); once per model
   * and field.
   *
   * @param drift model, field, expected and actual JSON type, path; never the value
   */
  default void schemaDrift(SchemaDrift drift) {
  }

  /** One call, as events name it. Immutable. */
  final class ApiCall {
    private final String operation;
    private final String method;
    private final String path;

    /**
     * @param operation the spec's operationId, e.g. {@code getMyProfile}; {@code call} for {@code id.call(...)},
     *     {@code nextPage} for a page fetched from a {@code links.next} URL
     * @param method the HTTP method
     * @param path the path below the base URL, without query, e.g. {@code /profiles/me/addresses/518}
     */
    public ApiCall(String operation, String method, String path) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /** @return the spec's operationId, a name of low cardinality for metrics */
    public String operation() {
      return operation;
    }

    /** @return the HTTP method */
    public String method() {
      return method;
    }

    /** @return the path below the base URL, without query */
    public String path() {
      return path;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ApiCall && ((ApiCall) o).operation.equals(operation) && ((ApiCall) o).method.equals(method)
          && ((ApiCall) o).path.equals(path);
    }

    @Override
    public int hashCode() {
      return Objects.hash(operation, method, path);
    }

    @Override
    public String toString() {
      return operation + " (" + method + " " + path + ")";
    }
  }
}
