package io.github.omneoid.examples;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.IdTokenSource;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.Ticker;
import io.github.omneoid.client.errors.OmneoIdException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.client.ConnectionsResource;
import io.github.omneoid.client.LocationsResource;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.Balances;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Connection;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileList;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.model.ProfileListItemInput;
import io.github.omneoid.model.ProfileUpdate;
import io.github.omneoid.model.ProfileUpsert;
import io.github.omneoid.sandbox.MutableClock;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The project's main job: the whole Omneo ID story, told step by step in plain words.
 *
 * <p>A backend mints tokens (by profile id, by identity, anonymous); a visitor signs up anonymously; the backend
 * mints the new customer's token; the customer client reads and updates the profile, its comms, its wishlist and
 * the store list; its token expires mid-way and is refreshed without the app doing anything; and it reads a
 * connected profile through a connection-scoped view.
 *
 * <p>By default everything runs against an embedded {@link OmneoIdSandbox} on loopback, with a clock the demo moves
 * by hand, so the token expiry takes no waiting. With {@code OMNEO_TENANT}, {@code OMNEO_API_TOKEN} and
 * {@code OMNEO_PROFILE_ID} set, the same calls go to that tenant instead, and the sandbox-only parts (seeding,
 * moving the clock) are skipped — the output says so. Optional there: {@code OMNEO_IDENTITY_HANDLE} with
 * {@code OMNEO_IDENTIFIER} (mint by identity) and {@code OMNEO_SIGNUP_EMAIL} (the sign-up's address).
 *
 * <p>Tokens are never printed; at most their last five characters, to tell one from another.
 *
 * <p>Run it from the repository root: {@code ./mvnw -q -Pdemo -pl examples -am package -DskipTests}. Exit status 0
 * on success; on failure the typed error is printed and the status is 1.
 */
public final class Demo {

  /** The sandbox's demo data: Jane Citizen has this identity (the example of docs.omneo.io/docs/omneo-id). */
  static final String DEMO_IDENTITY_HANDLE = "magento_id";
  static final String DEMO_IDENTIFIER = "1004993MH";
  static final String DEMO_PROFILE_EMAIL = "jane.citizen@example.com";
  /** Short, so the demo can show a token running out; the sandbox's clock is moved past it, never waited for. */
  static final Duration SANDBOX_TOKEN_LIFETIME = Duration.ofSeconds(60);
  static final String SANDBOX_SIGNUP_EMAIL = "alex.sample@example.com";
  static final String TENANT_SIGNUP_EMAIL = "omneo-id-java-demo@example.com";

  private final Target target;
  private final PrintStream out;
  private int step;
  /** Tokens minted directly with the admin client (step 1). */
  private int backendMints;
  /** The customer's token source (step 3 on): its first token, and every refresh. */
  private CountingTokenSource customerSource;

  private Demo(Target target, PrintStream out) {
    this.target = target;
    this.out = out;
  }

  public static void main(String[] args) {
    int status = run(System.getenv(), System.out);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo against a real tenant when the environment names one, else against a new embedded sandbox.
   *
   * @return the exit status: 0 on success, 1 on failure (the error is printed to {@code out})
   */
  static int run(Map<String, String> env, PrintStream out) {
    Target target;
    try {
      target = Target.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      out.println("Cannot start the demo: " + e.getMessage());
      return 1;
    }
    try {
      return new Demo(target, out).tell();
    } finally {
      target.close();
    }
  }

  /** Runs the demo against {@code target}, which it closes. */
  static int run(Target target, PrintStream out) {
    try {
      return new Demo(target, out).tell();
    } finally {
      target.close();
    }
  }

  private int tell() {
    long started = System.nanoTime();
    out.println(target.headline());
    try {
      String customerId = story();
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      out.println();
      out.println("Done: " + step + " steps in " + millis + " ms; the backend minted "
          + (backendMints + customerSource.mints()) + " tokens (" + backendMints + " in step 1, "
          + customerSource.mints() + " for customer " + shortId(customerId) + ", " + (customerSource.mints() - 1)
          + " of them a transparent refresh); nothing failed.");
      return 0;
    } catch (OmneoIdHttpException e) {
      out.println();
      out.println("FAILED at step " + step + ": " + e.getClass().getSimpleName() + ": HTTP " + e.status() + " on "
          + e.method() + " " + e.path() + ": " + e.serverMessage().orElse(e.getMessage())
          + (e instanceof ValidationException ? " " + ((ValidationException) e).errors() : ""));
      return 1;
    } catch (OmneoIdException e) {
      out.println();
      out.println("FAILED at step " + step + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      out.println();
      out.println("FAILED at step " + step + ": " + e.getClass().getName() + ": " + e.getMessage());
      return 1;
    }
  }

  /** @return the id of the customer who signed up */
  private String story() {
    OmneoIdAdmin admin = target.admin();

    // 1. Minting: the admin token stays in the backend and is used for this alone.
    step("The backend mints ID tokens with its admin API token (POST /auth/token):");
    IdToken byId = mint(admin, AuthTokenRequest.forProfile(target.knownProfileId()));
    detail("by profile id " + shortId(target.knownProfileId()) + ": " + describe(byId));
    Optional<String[]> identity = target.identity();
    if (identity.isPresent()) {
      String identifier = identity.get()[1];
      String handle = identity.get()[0];
      IdToken byIdentity = mint(admin, AuthTokenRequest.forIdentity(identifier, handle));
      detail("by identity " + handle + "=" + identifier + ": " + describe(byIdentity)
          + (byIdentity.profileId().equals(byId.profileId()) ? " (the same profile)" : ""));
    } else {
      detail("by identity: skipped (set OMNEO_IDENTITY_HANDLE and OMNEO_IDENTIFIER to try it)");
    }
    IdToken anonymous = mint(admin, AuthTokenRequest.anonymous());
    detail("anonymous: " + describe(anonymous) + " (it may only sign customers up)");

    // 2. The anonymous sign-up: POST /profiles creates (or, on a matching email, only updates comms).
    OmneoId visitor = target.customer().idToken(anonymous).build();
    String email = target.signupEmail();
    step("A visitor signs up with the anonymous token (POST /profiles), giving only the email " + email + ":");
    Profile created = visitor.profiles().upsert(new ProfileUpsert().email(email));
    String customerId = created == null ? null : created.getId();
    if (customerId == null) {
      throw new IllegalStateException("POST /profiles answered without data.id, so the demo cannot go on");
    }
    ProfileComms comms = created.getAttributes() == null ? null : created.getAttributes().getComms();
    String fields = "first name \"" + created.getFirstName() + "\", last name \"" + created.getLastName()
        + "\", email_promo " + (comms == null ? null : comms.getEmailPromo()) + ", email_optout "
        + (comms == null ? null : comms.getEmailOptout());
    if ("unknown".equals(created.getFirstName())) {
      detail("new profile " + shortId(customerId) + " with the server's defaults: " + fields);
    } else {
      detail("the email matched profile " + shortId(customerId) + ", so only its comms could change (the answer"
          + " is 200 either way): " + fields);
    }

    // 3. The backend mints the new customer's token; the same source refreshes it later.
    CountingTokenSource source = new CountingTokenSource(admin.tokenSource(AuthTokenRequest.forProfile(customerId)));
    customerSource = source;
    step("The backend mints the new customer's token:");
    IdToken first = source.fetch();
    detail(describe(first) + " (mints for this customer so far: " + source.mints() + ")");

    // 4. The customer client: the token, plus where to get the next one.
    OmneoId id = target.customer().idToken(first).tokenSource(source).build();
    step("The customer client reads its profile (GET /profiles/me) and sets its name (PUT /profiles/me with only"
        + " those fields):");
    Profile me = id.profile().get();
    detail("read: " + name(me) + " <" + me.getEmail() + ">, profile type " + me.getProfileType()
        + ", token for " + shortId(id.auth().profileId().orElse("?")));
    Profile named = id.profile().update(new ProfileUpdate().firstName("Alex").lastName("Sample"));
    detail("updated: " + name(named) + ", email still " + named.getEmail());

    step("It changes its email preferences (PUT /profiles/me/comms):");
    ProfileComms before = id.profile().attributes().comms().get();
    ProfileComms off = id.profile().unsubscribe(CommsChannel.EMAIL);
    ProfileComms on = id.profile().subscribe(CommsChannel.EMAIL);
    detail("subscribed to email: " + yesNo(ProfileResource.isSubscribed(before, CommsChannel.EMAIL))
        + " -> unsubscribe -> " + yesNo(ProfileResource.isSubscribed(off, CommsChannel.EMAIL))
        + " -> subscribe -> " + yesNo(ProfileResource.isSubscribed(on, CommsChannel.EMAIL))
        + " (email_promo " + on.getEmailPromo() + ", email_optout " + on.getEmailOptout() + ")");

    step("It adds a dress to its wishlist (the list with handle \"wishlist\"):");
    List<ProfileList> lists = id.profile().lists().list(Query.of());
    boolean hasWishlist = lists.stream().anyMatch(l -> "wishlist".equals(l.getHandle()));
    if (hasWishlist) {
      detail("the wishlist exists already");
    } else {
      ProfileList made = id.profile().lists().create(new ProfileListInput().name("Wishlist").handle("wishlist"));
      detail("no wishlist yet: created list #" + made.getId() + " \"" + made.getName() + "\"");
    }
    id.profile().lists().items("wishlist").create(
        new ProfileListItemInput().productVariantSku("DRESS-RED-10").quantity(1));
    int items = id.profile().lists().items("wishlist").list(Query.of()).size();
    detail("added DRESS-RED-10 x1: the wishlist now holds " + items + " item" + (items == 1 ? "" : "s"));

    // 5. Expiry mid-way: the next call fetches a new token first, through the source.
    IdToken held = id.auth().token().orElseThrow(IllegalStateException::new);
    Optional<MutableClock> clock = target.clock();
    if (clock.isPresent()) {
      Duration jump = Duration.between(clock.get().instant(), held.expiresAt()).plusSeconds(1);
      clock.get().advance(jump);
      step("Time passes: the sandbox's clock moves " + jump.getSeconds() + " s, past the token's expiry ("
          + suffix(held) + " expired at " + held.expiresAt() + "):");
    } else {
      id.reset();
      step("Token refresh: a real tenant's clock cannot be moved (sandbox only), so the demo drops the token"
          + " with id.reset(), as at its expiry:");
    }
    detail("expired now: " + yesNo(id.auth().isTokenExpired()));
    Balances balances = id.profile().balances().get();
    IdToken fresh = id.auth().token().orElseThrow(IllegalStateException::new);
    detail("the next call (GET /profiles/me/balances) first got a new token from the backend: " + suffix(held)
        + " -> " + suffix(fresh) + ", mints for this customer: " + source.mints() + "; the app saw no error");
    detail("and read the balances with it: rewards $" + money(balances.getRewardBalance()) + ", points "
        + money(balances.getPointBalance()));

    step("It lists the open stores (GET /locations, LocationsResource.OPEN_STORES):");
    Page<Location> open = id.locations().list(LocationsResource.OPEN_STORES);
    List<String> stores = new ArrayList<>();
    for (Location l : open.autoPager()) {
      stores.add(l.getName() + (l.getAddress() == null ? "" : " (" + l.getAddress().getCity() + ")"));
    }
    Integer all = id.locations().list(Query.of()).meta().getTotal();
    detail(stores.size() + " open of " + all + " stores: " + String.join(", ", stores));

    // 6. Connection-scoped read.
    step("A connection-scoped read (GET /profiles/connection/{id}):");
    Optional<String> seeded = target.seedConnection(customerId);
    if (seeded.isPresent()) {
      detail(seeded.get());
    } else {
      detail("seeding a connection: skipped on a real tenant (sandbox only)");
    }
    Page<Connection> connections = id.profile().connections().list(ConnectionsResource.Side.CONNECTOR, Query.of());
    if (connections.items().isEmpty()) {
      detail("the customer has no connections, so there is no connected profile to read");
    } else {
      Connection connection = connections.items().get(0);
      detail(connections.items().size() + " connection(s) where the customer is the connector; #" + connection.getId()
          + " \"" + connection.getName() + "\"");
      Profile connected = id.profile().connection(connection.getId()).get();
      detail("id.profile().connection(" + connection.getId() + ").get(): " + name(connected) + " <"
          + connected.getEmail() + ">, profile " + shortId(connected.getId()));
      Profile still = id.profile().get();
      detail("id.profile().get() is still the customer: " + name(still) + ", profile " + shortId(still.getId()));
    }
    return customerId;
  }

  private IdToken mint(OmneoIdAdmin admin, AuthTokenRequest request) {
    IdToken token = admin.auth().requestAuthToken(request);
    backendMints++;
    return token;
  }

  private String describe(IdToken token) {
    String who = token.profileId().map(p -> "bound to profile " + shortId(p)).orElse("bound to no profile");
    Duration left = Duration.between(target.now(), token.expiresAt());
    return suffix(token) + ", " + who + ", valid " + left.getSeconds() + " s";
  }

  private void step(String text) {
    step++;
    out.println(step + ". " + text);
  }

  private void detail(String text) {
    out.println("   - " + text);
  }

  /** At most the last five characters of a token: enough to tell two apart, never enough to use one. */
  static String suffix(IdToken token) {
    String v = token.value();
    return "token ..." + v.substring(Math.max(0, v.length() - 5));
  }

  static String shortId(String id) {
    return id == null ? "?" : id.length() <= 8 ? id : id.substring(0, 8) + "...";
  }

  private static String name(Profile p) {
    return p.getFirstName() + " " + p.getLastName();
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  private static String money(BigDecimal value) {
    return value == null ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A token source that counts what it mints, so the output can show a refresh happened. */
  static final class CountingTokenSource implements IdTokenSource {
    private final IdTokenSource delegate;
    private final AtomicInteger mints = new AtomicInteger();

    CountingTokenSource(IdTokenSource delegate) {
      this.delegate = delegate;
    }

    @Override
    public IdToken fetch() {
      IdToken token = delegate.fetch();
      mints.incrementAndGet();
      return token;
    }

    int mints() {
      return mints.get();
    }
  }

  /** Where the demo runs: the embedded sandbox, or a real tenant. */
  abstract static class Target implements AutoCloseable {

    static Target fromEnvironment(Map<String, String> env) {
      String tenant = blankToNull(env.get("OMNEO_TENANT"));
      String apiToken = blankToNull(env.get("OMNEO_API_TOKEN"));
      String profileId = blankToNull(env.get("OMNEO_PROFILE_ID"));
      if (tenant == null && apiToken == null && profileId == null) {
        return Sandboxed.start();
      }
      if (tenant == null || apiToken == null || profileId == null) {
        throw new IllegalArgumentException("a real tenant needs all of OMNEO_TENANT, OMNEO_API_TOKEN and"
            + " OMNEO_PROFILE_ID (missing: " + String.join(", ", missing(tenant, apiToken, profileId))
            + "); unset them all to use the embedded sandbox");
      }
      String handle = blankToNull(env.get("OMNEO_IDENTITY_HANDLE"));
      String identifier = blankToNull(env.get("OMNEO_IDENTIFIER"));
      String email = blankToNull(env.get("OMNEO_SIGNUP_EMAIL"));
      return new Tenant("tenant " + tenant, OmneoIdAdmin.builder().tenant(tenant).apiToken(apiToken).build(),
          () -> OmneoId.builder().tenant(tenant), profileId,
          handle == null || identifier == null ? null : new String[] {handle, identifier},
          email == null ? TENANT_SIGNUP_EMAIL : email);
    }

    private static List<String> missing(String tenant, String apiToken, String profileId) {
      List<String> names = new ArrayList<>();
      if (tenant == null) {
        names.add("OMNEO_TENANT");
      }
      if (apiToken == null) {
        names.add("OMNEO_API_TOKEN");
      }
      if (profileId == null) {
        names.add("OMNEO_PROFILE_ID");
      }
      return names;
    }

    private static String blankToNull(String s) {
      return s == null || s.trim().isEmpty() ? null : s.trim();
    }

    /** The first line of the output: where the demo runs. */
    abstract String headline();

    abstract OmneoIdAdmin admin();

    /** A customer-client builder pointed at the target (and at its clock). */
    abstract OmneoId.Builder customer();

    /** A profile that exists before the demo: minting by profile id uses it. */
    abstract String knownProfileId();

    /** {handle, identifier} of an existing identity, if there is one to mint by. */
    abstract Optional<String[]> identity();

    abstract String signupEmail();

    /** The clock the demo may move; empty on a real tenant. */
    abstract Optional<MutableClock> clock();

    abstract java.time.Instant now();

    /** Seeds a connected profile for the customer (sandbox only); returns what it did, in words. */
    abstract Optional<String> seedConnection(String customerId);

    @Override
    public abstract void close();
  }

  /** The embedded sandbox, with the demo data and a clock that only moves when the demo says so. */
  static final class Sandboxed extends Target {
    private final OmneoIdSandbox sandbox;
    private final MutableClock clock;
    private final OmneoIdAdmin admin;
    private final String janeId;

    private Sandboxed(OmneoIdSandbox sandbox, MutableClock clock) {
      this.sandbox = sandbox;
      this.clock = clock;
      this.admin = OmneoIdAdmin.builder().baseUrl(sandbox.baseUrl()).apiToken(sandbox.adminToken()).clock(clock)
          .build();
      this.janeId = (String) sandbox.seedDemoData().get("id");
    }

    static Sandboxed start() {
      MutableClock clock = MutableClock.startingNow();
      OmneoIdSandbox sandbox = OmneoIdSandbox.builder().clock(clock).tokenLifetime(SANDBOX_TOKEN_LIFETIME).start();
      try {
        return new Sandboxed(sandbox, clock);
      } catch (RuntimeException e) {
        sandbox.close();
        throw e;
      }
    }

    @Override
    String headline() {
      return "Omneo ID demo against an embedded sandbox at " + sandbox.baseUrl() + " (no tenant needed; set"
          + " OMNEO_TENANT, OMNEO_API_TOKEN and OMNEO_PROFILE_ID to use a real one).\n"
          + "The sandbox holds demo data, Jane Citizen (" + DEMO_IDENTITY_HANDLE + "=" + DEMO_IDENTIFIER
          + ") and her son Sam, and its ID tokens live " + SANDBOX_TOKEN_LIFETIME.getSeconds()
          + " s on a clock the demo moves by hand.\n";
    }

    @Override
    OmneoIdAdmin admin() {
      return admin;
    }

    @Override
    OmneoId.Builder customer() {
      // The demo moves time by hand: the client's monotonic clock moves with the sandbox's.
      return OmneoId.builder().baseUrl(sandbox.baseUrl()).clock(clock).ticker(Ticker.following(clock));
    }

    @Override
    String knownProfileId() {
      return janeId;
    }

    @Override
    Optional<String[]> identity() {
      return Optional.of(new String[] {DEMO_IDENTITY_HANDLE, DEMO_IDENTIFIER});
    }

    @Override
    String signupEmail() {
      return SANDBOX_SIGNUP_EMAIL;
    }

    @Override
    Optional<MutableClock> clock() {
      return Optional.of(clock);
    }

    @Override
    java.time.Instant now() {
      return clock.instant();
    }

    @Override
    Optional<String> seedConnection(String customerId) {
      Map<String, Object> kim = sandbox.seedProfile(ProfileSeed.withEmail("kim.sample@example.com")
          .firstName("Kim").lastName("Sample"));
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("name", "Daughter");
      Map<String, Object> connection = sandbox.seedConnection(customerId, (String) kim.get("id"), link);
      return Optional.of("seeded (sandbox only): profile Kim Sample " + shortId((String) kim.get("id"))
          + ", linked to the customer as connection #" + connection.get("id") + " \"Daughter\"");
    }

    OmneoIdSandbox sandbox() {
      return sandbox;
    }

    @Override
    public void close() {
      sandbox.close();
    }
  }

  /** A real tenant (or any server that speaks the ID API), reached with the admin token from the environment. */
  static final class Tenant extends Target {
    private final String where;
    private final OmneoIdAdmin admin;
    private final java.util.function.Supplier<OmneoId.Builder> customer;
    private final String profileId;
    private final String[] identity;
    private final String signupEmail;

    Tenant(String where, OmneoIdAdmin admin, java.util.function.Supplier<OmneoId.Builder> customer,
        String profileId, String[] identity, String signupEmail) {
      this.where = where;
      this.admin = admin;
      this.customer = customer;
      this.profileId = profileId;
      this.identity = identity;
      this.signupEmail = signupEmail;
    }

    @Override
    String headline() {
      return "Omneo ID demo against " + where + " (from OMNEO_TENANT, OMNEO_API_TOKEN and OMNEO_PROFILE_ID)."
          + "\nSandbox-only parts (seeding data, moving the clock) are skipped and marked so below.\n";
    }

    @Override
    OmneoIdAdmin admin() {
      return admin;
    }

    @Override
    OmneoId.Builder customer() {
      return customer.get();
    }

    @Override
    String knownProfileId() {
      return profileId;
    }

    @Override
    Optional<String[]> identity() {
      return Optional.ofNullable(identity);
    }

    @Override
    String signupEmail() {
      return signupEmail;
    }

    @Override
    Optional<MutableClock> clock() {
      return Optional.empty();
    }

    @Override
    java.time.Instant now() {
      return Clock.systemUTC().instant();
    }

    @Override
    Optional<String> seedConnection(String customerId) {
      return Optional.empty();
    }

    @Override
    public void close() {
      // nothing to stop: the tenant is not ours
    }
  }
}
