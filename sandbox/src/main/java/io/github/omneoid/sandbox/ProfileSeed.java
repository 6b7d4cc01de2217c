package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A small builder for {@link OmneoIdSandbox#seedProfile(ProfileSeed)}; anything it lacks can be set with
 * {@link #field(String, Object)} or by passing a map to {@link OmneoIdSandbox#seedProfile(Map)}.
 */
public final class ProfileSeed {
  private static final AtomicLong COUNTER = new AtomicLong();
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private ProfileSeed() {}

  /**
   * @param email the profile's email, unique in the sandbox
   * @return a seed with that email and nothing else
   */
  public static ProfileSeed withEmail(String email) {
    ProfileSeed s = new ProfileSeed();
    s.fields.put("email", email);
    return s;
  }

  /**
   * A unique email and the name "Sandbox User&lt;n&gt;".
   *
   * @return a new seed with those fields
   */
  public static ProfileSeed random() {
    long n = COUNTER.incrementAndGet();
    return withEmail("sandbox.user." + n + "." + Long.toHexString(System.nanoTime()) + "@example.com")
        .firstName("Sandbox").lastName("User" + n);
  }

  /**
   * @param v the {@code first_name}
   * @return this seed
   */
  public ProfileSeed firstName(String v) {
    return field("first_name", v);
  }

  /**
   * @param v the {@code last_name}
   * @return this seed
   */
  public ProfileSeed lastName(String v) {
    return field("last_name", v);
  }

  /**
   * @param v the {@code mobile_phone}
   * @return this seed
   */
  public ProfileSeed mobilePhone(String v) {
    return field("mobile_phone", v);
  }

  /**
   * Any profile field, e.g. {@code field("gender", "female")}.
   *
   * @param name the field name, as {@code GET /profiles/me} shows it
   * @param value the value; replaces any earlier value of that field
   * @return this seed
   */
  public ProfileSeed field(String name, @Nullable Object value) {
    fields.put(name, value);
    return this;
  }

  /**
   * An identity (handle + identifier), usable with {@code POST /auth/token {"id", "id_handle"}}.
   *
   * @param handle the identity's handle, e.g. {@code "shopify"}
   * @param identifier the profile's identifier under that handle
   * @return this seed
   */
  public ProfileSeed identity(String handle, String identifier) {
    return add("identities", map("handle", handle, "identifier", identifier));
  }

  /**
   * A reward worth {@code value} dollars (counts toward {@code reward_balance}).
   *
   * @param value the reward's initial and remaining value, in dollars
   * @return this seed
   */
  public ProfileSeed reward(double value) {
    return add("rewards", map("value_initial", value, "value_remaining", value));
  }

  /**
   * {@code value} points (100 points = $1 in {@code point_balance_dollars}).
   *
   * @param value the number of points, both initial and remaining
   * @return this seed
   */
  public ProfileSeed points(double value) {
    return add("points", map("value_initial", value, "value_remaining", value));
  }

  /**
   * A transaction of {@code total} dollars at {@code transactedAt} ({@code YYYY-MM-DD HH:MM:SS}).
   *
   * @param total the transaction total, in dollars
   * @param transactedAt when it happened, as {@code YYYY-MM-DD HH:MM:SS}
   * @return this seed
   */
  public ProfileSeed transaction(double total, String transactedAt) {
    return add("transactions", map("total", total, "transacted_at", transactedAt));
  }

  /**
   * A record in any seedable collection (see {@link OmneoIdSandbox#seedProfile(Map)}).
   *
   * @param collection the collection's key, e.g. {@code "transactions"} or {@code "addresses"}
   * @param record the record's fields (copied)
   * @return this seed
   */
  public ProfileSeed record(String collection, Map<String, ?> record) {
    return add(collection, new LinkedHashMap<>(record));
  }

  @SuppressWarnings("unchecked")
  private ProfileSeed add(String collection, Map<String, Object> record) {
    ((List<Object>) fields.computeIfAbsent(collection, k -> new ArrayList<>())).add(record);
    return this;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** @return the fields so far, as {@link OmneoIdSandbox#seedProfile(Map)} takes them (a copy) */
  public Map<String, @Nullable Object> toMap() {
    return Json.copy(fields);
  }
}
