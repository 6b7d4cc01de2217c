package io.github.omneoid.client.errors;

/** A signed value (a Shopify {@code customerSignature}) did not match; nothing was sent. */
public class SignatureMismatchException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never the token or secret itself
   */
  public SignatureMismatchException(String message) {
    super(message);
  }
}
