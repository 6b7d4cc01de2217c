package io.github.omneoid.client.errors;

/** The request did not get a complete HTTP response: connection refused or reset, DNS failure, cut body. */
public class NetworkException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  public NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
