package io.github.omneoid.client.resources;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.api.ProfileApi;
import io.github.omneoid.client.Arguments;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.UpdateOptions;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileCommsInput;
import io.github.omneoid.model.ProfileEnvelope;
import io.github.omneoid.model.ProfileType;
import io.github.omneoid.model.ProfileTypeInput;
import io.github.omneoid.model.ProfileUpdate;
import io.github.omneoid.model.RedeemInput;
import io.github.omneoid.model.RedeemResult;
import io.github.omneoid.model.TransactionProductVariant;
import io.github.omneoid.model.TransactionProductVariantPage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile the token is bound to ({@code /profiles/me}), or — through {@link #connection(long)} — a connected
 * profile ({@code /profiles/connection/{id}}). Immutable; a connection view is a new object and never changes this
 * one.
 */
public final class ProfileResource extends Resource {

  static final String PHONE_EXISTS = "The phone number exists";

  private final Long connectionId;

  public ProfileResource(Transport transport) {
    this(transport, null);
  }

  private ProfileResource(Transport transport, Long connectionId) {
    super(transport);
    this.connectionId = connectionId;
  }

  private ProfileApi profileApi() {
    return api(ProfileApi.class);
  }

  /** {@code GET /profiles/me}. */
  public Profile get() {
    return get(Query.of());
  }

  public Profile get(Query query) {
    return data(profileApi().getMyProfile(required(query).toMap()));
  }

  /** {@code PUT /profiles/me}: only the fields set on {@code update} are sent. */
  public Profile update(ProfileUpdate update) {
    return update(update, UpdateOptions.none());
  }

  public Profile update(ProfileUpdate update, UpdateOptions options) {
    body(update, "update");
    body(options, "options");
    try {
      return data(profileApi().updateMyProfile(update));
    } catch (ValidationException e) {
      if (!retriesToSecondary(e, options, update.getMobilePhone())) {
        throw e;
      }
      ProfileUpdate retry = copy(update, ProfileUpdate.class).secondaryPhone(update.getMobilePhone()).mobilePhone(null);
      return data(profileApi().updateMyProfile(retry));
    }
  }

  /** {@code PUT /profiles/me} with exactly these fields — a null value is sent as JSON null, clearing the field. */
  public Profile update(Map<String, ?> fields) {
    return update(fields, UpdateOptions.none());
  }

  public Profile update(Map<String, ?> fields, UpdateOptions options) {
    body(fields, "fields");
    body(options, "options");
    try {
      return putFields(fields);
    } catch (ValidationException e) {
      Object mobile = fields.get("mobile_phone");
      if (!retriesToSecondary(e, options, mobile)) {
        throw e;
      }
      Map<String, Object> retry = new LinkedHashMap<>(fields);
      retry.remove("mobile_phone");
      retry.put("secondary_phone", mobile);
      return putFields(retry);
    }
  }

  private Profile putFields(Map<String, ?> fields) {
    ProfileEnvelope envelope = transport.raw("PUT", "/profiles/me", null, fields, ProfileEnvelope.class);
    if (envelope == null) {
      throw new InvalidResponseException("PUT /profiles/me: the response has no body", null);
    }
    return envelope.getData();
  }

  private static boolean retriesToSecondary(ValidationException e, UpdateOptions options, Object mobile) {
    return options.isRetryMobileSecondary() && mobile != null && e.hasError("mobile_phone", PHONE_EXISTS);
  }

  /** {@code DELETE /profiles/me}: a soft delete. */
  public void delete() {
    send(profileApi().deleteMyProfile());
  }

  /** {@code DELETE /profiles/me/purge}: removes the profile's data for good. */
  public void purge() {
    send(profileApi().purgeMyProfile());
  }

  /** {@code GET /profiles/me/resync}: makes the server pull the profile from connected systems again. */
  public Profile resync() {
    return data(profileApi().resyncMyProfile());
  }

  /** {@code POST /profiles/me/redeem}: spends {@code amount} of the reward balance. */
  public RedeemResult redeem(BigDecimal amount) {
    body(amount, "amount");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("amount must be greater than 0, was " + amount.toPlainString());
    }
    return data(profileApi().redeemMyBalance(new RedeemInput().amount(amount)));
  }

  /** {@code PUT /profiles/me/update-type}. */
  public Profile updateType(ProfileType type) {
    return data(profileApi().updateMyProfileType(new ProfileTypeInput().profileType(body(type, "type"))));
  }

  /** {@code GET /profiles/me/transaction-products}: product variants the customer bought. */
  public Page<TransactionProductVariant> transactionProducts(Query query) {
    return page(query, profileApi()::listMyTransactionProducts, TransactionProductVariantPage.class);
  }

  /** {@code PUT /profiles/me/comms} with {@code {"<ch>_optout": false, "<ch>_promo": true}} (facts §4.8). */
  public ProfileComms subscribe(CommsChannel channel) {
    String prefix = body(channel, "channel").value();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(prefix + "_optout", false);
    fields.put(prefix + "_promo", true);
    return putComms(fields);
  }

  /** {@code PUT /profiles/me/comms} with {@code {"<ch>_promo": false}}. */
  public ProfileComms unsubscribe(CommsChannel channel) {
    return unsubscribe(channel, false);
  }

  /** As {@link #unsubscribe(CommsChannel)}; with {@code toggleOptOut}, also {@code "<ch>_optout": true}. */
  public ProfileComms unsubscribe(CommsChannel channel, boolean toggleOptOut) {
    String prefix = body(channel, "channel").value();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(prefix + "_promo", false);
    if (toggleOptOut) {
      fields.put(prefix + "_optout", true);
    }
    return putComms(fields);
  }

  /** The response's {@code data} is an array; its first entry is the profile's comms (facts §2.3). */
  private ProfileComms putComms(Map<String, Object> fields) {
    List<Map<String, Object>> comms = data(profileApi().updateMyCommsSubscription(
        copy(fields, ProfileCommsInput.class)));
    return comms == null || comms.isEmpty() ? null : copy(comms.get(0), ProfileComms.class);
  }

  /**
   * The JS SDK's rule (facts §4.8): not subscribed when {@code <ch>_promo} is false, or {@code <ch>_optout} or
   * {@code <ch>_bounced} is true; a null or missing promo flag counts as subscribed.
   */
  public static boolean isSubscribed(ProfileComms comms, CommsChannel channel) {
    body(comms, "comms");
    String prefix = body(channel, "channel").value();
    Map<?, ?> flags = (Map<?, ?>) OmneoJson.moshi().adapter(ProfileComms.class).toJsonValue(comms);
    return !Boolean.FALSE.equals(flags.get(prefix + "_promo"))
        && !Boolean.TRUE.equals(flags.get(prefix + "_optout"))
        && !Boolean.TRUE.equals(flags.get(prefix + "_bounced"));
  }

  public static boolean isUnsubscribed(ProfileComms comms, CommsChannel channel) {
    return !isSubscribed(comms, channel);
  }

  /**
   * The same surface for a connected profile: {@code /profiles/me/...} becomes
   * {@code /profiles/connection/{connectionId}/...}. A new object; this one is unchanged.
   */
  public ProfileResource connection(long connectionId) {
    if (this.connectionId != null) {
      throw new IllegalStateException("This view is already scoped to connection " + this.connectionId
          + "; call connection(...) on id.profile()");
    }
    return new ProfileResource(transport.scopedToConnection(connectionId), connectionId);
  }

  public AttributesResource attributes() {
    return new AttributesResource(transport);
  }

  public AddressesResource addresses() {
    return new AddressesResource(transport);
  }

  public IdentitiesResource identities() {
    return new IdentitiesResource(transport);
  }

  public RegionsResource regions() {
    return new RegionsResource(transport);
  }

  public ListsResource lists() {
    return new ListsResource(transport);
  }

  public BalancesResource balances() {
    return new BalancesResource(transport);
  }

  public PointsResource points() {
    return new PointsResource(transport);
  }

  public RewardsResource rewards() {
    return new RewardsResource(transport);
  }

  public BenefitsResource benefits() {
    return new BenefitsResource(transport);
  }

  public TiersResource tiers() {
    return new TiersResource(transport);
  }

  public AggregationsResource aggregations() {
    return new AggregationsResource(transport);
  }

  public TransactionsResource transactions() {
    return new TransactionsResource(transport);
  }

  public TransactionClaimsResource transactionClaims() {
    return new TransactionClaimsResource(transport);
  }

  public LedgersResource ledgers() {
    return new LedgersResource(transport);
  }

  public InteractionsResource interactions() {
    return new InteractionsResource(transport);
  }

  public ConnectionsResource connections() {
    return new ConnectionsResource(transport);
  }

  /** Seed 000 lists it; the JS SDK never had it: read-only, loosely typed. */
  public SeedOnlyResource achievements() {
    return SeedOnlyResource.achievements(transport);
  }

  /** Seed 000 lists it; the JS SDK never had it: read-only, loosely typed. */
  public SeedOnlyResource credits() {
    return SeedOnlyResource.credits(transport);
  }

  /** Seed 000 lists it; the JS SDK never had it: read-only, loosely typed. */
  public SeedOnlyResource orders() {
    return SeedOnlyResource.orders(transport);
  }

  public RedemptionsResource redemptions() {
    return new RedemptionsResource(transport);
  }

  @Override
  public String toString() {
    return connectionId == null ? "ProfileResource{/profiles/me}"
        : "ProfileResource{/profiles/connection/" + connectionId + "}";
  }

  /** Converts between JSON-shaped maps and models through the published Moshi set-up. */
  static <T> T copy(Object value, Class<T> type) {
    JsonAdapter<T> adapter = OmneoJson.moshi().adapter(type);
    return adapter.fromJsonValue(value instanceof Map || value instanceof List ? value
        : OmneoJson.moshi().adapter(Object.class).toJsonValue(value));
  }
}
