package io.github.omneoid.client.errors;

/** A connect, read or write timeout, or the whole-call timeout (retries and their waits included), ran out. */
public class CallTimeoutException extends NetworkException {

  private static final long serialVersionUID = 1L;

  public CallTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
