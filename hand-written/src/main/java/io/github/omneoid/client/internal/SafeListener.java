package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftException;
import io.github.omneoid.json.SchemaDriftListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An application's listener, kept from breaking a call or a token refresh: whatever it throws — an {@code Error}
 * such as a failed assertion too, but not a {@link VirtualMachineError} — is logged (at WARNING the first time for
 * this listener, at FINE after that) and otherwise ignored. {@link #drift} does the same for a
 * {@link SchemaDriftListener}, whose one way to fail a parse is the {@link SchemaDriftException} it is documented to
 * throw.
 */
public final class SafeListener implements OmneoIdListener {

  private static final Logger LOGGER = Logger.getLogger("io.github.omneoid.client");

  private final OmneoIdListener delegate;
  private final Reported reported = new Reported();

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

  private void safely(Runnable event) {
    try {
      event.run();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable e) {
      reported.log("An OmneoIdListener threw; ignored", e);
    }
  }

  /**
   * @return {@code listener}, kept from failing a parse except by a {@link SchemaDriftException}; equal to another
   *     such wrapper of an equal listener, so {@link SchemaDriftListener#once} still tells each listener once
   */
  public static SchemaDriftListener drift(SchemaDriftListener listener) {
    return new SafeDrift(listener);
  }

  private static final class SafeDrift implements SchemaDriftListener {
    private final SchemaDriftListener delegate;
    private final Reported reported = new Reported();

    SafeDrift(SchemaDriftListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public void onDrift(SchemaDrift drift) {
      try {
        delegate.onDrift(drift);
      } catch (SchemaDriftException | VirtualMachineError meant) {
        throw meant;
      } catch (Throwable e) {
        reported.log("A SchemaDriftListener threw; ignored", e);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SafeDrift && ((SafeDrift) o).delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
      return delegate.hashCode();
    }
  }

  /** A listener's failure is worth one warning; repeats of it go to FINE, so a broken listener cannot flood a log. */
  private static final class Reported {
    private final AtomicBoolean once = new AtomicBoolean();

    void log(String what, Throwable failure) {
      LOGGER.log(once.compareAndSet(false, true) ? Level.WARNING : Level.FINE,
          what + " (reported once at WARNING; later failures at FINE)", failure);
    }
  }
}
