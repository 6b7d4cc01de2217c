package io.github.omneoid.client.errors;

import java.util.List;
import java.util.Map;

/**
 * HTTP 422: the server rejected the payload. {@link #errors()} is the Laravel field map, e.g.
 * {@code {"mobile_phone": ["The phone number exists"]}}.
 */
public class ValidationException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /** Field name → messages, from the body's {@code errors}; never null. */
  private final Map<String, List<String>> errors;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response, field errors included
   */
  public ValidationException(HttpErrorDetails details) {
    super(details);
    this.errors = details.fieldErrors();
  }

  /** @return field name → messages, read-only; empty when the body had no {@code errors} map */
  public Map<String, List<String>> errors() {
    return errors;
  }

  /**
   * Whether the server rejected a field with a given message, e.g.
   * {@code hasError("mobile_phone", "The phone number exists")}.
   *
   * @param field the JSON field name
   * @param message the exact message
   * @return whether the field has an error message equal to {@code message}
   */
  public boolean hasError(String field, String message) {
    List<String> messages = errors.get(field);
    return messages != null && messages.contains(message);
  }
}
