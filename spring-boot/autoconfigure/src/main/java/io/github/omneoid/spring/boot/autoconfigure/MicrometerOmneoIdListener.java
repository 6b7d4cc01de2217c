package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.json.SchemaDrift;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clients' events as Micrometer meters. Tags are of low cardinality and hold no personal data: the spec's
 * operation id and the HTTP method (never the path, whose ids name a profile's records), the status or the kind of
 * failure, the retry reason (a status or an exception's class), the model and field of a drift. No event of
 * {@link OmneoIdListener} carries a token or a body, so no meter can.
 *
 * <table class="striped">
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>operation, method, status ({@code 200}..., or {@code none}
 *       without an answer), outcome ({@code success}, {@code client_error}, {@code server_error}, or the failure's
 *       class, e.g. {@code NetworkException})</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>operation, method, reason</td></tr>
 *   <tr><td>{@value #TOKEN_REFRESHES}</td><td>timer</td><td>outcome ({@code success} or the failure's
 *       class)</td></tr>
 *   <tr><td>{@value #SCHEMA_DRIFT}</td><td>counter</td><td>model, field</td></tr>
 * </table>
 *
 * <p>Why timers and not Micrometer's {@code Observation}: the client measures each call itself and reports the
 * duration when it ends ({@link OmneoIdListener#callFinished}); an observation would have to be started in
 * {@code callStarted} and found again at the end, but an {@link OmneoIdListener.ApiCall} is a value that two calls
 * of the same path share, so there is nothing to attach it to.
 */
public final class MicrometerOmneoIdListener implements OmneoIdListener {

  /** Each call: from its start to the answer, retries included. */
  public static final String CALLS = "omneo.id.calls";
  /** Each retry. */
  public static final String RETRIES = "omneo.id.retries";
  /** Each time a customer client's token source was asked for a token. */
  public static final String TOKEN_REFRESHES = "omneo.id.token.refreshes";
  /** Each response property whose JSON type the spec does not declare (once per model and field). */
  public static final String SCHEMA_DRIFT = "omneo.id.schema.drift";

  private final MeterRegistry registry;

  /**
   * A listener recording into {@code registry}.
   *
   * @param registry where the meters go
   */
  public MicrometerOmneoIdListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void callFinished(ApiCall call, int status, Duration took) {
    callTimer(call, String.valueOf(status), outcome(status)).record(took);
  }

  @Override
  public void callFailed(ApiCall call, Throwable cause, Duration took) {
    callTimer(call, "none", cause.getClass().getSimpleName()).record(took);
  }

  @Override
  public void retrying(ApiCall call, int attempt, String reason, Duration wait) {
    Counter.builder(RETRIES).description("Calls sent again")
        .tag("operation", call.operation()).tag("method", call.method()).tag("reason", reason)
        .register(registry).increment();
  }

  @Override
  public void tokenRefreshed(Duration took, @Nullable Throwable failure) {
    Timer.builder(TOKEN_REFRESHES).description("Tokens asked of a customer client's token source")
        .tag("outcome", failure == null ? "success" : failure.getClass().getSimpleName())
        .register(registry).record(took);
  }

  @Override
  public void schemaDrift(SchemaDrift drift) {
    Counter.builder(SCHEMA_DRIFT).description("Response properties of a JSON type the spec does not declare")
        .tag("model", drift.model()).tag("field", drift.field())
        .register(registry).increment();
  }

  private Timer callTimer(ApiCall call, String status, String outcome) {
    return Timer.builder(CALLS).description("Calls to the Omneo ID API, retries included")
        .tag("operation", call.operation()).tag("method", call.method())
        .tag("status", status).tag("outcome", outcome)
        .register(registry);
  }

  private static String outcome(int status) {
    if (status < 400) {
      return "success";
    }
    return status < 500 ? "client_error" : "server_error";
  }
}
