package io.github.omneoid.client;

/**
 * Options for {@code id.profile().update(...)} ({@code PUT /profiles/me}): {@link #none()} or
 * {@link #retryMobileSecondary()}. Immutable.
 */
public final class UpdateOptions {

  private static final UpdateOptions NONE = new UpdateOptions(false);
  private static final UpdateOptions RETRY_MOBILE_SECONDARY = new UpdateOptions(true);

  private final boolean retryMobileSecondary;

  private UpdateOptions(boolean retryMobileSecondary) {
    this.retryMobileSecondary = retryMobileSecondary;
  }

  /** @return no options: a 422 is thrown as it comes */
  public static UpdateOptions none() {
    return NONE;
  }

  /**
   * When the server answers 422 with {@code errors.mobile_phone} containing "The phone number exists" (the number
   * belongs to another profile), send the update once more with the number moved to {@code secondary_phone}.
   * What the JS SDK (omneo-sdk) meant to do and never did; docs.omneo.io {@code concepts/profiles/core-fields}
   * describes that routing. If the second update fails too, its exception is thrown.
   *
   * @return the option to retry with {@code secondary_phone}
   */
  public static UpdateOptions retryMobileSecondary() {
    return RETRY_MOBILE_SECONDARY;
  }

  /** @return whether a mobile-number conflict is retried with the number as {@code secondary_phone} */
  public boolean isRetryMobileSecondary() {
    return retryMobileSecondary;
  }

  @Override
  public String toString() {
    return "UpdateOptions{retryMobileSecondary=" + retryMobileSecondary + "}";
  }
}
