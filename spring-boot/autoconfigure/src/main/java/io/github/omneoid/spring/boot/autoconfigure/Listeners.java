package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.json.SchemaDrift;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Several listener beans as the one listener a client builder takes; each hears every event, in order. */
final class Listeners implements OmneoIdListener {

  private final List<OmneoIdListener> all;

  private Listeners(List<OmneoIdListener> all) {
    this.all = all;
  }

  static OmneoIdListener of(List<OmneoIdListener> listeners) {
    switch (listeners.size()) {
      case 0:
        return OmneoIdListener.NONE;
      case 1:
        return listeners.get(0);
      default:
        return new Listeners(List.copyOf(listeners));
    }
  }

  // The client ignores what a listener throws; here one listener's failure must not silence the next.

  @Override
  public void callStarted(ApiCall call) {
    each(l -> l.callStarted(call));
  }

  @Override
  public void callFinished(ApiCall call, int status, Duration took) {
    each(l -> l.callFinished(call, status, took));
  }

  @Override
  public void callFailed(ApiCall call, Throwable cause, Duration took) {
    each(l -> l.callFailed(call, cause, took));
  }

  @Override
  public void retrying(ApiCall call, int attempt, String reason, Duration wait) {
    each(l -> l.retrying(call, attempt, reason, wait));
  }

  @Override
  public void tokenRefreshed(Duration took, @Nullable Throwable failure) {
    each(l -> l.tokenRefreshed(took, failure));
  }

  @Override
  public void schemaDrift(SchemaDrift drift) {
    each(l -> l.schemaDrift(drift));
  }

  private void each(java.util.function.Consumer<OmneoIdListener> event) {
    for (OmneoIdListener listener : all) {
      try {
        event.accept(listener);
      } catch (RuntimeException ignored) {
        // the client would ignore it too (OmneoIdListener's contract); the others still hear the event
      }
    }
  }
}
