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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

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
    this.api = new Api(store, tokens);
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

  /** Starts a sandbox on a random free port of 127.0.0.1 with the defaults of {@link Builder}. */
  public static OmneoIdSandbox start() {
    return builder().start();
  }

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

  // ------------------------------------------------------------------------------------------------ facts

  /** {@code http://127.0.0.1:<port>/id/api/v1}, no trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port + BASE_PATH;
  }

  public int port() {
    return port;
  }

  /** The admin API token: the only credential {@code POST /auth/token} accepts. */
  public String adminToken() {
    return tokens.adminToken();
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /** The clock the sandbox reads (for token expiry and timestamps). */
  public Clock clock() {
    return store.clock;
  }

  /** The fault-injection registry; see {@link Fault}. */
  public Faults faults() {
    return faults;
  }

  /** How many method + path routes are served (the {@code /profiles/connection/{id}} copy included). */
  public int routeCount() {
    return api.routeCount();
  }

  // ------------------------------------------------------------------------------------------------ tokens

  /** Mints an ID token for an existing profile, as {@code POST /auth/token} with {@code {"id": profileId}} does. */
  public String mintToken(String profileId) {
    synchronized (store) {
      if (store.profile(profileId) == null) {
        throw new IllegalArgumentException("No profile with id " + profileId);
      }
    }
    return tokens.mint(profileId).token;
  }

  /** Mints an anonymous ID token ({@code pid} = the string {@code "null"}). */
  public String mintAnonymousToken() {
    return tokens.mint(null).token;
  }

  /** Every token issued so far (ID tokens of every kind) now gets 401, as if it had expired. */
  public void expireAllTokens() {
    tokens.expireAll();
  }

  // ------------------------------------------------------------------------------------------------ seeding

  private static final Set<String> CORE_KEYS = new HashSet<>(Arrays.asList("id", "gender", "profile_type",
      "birth_date", "tags", "statuses", "custom_fields", "region_id", "attributes", "mobile_phone_e164"));

  /** Seeds a profile with generated defaults (a unique email, "Sandbox" "User&lt;n&gt;"). */
  public Map<String, Object> seedProfile() {
    return seedProfile(ProfileSeed.random());
  }

  public Map<String, Object> seedProfile(ProfileSeed seed) {
    return seedProfile(seed.toMap());
  }

  /**
   * Seeds a profile from a map of profile fields (facts §3.1) plus optional nested collections:
   * {@code addresses}, {@code identities} ({@code [{handle, identifier}]}), {@code lists} (with {@code items}),
   * {@code custom_attributes} ({@code [{namespace, handle, type, value}]}), {@code attributes} ({@code comms},
   * {@code appearance}, {@code dates}), {@code regions} ({@code [{region_id, country, state}]}), and records for
   * {@code points}, {@code rewards}, {@code benefits}, {@code transactions}, {@code transaction_claims},
   * {@code ledgers}, {@code interactions}, {@code achievements}, {@code credits}, {@code orders},
   * {@code redemptions}. Missing fields get the same defaults as {@code POST /profiles}.
   *
   * @return an immutable view of the stored profile as {@code GET /profiles/me} shows it, including its {@code id}
   * @throws IllegalArgumentException when a field is invalid or the email, mobile or an identity is taken
   */
  public Map<String, Object> seedProfile(Map<String, ?> fields) {
    Objects.requireNonNull(fields, "fields");
    @SuppressWarnings("unchecked")
    Map<String, Object> in = Json.copy((Map<String, Object>) fields);
    synchronized (store) {
      Map<String, Object> core = new LinkedHashMap<>(in);
      Map<String, Object> nested = new LinkedHashMap<>();
      for (String k : Arrays.asList("addresses", "identities", "lists", "custom_attributes", "regions", "points",
          "rewards", "benefits", "transactions", "transaction_claims", "ledgers", "interactions", "achievements",
          "credits", "orders", "redemptions")) {
        if (core.containsKey(k)) {
          nested.put(k, core.remove(k));
        }
      }
      List<Object> dates = null;
      if (core.get("attributes") instanceof Map) {
        Map<String, Object> attrs = new LinkedHashMap<>(Store.asMap(core.get("attributes")));
        if (attrs.get("dates") instanceof List) {
          dates = Json.copyList((List<?>) attrs.remove("dates"));
        }
        core.put("attributes", attrs);
      }
      if (core.get("email") == null) {
        core.put("email", "sandbox.user" + store.nextId("generated_email") + "@example.com");
      }
      ApiException.Validation v = new ApiException.Validation();
      Check.email(v, core, "email", "email");
      if (Check.isEmail(core.get("email")) && store.profileByEmail((String) core.get("email"), null) != null) {
        v.add("email", "The email has already been taken.");
      }
      if (core.get("id") != null && (!(core.get("id") instanceof String) || store.profiles.containsKey(core.get("id")))) {
        v.add("id", "The id must be a new string.");
      }
      store.validateProfileFields(core, null, true, v);
      if (!v.isEmpty()) {
        throw new IllegalArgumentException("Invalid seed profile: " + Json.write(v.exception().body()));
      }
      Store.Profile p = store.createProfile(core);
      for (Map.Entry<String, Object> e : core.entrySet()) {
        String k = e.getKey();
        if (!Store.STRING_FIELDS.contains(k) && !Store.INT_FIELDS.contains(k) && !CORE_KEYS.contains(k)) {
          p.fields.put(k, e.getValue()); // extra fields (created_at, full_name, anything) are kept as given
        }
      }
      if (dates != null) {
        for (Object d : dates) {
          api.putDateAttribute(p, Store.asMap(d));
        }
      }
      for (Map.Entry<String, Object> e : nested.entrySet()) {
        if (!(e.getValue() instanceof List)) {
          throw new IllegalArgumentException(e.getKey() + " must be a list");
        }
        for (Object item : (List<?>) e.getValue()) {
          if (!(item instanceof Map)) {
            throw new IllegalArgumentException(e.getKey() + " entries must be maps");
          }
          addRecord(p, e.getKey(), Store.asMap(item));
        }
      }
      return Json.frozenMap(store.renderProfile(p));
    }
  }

  /**
   * Adds one record to a profile's collection ({@code transactions}, {@code rewards}, {@code points},
   * {@code benefits}, {@code transaction_claims}, {@code interactions}, {@code ledgers}, {@code achievements},
   * {@code credits}, {@code orders}, {@code redemptions}, {@code addresses}, {@code identities}, {@code lists},
   * {@code custom_attributes}, {@code dates}, {@code regions}) and returns it as stored (immutable view).
   */
  public Map<String, Object> seedRecord(String profileId, String collection, Map<String, ?> fields) {
    @SuppressWarnings("unchecked")
    Map<String, Object> in = Json.copy((Map<String, Object>) fields);
    synchronized (store) {
      Store.Profile p = store.profile(profileId);
      if (p == null) {
        throw new IllegalArgumentException("No profile with id " + profileId);
      }
      return Json.frozenMap(addRecord(p, collection, in));
    }
  }

  private Map<String, Object> addRecord(Store.Profile p, String collection, Map<String, Object> m) {
    switch (collection) {
      case "addresses":
        return api.addAddress(p, m);
      case "identities": {
        ApiException.Validation v = new ApiException.Validation();
        api.validateIdentity(p, m, null, true, v);
        if (!v.isEmpty()) {
          throw new IllegalArgumentException("Invalid identity: " + Json.write(v.exception().body()));
        }
        return api.addIdentity(p, m);
      }
      case "lists":
        return api.addList(p, m);
      case "custom_attributes":
        return api.putCustomAttribute(p, String.valueOf(m.get("namespace")), String.valueOf(m.get("handle")), m);
      case "dates":
        return api.putDateAttribute(p, m);
      case "regions": {
        Object id = m.get("region_id");
        if (!(id instanceof Long) || !store.regions.containsKey(id)) {
          throw new IllegalArgumentException("Unknown region_id " + id + " (known: " + store.regions.keySet() + ")");
        }
        store.linkRegion(p, (Long) id, m.get("country"), m.get("state"), m.get("is_active"));
        return Store.regionLink(p, (Long) id);
      }
      default:
        if (!Store.COLLECTIONS.contains(collection)) {
          throw new IllegalArgumentException("Unknown collection " + collection);
        }
        Map<String, Object> r = Catalog.record(store, p, collection, m);
        p.list(collection).add(r);
        if (collection.equals("transactions")) {
          p.list("ledgers").add(Catalog.record(store, p, "ledgers",
              Catalog.map("type", "transaction", "type_attributes", Json.copy(r))));
        }
        return r;
    }
  }

  /**
   * Links two profiles: {@code connectorId} may then act on {@code connectedId} through
   * {@code /profiles/connection/{id}}. Extra fields (name, status, meta...) override the defaults.
   */
  public Map<String, Object> seedConnection(String connectorId, String connectedId, Map<String, ?> extra) {
    synchronized (store) {
      if (store.profile(connectorId) == null || store.profile(connectedId) == null) {
        throw new IllegalArgumentException("Both profiles must exist");
      }
      String now = store.now();
      long id = store.nextId("connections");
      Map<String, Object> con = Catalog.map("id", id, "name", "Family", "description", null,
          "connection_definition_id", store.connectionDefinition.get("id"), "definition", store.connectionDefinition,
          "connector_id", connectorId, "connected_id", connectedId, "status", "accepted", "disconnected_by", null,
          "connected_at", now, "disconnected_at", null, "is_published", true, "is_archived", false,
          "is_default", false, "is_invalid", false, "is_primary", false, "sort_order", 0, "meta", null,
          "notes", null, "created_at", now, "updated_at", now);
      if (extra != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> x = Json.copy((Map<String, Object>) extra);
        x.remove("id");
        con.putAll(x);
      }
      store.connections.put(id, con);
      return Json.frozenMap(store.renderConnection(con));
    }
  }

  public Map<String, Object> seedConnection(String connectorId, String connectedId) {
    return seedConnection(connectorId, connectedId, null);
  }

  /** Adds a location (facts §3.5); defaults include normal hours. Returns it as stored. */
  public Map<String, Object> seedLocation(Map<String, ?> fields) {
    @SuppressWarnings("unchecked")
    Map<String, Object> in = Json.copy((Map<String, Object>) fields);
    synchronized (store) {
      return Json.frozenMap(Catalog.addLocation(store, in));
    }
  }

  /** Seeds the demo story (two connected profiles with loyalty data) and returns the main demo profile. */
  public Map<String, Object> seedDemoData() {
    return DemoData.seed(this);
  }

  /** The stored profile as {@code GET /profiles/me} would show it, if it exists and is not deleted. */
  public Optional<Map<String, Object>> profile(String id) {
    synchronized (store) {
      Store.Profile p = store.profile(id);
      return p == null ? Optional.empty() : Optional.of(Json.frozenMap(store.renderProfile(p)));
    }
  }

  /** All live profiles (immutable views). */
  public List<Map<String, Object>> profiles() {
    synchronized (store) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Store.Profile p : store.profiles.values()) {
        if (!p.deleted) {
          out.add(Json.frozenMap(store.renderProfile(p)));
        }
      }
      return out;
    }
  }

  /** Removes all profiles and connections and all faults; locations, regions and tiers stay. */
  public void reset() {
    synchronized (store) {
      api.reset();
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

    private Builder() {}

    /** TCP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /** Interface to bind; default {@code 127.0.0.1} (loopback only). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** Lifetime of minted ID tokens; default one hour. */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.getSeconds() < 1) {
        throw new IllegalArgumentException("token lifetime must be at least one second");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** The clock for token expiry and timestamps (UTC); e.g. a {@link MutableClock}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** A fixed admin API token; default a random one. */
    public Builder adminToken(String adminToken) {
      if (adminToken == null || adminToken.trim().isEmpty()) {
        throw new IllegalArgumentException("admin token must not be blank");
      }
      this.adminToken = adminToken;
      return this;
    }

    /** Request body cap in bytes (default 1 MiB); larger bodies get 413. */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Seeds the demo profiles ({@link #seedDemoData()}) at start. */
    public Builder demoData() {
      this.demoData = true;
      return this;
    }

    /** Runs after start, e.g. {@code .seed(s -> s.seedProfile(ProfileSeed.withEmail("a@b.co")))}. */
    public Builder seed(Consumer<OmneoIdSandbox> seeder) {
      seeds.add(Objects.requireNonNull(seeder));
      return this;
    }

    /** Seeds these profiles at start (maps as for {@link OmneoIdSandbox#seedProfile(Map)}). */
    public Builder seed(List<? extends Map<String, ?>> profiles) {
      List<Map<String, ?>> copy = new ArrayList<>(profiles);
      return seed(s -> copy.forEach(s::seedProfile));
    }

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
