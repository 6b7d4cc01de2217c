/**
 * The Java client of the Omneo ID API ({@code https://api.{tenant}.getomneo.com/id/api/v1}), the customer-facing
 * proxy that acts on one customer profile with a short-lived ID token (a JWT).
 *
 * <h2>Two clients</h2>
 * <ul>
 *   <li>{@link io.github.omneoid.client.OmneoIdAdmin}, on a server: holds the long-lived admin API token and uses
 *       it only to mint ID tokens ({@code POST /auth/token}). Stateless and thread-safe.</li>
 *   <li>{@link io.github.omneoid.client.OmneoId}, for one customer: holds an ID token (or an
 *       {@link io.github.omneoid.client.IdTokenSource} that hands out new ones) and makes every other call.
 *       Immutable and thread-safe; build one per customer session.</li>
 * </ul>
 * Both are configured through {@link io.github.omneoid.client.ClientBuilder}: tenant or base URL, the
 * {@code OkHttpClient} to share, timeouts, {@link io.github.omneoid.client.RetryPolicy}, size limits, async limits,
 * clocks and an {@link io.github.omneoid.client.OmneoIdListener} for logs and metrics.
 *
 * <pre>{@code
 * OmneoIdAdmin admin = OmneoIdAdmin.builder().tenant("acme").apiToken(adminToken).build();
 * OmneoId id = OmneoId.builder().tenant("acme")
 *     .tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(profileId)))
 *     .build();
 * Profile me = id.profile().get();                                    // GET /profiles/me
 * for (Point point : id.profile().points().list().autoPager()) {      // GET /profiles/me/points, every page
 *   System.out.println(point.getValueRemaining());
 * }
 * }</pre>
 *
 * <h2>Resources</h2>
 * {@link io.github.omneoid.client.OmneoId#profile()} is the profile the token is bound to, {@code /profiles/me},
 * with one resource class per part of it ({@code addresses()}, {@code lists()}, {@code points()}...); the names
 * follow the JS SDK (omneo-sdk). Each method's documentation names the route it calls.
 * {@link io.github.omneoid.client.ProfileResource#connection(long)} gives the same surface for a connected profile:
 * every {@code /profiles/me/...} route becomes {@code /profiles/connection/{connectionId}/...}.
 * {@link io.github.omneoid.client.OmneoId#profiles()} is the anonymous sign-up ({@code POST /profiles}),
 * {@link io.github.omneoid.client.OmneoId#locations()} the store finder ({@code /locations}), and
 * {@link io.github.omneoid.client.OmneoId#call(String, String)} any route not wrapped yet.
 *
 * <p>Calls block and return the model inside the response's {@code {"data": ...}} envelope (the models are in
 * {@code io.github.omneoid.model}); paginated lists return a {@link io.github.omneoid.client.Page}, filtered,
 * sorted and sized with a {@link io.github.omneoid.client.Query}. {@link io.github.omneoid.client.OmneoId#async}
 * runs any of them on an executor and returns a {@link java.util.concurrent.CompletableFuture}.
 *
 * <h2>Errors</h2>
 * Every exception the clients throw is unchecked and lives in {@link io.github.omneoid.client.errors}, whose
 * documentation maps each HTTP status and failure to its exception (as does the README's "Errors" section). A
 * wrong argument is an {@link java.lang.IllegalArgumentException} naming it, thrown before any request;
 * {@code build()} without the required settings is an {@link java.lang.IllegalStateException}.
 *
 * <h2>Tokens</h2>
 * {@link io.github.omneoid.client.IdToken} reads an ID token's {@code pid} and {@code exp} claims. The customer
 * client refreshes its token through its source before the token runs out, judging freshness on a monotonic
 * clock ({@link io.github.omneoid.client.Ticker}); the README's "Tokens" section gives the thresholds, the
 * backoff after a failed refresh and the bounded waits.
 *
 * <p>Server-side helpers for the Omneo Shopify plugin are in {@link io.github.omneoid.client.shopify}.
 *
 * <p>Null-marked (JSpecify {@code @NullMarked}): a type without {@code @Nullable} is never null, in and out.
 */
@NullMarked
package io.github.omneoid.client;

import org.jspecify.annotations.NullMarked;
