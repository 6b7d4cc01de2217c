/**
 * The exceptions of the Omneo ID client. All are unchecked, all extend
 * {@link io.github.omneoid.client.errors.OmneoIdException}, none has a token in its message, and all are
 * serializable: a round trip through {@code ObjectOutputStream} keeps the status, headers, body and field errors.
 * Every failure of a call is one of them, with the underlying failure as its cause: a response body the reader
 * cannot take (a number past any range, say), a server that breaks HTTP, a drift listener's
 * {@link io.github.omneoid.json.SchemaDriftException}. A listener's own failure is no failure of the call: it is
 * logged and ignored.
 *
 * <p><b>What a message holds</b> (the personal-data rule). {@code getMessage()} and {@code toString()} hold the
 * library's own words only: the method, the path below the base URL (with the ids and handles the caller passed),
 * the status, what went wrong. The server's text — its {@code message}, field errors, body, a redirect's
 * {@code Location} — is never in a message, because a server may echo a token or a customer's email there and
 * messages go to logs; it is available through {@code serverMessage()}, {@code errors()} (of a 422),
 * {@code body()} and {@code headers()}, for the application to log or not. And whatever builds a message, anything
 * JWT-shaped in it (three dot-separated base64url segments, the first starting {@code ey}) is replaced by
 * {@code ***}.
 *
 * <p>An answer with a status that is not a success is an {@link io.github.omneoid.client.errors.OmneoIdHttpException}
 * or one of its subclasses. It carries {@code status()}, {@code headers()}, {@code body()} (at most
 * {@value io.github.omneoid.client.errors.OmneoIdHttpException#BODY_CAP} bytes of an error body are read),
 * {@code method()}, {@code path()}, {@code serverMessage()} and {@code requestId()}.
 *
 * <table class="striped">
 *   <caption>What each failure is thrown as</caption>
 *   <tr><th>status or cause</th><th>exception</th></tr>
 *   <tr><td>3xx</td><td>{@link io.github.omneoid.client.errors.RedirectException}: never followed, so the request
 *       and its token go nowhere else</td></tr>
 *   <tr><td>400</td><td>{@link io.github.omneoid.client.errors.BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link io.github.omneoid.client.errors.UnauthorizedException}, after the one
 *       refresh-and-retry where the client has a token source</td></tr>
 *   <tr><td>403</td><td>{@link io.github.omneoid.client.errors.ForbiddenException}</td></tr>
 *   <tr><td>404</td><td>{@link io.github.omneoid.client.errors.NotFoundException}</td></tr>
 *   <tr><td>409</td><td>{@link io.github.omneoid.client.errors.ConflictException}</td></tr>
 *   <tr><td>422</td><td>{@link io.github.omneoid.client.errors.ValidationException}, with the field errors</td></tr>
 *   <tr><td>429</td><td>{@link io.github.omneoid.client.errors.RateLimitException}, with the server's
 *       {@code Retry-After}</td></tr>
 *   <tr><td>5xx</td><td>{@link io.github.omneoid.client.errors.ServerException}</td></tr>
 *   <tr><td>any other status that is not 2xx</td><td>{@link io.github.omneoid.client.errors.OmneoIdHttpException}
 *       </td></tr>
 *   <tr><td>connection refused or reset, DNS failure, body cut short</td><td>
 *       {@link io.github.omneoid.client.errors.NetworkException}</td></tr>
 *   <tr><td>connect, read, write or call timeout; the call timeout running out while waiting for a token</td><td>
 *       {@link io.github.omneoid.client.errors.CallTimeoutException}</td></tr>
 *   <tr><td>2xx with an HTML page, JSON of the wrong shape, no body, or a body longer than
 *       {@code maxResponseBytes}</td><td>{@link io.github.omneoid.client.errors.InvalidResponseException}</td></tr>
 *   <tr><td>a token that is not an Omneo ID token</td><td>
 *       {@link io.github.omneoid.client.errors.MalformedTokenException}</td></tr>
 *   <tr><td>a token past its expiry by more than the clock-skew tolerance, and no token source</td><td>
 *       {@link io.github.omneoid.client.errors.TokenExpiredException}</td></tr>
 *   <tr><td>no token and no token source</td><td>{@link io.github.omneoid.client.errors.MissingTokenException}
 *       </td></tr>
 *   <tr><td>an anonymous token on {@code /profiles/me/**} or {@code /profiles/connection/**}</td><td>
 *       {@link io.github.omneoid.client.errors.AnonymousTokenException}</td></tr>
 *   <tr><td>a Shopify customer signature that does not match</td><td>
 *       {@link io.github.omneoid.client.errors.SignatureMismatchException}</td></tr>
 * </table>
 *
 * <p>The token exceptions extend {@link io.github.omneoid.client.errors.TokenException} and are thrown before any
 * request is sent. When a token source fails, what it threw reaches every caller waiting for the token. {@link io.github.omneoid.client.errors.CallTimeoutException} extends
 * {@link io.github.omneoid.client.errors.NetworkException}. Retries (see {@code RetryPolicy}) happen before any of
 * these is thrown: the exception describes the last attempt. A bad argument (a blank id, a bad tenant, a negative
 * timeout) is not in this package: it is an {@link java.lang.IllegalArgumentException} naming the argument, thrown
 * before any request.
 *
 * <p>Null-marked (JSpecify {@code @NullMarked}): a type without {@code @Nullable} is never null, in and out.
 */
@NullMarked
package io.github.omneoid.client.errors;

import org.jspecify.annotations.NullMarked;
