package io.github.omneoid.sandbox;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * An embedded, stateful stand-in of the Omneo ID API ({@code /id/api/v1}) on a real HTTP server, with signed ID
 * tokens, an in-memory profile store and fault injection.
 *
 * <pre>{@code
 * try (OmneoIdSandbox sandbox = OmneoIdSandbox.start()) {
 *   Map<String, Object> jane = sandbox.seedProfile(ProfileSeed.withEmail("jane@example.com").firstName("Jane"));
 *   String idToken = sandbox.mintToken((String) jane.get("id"));
 *   // point a client at sandbox.baseUrl(), mint with sandbox.adminToken(), or call with idToken
 * }
 * }</pre>
 *
 * <p>Thread-safe: every request and every method here runs atomically against the store.
 */
public final class OmneoIdSandbox implements AutoCloseable {
  /** The API's base path, as on a real tenant ({@code https://api.{tenant}.getomneo.com/id/api/v1}). */
  public static final String BASE_PATH = "/id/api/v1";
  /** Default cap on request bodies; larger bodies get 413. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;

  private static final List<Logger> QUIET_LOGGERS = new ArrayList<>();

  static {
    // Undertow and XNIO announce themselves at INFO through java.util.logging; keep test output clean.
    for (String name : Arrays.asList("org.xnio", "org.xnio.nio", "org.jboss.threads", "io.undertow")) {
      Logger l = Logger.getLogger(name);
      if (l.getLevel() == null) {
        l.setLevel(Level.WARNING);
      }
      QUIET_LOGGERS.add(l);
    }
  }

  private final Store store;
  private final TokenService tokens;
  private final Api api;
  private final Seeder seeder;
  private final Faults faults = new Faults();
  private final Undertow server;
  private final String host;
  private final int port;
  private final Duration tokenLifetime;
  private volatile boolean closed;

  private OmneoIdSandbox(Builder b) {
    this.store = new Store(b.clock);
    this.tokenLifetime = b.tokenLifetime;
    this.tokens = new TokenService(b.clock, b.tokenLifetime, b.adminToken != null ? b.adminToken : randomAdminToken());
    this.api = new Api(store, tokens, b.spec != null ? b.spec : Spec.bundled(), true);
    this.seeder = new Seeder(api);
    this.host = b.host;
    this.server = Undertow.builder()
        .addHttpListener(b.port, b.host)
        .setIoThreads(2)
        .setWorkerThreads(32)
        // Decoding is ours, so that a malformed %-escape gets a JSON 400 instead of Undertow's empty one.
        .setServerOption(UndertowOptions.DECODE_URL, false)
        .setHandler(new BlockingHandler(new HttpFront(api, tokens, faults, b.maxBodyBytes)))
        .build();
    server.start();
    this.port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /**
   * Starts a sandbox on a random free port of 127.0.0.1 with the defaults of {@link Builder}.
   *
   * @return the running sandbox; close it when done
   */
  public static OmneoIdSandbox start() {
    return builder().start();
  }

  /** @return settings to change before {@link Builder#start()} */
  public static Builder builder() {
    return new Builder();
  }

  private static String randomAdminToken() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    StringBuilder sb = new StringBuilder("sandbox-admin-");
    for (byte x : b) {
      sb.append(String.format("%02x", x));
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------------------ about

  /**
   * {@code http://127.0.0.1:<port>/id/api/v1}, no trailing slash.
   *
   * @return the base URL to point a client at
   */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port + BASE_PATH;
  }

  /** @return the port it listens on */
  public int port() {
    return port;
  }

  /**
   * The admin API token: the only credential {@code POST /auth/token} accepts.
   *
   * @return the admin API token
   */
  public String adminToken() {
    return tokens.adminToken();
  }

  /** @return how long the ID tokens it mints live */
  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /**
   * The clock the sandbox reads (for token expiry and timestamps).
   *
   * @return the clock given to {@link Builder#clock(Clock)}, or the system UTC clock
   */
  public Clock clock() {
    return store.clock;
  }

  /**
   * The fault-injection registry; see {@link Fault}.
   *
   * @return the registry of this sandbox's faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * How many method + path routes are served: one per operation of the spec, plus the
   * {@code /profiles/connection/{id}} copy of each connection-scoped one.
   *
   * @return the number of method + path routes
   */
  public int routeCount() {
    return api.routeCount();
  }

  /** The route table (tests check it against the spec). */
  RouteTable routeTable() {
    return api.routes;
  }

  // ------------------------------------------------------------------------------------------------ tokens

  /**
   * Mints an ID token for an existing profile, as {@code POST /auth/token} with {@code {"id": profileId}} does.
   *
   * @param profileId the {@code id} of an existing, not deleted profile
   * @return a signed ID token for that profile, valid for {@link #tokenLifetime()}
   */
  public String mintToken(String profileId) {
    synchronized (store) {
      if (store.profile(profileId) == null) {
        throw new IllegalArgumentException("No profile with id " + profileId);
      }
    }
    return tokens.mint(profileId).token;
  }

  /**
   * Mints an anonymous ID token ({@code pid} = the string {@code "null"}).
   *
   * @return a signed ID token for no profile, valid for {@link #tokenLifetime()}
   */
  public String mintAnonymousToken() {
    return tokens.mint(null).token;
  }

  /** Every token issued so far (ID tokens of every kind) now gets 401, as if it had expired. */
  public void expireAllTokens() {
    tokens.expireAll();
  }

  // ------------------------------------------------------------------------------------------------ seeding

  /**
   * Seeds a profile with generated defaults (a unique email, "Sandbox" "User&lt;n&gt;").
   *
   * @return an immutable view of the stored profile as {@code GET /profiles/me} shows it, including its {@code id}
   */
  public Map<String, @Nullable Object> seedProfile() {
    return seedProfile(ProfileSeed.random());
  }

  /**
   * Seeds a profile from a {@link ProfileSeed}.
   *
   * @param seed the fields
   * @return an immutable view of the stored profile as {@code GET /profiles/me} shows it, including its {@code id}
   */
  public Map<String, @Nullable Object> seedProfile(ProfileSeed seed) {
    return seedProfile(seed.toMap());
  }

  /**
   * Seeds a profile from a map of profile fields (as {@code GET /profiles/me} shows them) plus optional nested
   * collections: {@code addresses}, {@code identities} ({@code [{handle, identifier}]}), {@code lists} (with
   * {@code items}), {@code custom_attributes} ({@code [{namespace, handle, type, value}]}), {@code attributes}
   * ({@code comms}, {@code appearance}, {@code dates}), {@code regions} ({@code [{region_id, country, state}]}),
   * and records for {@code points}, {@code rewards}, {@code benefits}, {@code transactions},
   * {@code transaction_claims}, {@code ledgers}, {@code interactions}, {@code achievements}, {@code credits},
   * {@code orders}, {@code redemptions}. Missing fields get the same defaults as {@code POST /profiles}. Numbers
   * are stored exactly: whole numbers as {@link Long}, others as {@link java.math.BigDecimal}.
   *
   * @param fields the profile fields and nested collections (copied)
   * @return an immutable view of the stored profile as {@code GET /profiles/me} shows it, including its {@code id}
   * @throws IllegalArgumentException when a field is invalid, beyond the sandbox's limits (nesting deeper than 32
   *     levels, numbers outside a double's range), or the email, mobile or an identity is taken
   */
  public Map<String, @Nullable Object> seedProfile(Map<String, ?> fields) {
    Objects.requireNonNull(fields, "fields");
    Map<String, Object> in = Json.copy(fields);
    synchronized (store) {
      return Json.frozenMap(api.parts.render.profile(seeder.profile(in)));
    }
  }

  /**
   * Adds one record to a profile's collection ({@code transactions}, {@code rewards}, {@code points},
   * {@code benefits}, {@code transaction_claims}, {@code interactions}, {@code ledgers}, {@code achievements},
   * {@code credits}, {@code orders}, {@code redemptions}, {@code addresses}, {@code identities}, {@code lists},
   * {@code custom_attributes}, {@code dates}, {@code regions}) and returns it as stored (immutable view).
   *
   * @param profileId the {@code id} of an existing, not deleted profile
   * @param collection the collection's key, one of those above
   * @param fields the record's fields (copied)
   * @return the record as stored (immutable view)
   * @throws IllegalArgumentException for an unknown collection or profile, or a record the API would refuse
   */
  public Map<String, @Nullable Object> seedRecord(String profileId, String collection,
      Map<String, ?> fields) {
    Kind kind = Kind.of(collection);
    Map<String, Object> in = Json.copy(fields);
    synchronized (store) {
      Store.Profile p = store.profile(profileId);
      if (p == null) {
        throw new IllegalArgumentException("No profile with id " + profileId);
      }
      return Json.frozenMap(seeder.record(p, kind, in));
    }
  }

  /**
   * Links two profiles: {@code connectorId} may then act on {@code connectedId} through
   * {@code /profiles/connection/{id}}. Extra fields (name, status, meta...) override the defaults.
   *
   * @param connectorId the profile that acts; must exist
   * @param connectedId the profile it may act on; must exist
   * @param extra connection fields that override the defaults ({@code id} is ignored), or {@code null} for none
   * @return the connection as stored (immutable view), with its {@code id}
   */
  public Map<String, @Nullable Object> seedConnection(String connectorId, String connectedId,
      @Nullable Map<String, ?> extra) {
    Map<String, Object> x = extra == null ? null : Json.copy(extra);
    synchronized (store) {
      return Json.frozenMap(seeder.connection(connectorId, connectedId, x));
    }
  }

  /**
   * Links two profiles with the default connection fields.
   *
   * @param connectorId the profile that acts
   * @param connectedId the profile it may act on
   * @return the connection as stored (immutable view), with its {@code id}
   */
  public Map<String, @Nullable Object> seedConnection(String connectorId, String connectedId) {
    return seedConnection(connectorId, connectedId, null);
  }

  /**
   * Adds a store location; the defaults include normal opening hours. Returns it as stored.
   *
   * @param fields the location's fields, overriding the defaults (copied); an {@code id} is kept, else one is assigned
   * @return the location as stored (immutable view), with its {@code id}
   */
  public Map<String, @Nullable Object> seedLocation(Map<String, ?> fields) {
    Map<String, Object> in = Json.copy(fields);
    synchronized (store) {
      return Json.frozenMap(seeder.location(in));
    }
  }

  /**
   * Seeds the demo story (two connected profiles with loyalty data) and returns the main demo profile.
   *
   * @return the main demo profile (Jane Citizen), as {@link #profile(String)} shows it
   */
  public Map<String, @Nullable Object> seedDemoData() {
    return DemoData.seed(this);
  }

  /**
   * The stored profile as {@code GET /profiles/me} would show it, if it exists and is not deleted.
   *
   * @param id the profile's {@code id}
   * @return an immutable view of the profile, or empty if there is none or it is deleted
   */
  public Optional<Map<String, @Nullable Object>> profile(String id) {
    synchronized (store) {
      Store.Profile p = store.profile(id);
      return p == null ? Optional.empty() : Optional.of(Json.frozenMap(api.parts.render.profile(p)));
    }
  }

  /**
   * All live profiles (immutable views).
   *
   * @return the profiles that are not deleted, each as {@code GET /profiles/me} shows it
   */
  public List<Map<String, @Nullable Object>> profiles() {
    synchronized (store) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Store.Profile p : store.profiles.values()) {
        if (!p.deleted) {
          out.add(Json.frozenMap(api.parts.render.profile(p)));
        }
      }
      return out;
    }
  }

  /** Removes all profiles and connections and all faults; locations, regions and tiers stay. */
  public void reset() {
    synchronized (store) {
      store.reset();
    }
    faults.clear();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      server.stop();
    }
  }

  @Override
  public String toString() {
    return "OmneoIdSandbox[" + baseUrl() + "]";
  }

  /** Settings for {@link OmneoIdSandbox}; every one has a default. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private Duration tokenLifetime = Duration.ofHours(1);
    private Clock clock = Clock.systemUTC();
    private String adminToken;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private boolean demoData;
    private final List<Consumer<OmneoIdSandbox>> seeds = new ArrayList<>();
    private Spec spec;

    private Builder() {}

    /**
     * TCP port; 0 (the default) picks a free one.
     *
     * @param port the port to listen on, 0..65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Interface to bind; default {@code 127.0.0.1} (loopback only).
     *
     * @param host the address to listen on, e.g. {@code 0.0.0.0} for every interface
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /**
     * Lifetime of minted ID tokens; default one hour.
     *
     * @param lifetime how long a minted ID token stays valid; at least one second
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.getSeconds() < 1) {
        throw new IllegalArgumentException("token lifetime must be at least one second");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * The clock for token expiry and timestamps (UTC); e.g. a {@link MutableClock}.
     *
     * @param clock the clock the sandbox reads
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * A fixed admin API token; default a random one.
     *
     * @param adminToken the token {@code POST /auth/token} accepts; not blank
     * @return this builder
     */
    public Builder adminToken(String adminToken) {
      if (adminToken == null || adminToken.trim().isEmpty()) {
        throw new IllegalArgumentException("admin token must not be blank");
      }
      this.adminToken = adminToken;
      return this;
    }

    /**
     * Request body cap in bytes (default 1 MiB); larger bodies get 413.
     *
     * @param bytes the largest accepted request body, in bytes; at least 1
     * @return this builder
     */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Seeds the demo profiles ({@link #seedDemoData()}) at start.
     *
     * @return this builder
     */
    public Builder demoData() {
      this.demoData = true;
      return this;
    }

    /**
     * Runs after start, e.g. {@code .seed(s -> s.seedProfile(ProfileSeed.withEmail("a@b.co")))}.
     *
     * @param seeder called with the started sandbox, after the demo data and the seeds added before it
     * @return this builder
     */
    public Builder seed(Consumer<OmneoIdSandbox> seeder) {
      seeds.add(Objects.requireNonNull(seeder));
      return this;
    }

    /**
     * Seeds these profiles at start (maps as for {@link OmneoIdSandbox#seedProfile(Map)}).
     *
     * @param profiles the profiles to seed, in order (the list is copied now)
     * @return this builder
     */
    public Builder seed(List<? extends Map<String, ?>> profiles) {
      List<Map<String, ?>> copy = new ArrayList<>(profiles);
      return seed(s -> copy.forEach(s::seedProfile));
    }

    /** Serve this spec instead of the one on the classpath (tests: a scratch spec with an extra operation). */
    Builder spec(Spec spec) {
      this.spec = Objects.requireNonNull(spec);
      return this;
    }

    /**
     * Starts the sandbox and runs the seeds.
     *
     * @return the running sandbox; close it when done
     */
    public OmneoIdSandbox start() {
      OmneoIdSandbox s = new OmneoIdSandbox(this);
      try {
        if (demoData) {
          s.seedDemoData();
        }
        for (Consumer<OmneoIdSandbox> seeder : seeds) {
          seeder.accept(s);
        }
      } catch (RuntimeException e) {
        s.close();
        throw e;
      }
      return s;
    }
  }
}
