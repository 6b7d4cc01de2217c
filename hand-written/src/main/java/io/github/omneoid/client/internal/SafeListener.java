package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.json.SchemaDrift;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** An application's listener, kept from breaking a call: what it throws is logged at FINE and otherwise ignored. */
public final class SafeListener implements OmneoIdListener {

  private static final Logger LOGGER = Logger.getLogger("io.github.omneoid.client");

  private final OmneoIdListener delegate;

  private SafeListener(OmneoIdListener delegate) {
    this.delegate = delegate;
  }

  /** @return {@code listener} made safe; {@link OmneoIdListener#NONE} stays itself, so callers can skip the work */
  public static OmneoIdListener of(OmneoIdListener listener) {
    return listener == OmneoIdListener.NONE || listener instanceof SafeListener ? listener
        : new SafeListener(listener);
  }

  @Override
  public void callStarted(ApiCall call) {
    safely(() -> delegate.callStarted(call));
  }

  @Override
  public void callFinished(ApiCall call, int status, Duration took) {
    safely(() -> delegate.callFinished(call, status, took));
  }

  @Override
  public void callFailed(ApiCall call, Throwable cause, Duration took) {
    safely(() -> delegate.callFailed(call, cause, took));
  }

  @Override
  public void retrying(ApiCall call, int attempt, String reason, Duration wait) {
    safely(() -> delegate.retrying(call, attempt, reason, wait));
  }

  @Override
  public void tokenRefreshed(Duration took, Throwable failure) {
    safely(() -> delegate.tokenRefreshed(took, failure));
  }

  @Override
  public void schemaDrift(SchemaDrift drift) {
    safely(() -> delegate.schemaDrift(drift));
  }

  private static void safely(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOGGER.log(Level.FINE, "An OmneoIdListener threw; ignored", e);
    }
  }
}
