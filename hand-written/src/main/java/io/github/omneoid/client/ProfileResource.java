package io.github.omneoid.client;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.api.ProfileApi;
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
import org.jspecify.annotations.Nullable;

/**
 * The profile the token is bound to ({@code /profiles/me}) and everything under it, or — through
 * {@link #connection(long)} — a connected profile ({@code /profiles/connection/{connectionId}}). Immutable; a
 * connection view is a new object and never changes this one. The methods mirror the JS SDK's {@code id.profile}.
 * The methods returning another resource ({@code addresses()}, {@code lists()}...) make no request.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending; the server would answer 404.
 */
public final class ProfileResource extends Resource {

  static final String PHONE_EXISTS = "The phone number exists";

  private final Long connectionId;
  private final ProfileApi api;

  ProfileResource(Transport transport) {
    this(transport, null);
  }

  private ProfileResource(Transport transport, Long connectionId) {
    super(transport);
    this.connectionId = connectionId;
    this.api = transport.api(ProfileApi.class);
  }

  /**
   * {@code GET /profiles/me}.
   *
   * @return the profile
   * @throws io.github.omneoid.client.errors.AnonymousTokenException with an anonymous token, before sending
   */
  public Profile get() {
    return get(Query.of());
  }

  /**
   * {@code GET /profiles/me} with a query, e.g. {@code Query.of().include("tier")}.
   *
   * @param query the query keys, sent as given
   * @return the profile
   * @throws io.github.omneoid.client.errors.AnonymousTokenException with an anonymous token, before sending
   */
  public Profile get(Query query) {
    return data(api.getMyProfile(required(query).toMap()));
  }

  /**
   * {@code PUT /profiles/me}: only the fields set on {@code update} are sent.
   *
   * @param update the fields to change, e.g. {@code new ProfileUpdate().firstName("Alex")}
   * @return the profile as the server now has it
   * @throws ValidationException (422) with the server's field messages, e.g. {@code mobile_phone: ["The phone number
   *     exists"]} when the number belongs to another profile
   */
  public Profile update(ProfileUpdate update) {
    return update(update, UpdateOptions.none());
  }

  /**
   * {@code PUT /profiles/me}, with {@link UpdateOptions#retryMobileSecondary()}: when the mobile number belongs to
   * another profile, the update is sent once more with the number as {@code secondary_phone}.
   *
   * @param update the fields to change
   * @param options what to do on a mobile-number conflict
   * @return the profile as the server now has it
   * @throws ValidationException (422) with the server's field messages: any other rejection, or the second
   *     attempt's
   */
  public Profile update(ProfileUpdate update, UpdateOptions options) {
    body(update, "update");
    body(options, "options");
    try {
      return data(api.updateMyProfile(update));
    } catch (ValidationException e) {
      if (!retriesToSecondary(e, options, update.getMobilePhone())) {
        throw e;
      }
      ProfileUpdate retry = copy(update, ProfileUpdate.class).secondaryPhone(update.getMobilePhone()).mobilePhone(null);
      return data(api.updateMyProfile(retry));
    }
  }

  /**
   * {@code PUT /profiles/me}: the fields set on the model, and the ones cleared as JSON {@code null}, e.g.
   * {@code update(ExplicitNulls.of(new ProfileUpdate().firstName("Ann")).clear("birth_date"))}.
   *
   * @param update the fields to change and to clear
   * @return the profile as the server now has it
   * @throws ValidationException (422) with the server's field messages
   */
  public Profile update(ExplicitNulls<ProfileUpdate> update) {
    return update(update, UpdateOptions.none());
  }

  /**
   * {@code PUT /profiles/me} with fields to change and to clear, and the given options; the retry moves
   * {@code mobile_phone} to {@code secondary_phone} and clears the same fields.
   *
   * @param update the fields to change and to clear
   * @param options what to do on a mobile-number conflict
   * @return the profile as the server now has it
   * @throws ValidationException (422) with the server's field messages: any other rejection, or the second
   *     attempt's
   */
  public Profile update(ExplicitNulls<ProfileUpdate> update, UpdateOptions options) {
    body(update, "update");
    body(options, "options");
    try {
      return putFields(update.toJson());
    } catch (ValidationException e) {
      String mobile = update.model().getMobilePhone();
      if (!retriesToSecondary(e, options, mobile)) {
        throw e;
      }
      ExplicitNulls<ProfileUpdate> retry = ExplicitNulls.of(
          copy(update.model(), ProfileUpdate.class).secondaryPhone(mobile).mobilePhone(null));
      for (String cleared : update.cleared()) {
        retry = "secondary_phone".equals(cleared) ? retry : retry.clear(cleared);
      }
      return putFields(retry.toJson());
    }
  }

  /**
   * {@code PUT /profiles/me} with exactly these fields: a null value is sent as JSON null, clearing the field.
   *
   * @param fields JSON property names and values, e.g. {@code Map.of("first_name", "Alex")}
   * @return the profile as the server now has it
   * @throws ValidationException (422) with the server's field messages
   */
  public Profile update(Map<String, ?> fields) {
    return update(fields, UpdateOptions.none());
  }

  /**
   * {@code PUT /profiles/me} with exactly these fields and the given options; the retry moves
   * {@code mobile_phone} to {@code secondary_phone}.
   *
   * @param fields JSON property names and values
   * @param options what to do on a mobile-number conflict
   * @return the profile as the server now has it
   * @throws ValidationException (422) with the server's field messages: any other rejection, or the second
   *     attempt's
   */
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

  /** Sent by hand (the generated operation's model would drop the nulls), reported as {@code updateMyProfile}. */
  private Profile putFields(Object fields) {
    ProfileEnvelope envelope = transport.send("updateMyProfile", "PUT", "/profiles/me", fields,
        ProfileEnvelope.class);
    if (envelope == null) {
      throw new InvalidResponseException("PUT /profiles/me: the response has no body", null);
    }
    return envelope.getData();
  }

  private static boolean retriesToSecondary(ValidationException e, UpdateOptions options, Object mobile) {
    return options.isRetryMobileSecondary() && mobile != null && e.hasError("mobile_phone", PHONE_EXISTS);
  }

  /**
   * {@code DELETE /profiles/me}: a soft delete (docs.omneo.io {@code dev-guides/frontend/omneo-id}). The server may
   * answer 200 or 204; either is success.
   */
  public void delete() {
    send(api.deleteMyProfile());
  }

  /**
   * {@code DELETE /profiles/me/purge}: removes the profile's data for good. The server may answer 200 or 204;
   * either is success.
   */
  public void purge() {
    send(api.purgeMyProfile());
  }

  /**
   * {@code GET /profiles/me/resync}: makes the server pull the profile from connected systems again. A GET with
   * side effects: like any GET it may be sent again by the retry policy after a 502, 503, 504 or network failure.
   *
   * @return the profile after the resync
   */
  public Profile resync() {
    return data(api.resyncMyProfile());
  }

  /**
   * {@code POST /profiles/me/redeem}: spends {@code amount} of the reward balance. Money is a {@link BigDecimal}, so
   * {@code new BigDecimal("12.50")} is sent as {@code 12.50}, digit for digit.
   *
   * @param amount more than 0 ({@link IllegalArgumentException} otherwise, before sending)
   * @return what was redeemed, and the balances left
   * @throws ValidationException (422) when the server refuses the redemption
   */
  public RedeemResult redeem(BigDecimal amount) {
    body(amount, "amount");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("amount must be greater than 0, was " + amount.toPlainString());
    }
    return redeem(new RedeemInput().amount(amount));
  }

  /**
   * {@code POST /profiles/me/redeem} with the whole body, e.g. a {@code strategy}.
   *
   * @param redemption the amount and options
   * @return what was redeemed, and the balances left
   * @throws ValidationException (422) when the server refuses the redemption
   */
  public RedeemResult redeem(RedeemInput redemption) {
    return data(api.redeemMyBalance(body(redemption, "redemption")));
  }

  /**
   * {@code PUT /profiles/me/update-type}.
   *
   * @param type e.g. {@link ProfileType#ACTIVE} (docs.omneo.io {@code concepts/profiles/overview} lists the types)
   * @return the profile with its new type
   * @throws ValidationException (422) when the server refuses the type
   */
  public Profile updateType(ProfileType type) {
    return data(api.updateMyProfileType(new ProfileTypeInput().profileType(body(type, "type"))));
  }

  /**
   * {@code GET /profiles/me/transaction-products}: product variants the customer bought.
   *
   * @return the first page; {@link Page#autoPager()} walks the rest
   */
  public Page<TransactionProductVariant> transactionProducts() {
    return transactionProducts(Query.of());
  }

  /**
   * {@code GET /profiles/me/transaction-products} with filters, e.g.
   * {@code Query.of().filter("transacted_at", "2025-01-01 00:00:00")}.
   *
   * @param query the query keys, sent as given
   * @return the page the query selects
   */
  public Page<TransactionProductVariant> transactionProducts(Query query) {
    return page(query, api::listMyTransactionProducts, TransactionProductVariantPage.class);
  }

  /**
   * {@code PUT /profiles/me/comms} with {@code {"<channel>_optout": false, "<channel>_promo": true}}.
   *
   * @param channel e.g. {@link CommsChannel#EMAIL}
   * @return the comms flags after the change; null when the server sent none
   * @throws ValidationException (422) when the server refuses the change
   */
  public @Nullable ProfileComms subscribe(CommsChannel channel) {
    String prefix = body(channel, "channel").value();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(prefix + "_optout", false);
    fields.put(prefix + "_promo", true);
    return putComms(fields);
  }

  /**
   * {@code PUT /profiles/me/comms} with {@code {"<channel>_promo": false}}.
   *
   * @param channel e.g. {@link CommsChannel#SMS}
   * @return the comms flags after the change; null when the server sent none
   * @throws ValidationException (422) when the server refuses the change
   */
  public @Nullable ProfileComms unsubscribe(CommsChannel channel) {
    return unsubscribe(channel, false);
  }

  /**
   * As {@link #unsubscribe(CommsChannel)}; with {@code toggleOptOut}, also {@code "<channel>_optout": true}.
   *
   * @param channel the channel
   * @param toggleOptOut whether to opt out as well (the JS SDK's {@code {toggleOptOut: true}})
   * @return the comms flags after the change; null when the server sent none
   * @throws ValidationException (422) when the server refuses the change
   */
  public @Nullable ProfileComms unsubscribe(CommsChannel channel, boolean toggleOptOut) {
    String prefix = body(channel, "channel").value();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(prefix + "_promo", false);
    if (toggleOptOut) {
      fields.put(prefix + "_optout", true);
    }
    return putComms(fields);
  }

  /** The response's {@code data} is an array; its first entry is the profile's comms. */
  private @Nullable ProfileComms putComms(Map<String, Object> fields) {
    List<ProfileComms> comms = data(api.updateMyCommsSubscription(copy(fields, ProfileCommsInput.class)));
    return comms == null || comms.isEmpty() ? null : comms.get(0);
  }

  /**
   * The JS SDK's rule: not subscribed when {@code <channel>_promo} is false, or {@code <channel>_optout} or
   * {@code <channel>_bounced} is true; a null or missing promo flag counts as subscribed. Makes no request.
   *
   * @param comms the flags, e.g. from {@code attributes().comms().get()}
   * @param channel the channel
   * @return whether the profile receives promotions on the channel
   */
  public static boolean isSubscribed(ProfileComms comms, CommsChannel channel) {
    body(comms, "comms");
    String prefix = body(channel, "channel").value();
    Map<?, ?> flags = (Map<?, ?>) OmneoJson.moshi().adapter(ProfileComms.class).toJsonValue(comms);
    return !Boolean.FALSE.equals(flags.get(prefix + "_promo"))
        && !Boolean.TRUE.equals(flags.get(prefix + "_optout"))
        && !Boolean.TRUE.equals(flags.get(prefix + "_bounced"));
  }

  /**
   * The negation of {@link #isSubscribed}. Makes no request.
   *
   * @param comms the flags
   * @param channel the channel
   * @return whether the profile does not receive promotions on the channel
   */
  public static boolean isUnsubscribed(ProfileComms comms, CommsChannel channel) {
    return !isSubscribed(comms, channel);
  }

  /**
   * The same surface for a connected profile (the JS SDK's {@code Connection(connectionID)}): {@code /profiles/me/...}
   * becomes {@code /profiles/connection/{connectionId}/...}. A new object; this one is unchanged.
   *
   * <p>Only routes under {@code /profiles/me} change; the token stays the same, and the server decides what it
   * may do on the connected profile. Makes no request.
   *
   * @param connectionId the connection's id ({@code Connection.getId()}, e.g. from {@code connections().list()})
   * @return the connected profile's view
   * @throws IllegalStateException when this view is already a connection's: call it on {@code id.profile()}
   */
  public ProfileResource connection(long connectionId) {
    if (this.connectionId != null) {
      throw new IllegalStateException("This view is already scoped to connection " + this.connectionId
          + "; call connection(...) on id.profile()");
    }
    return new ProfileResource(transport.scopedToConnection(connectionId), connectionId);
  }

  /** @return the comms, appearance, custom and dates attributes */
  public AttributesResource attributes() {
    return new AttributesResource(transport);
  }

  /** @return the postal addresses */
  public AddressesResource addresses() {
    return new AddressesResource(transport);
  }

  /** @return the identities (external system ids) */
  public IdentitiesResource identities() {
    return new IdentitiesResource(transport);
  }

  /** @return the regions the profile belongs to */
  public RegionsResource regions() {
    return new RegionsResource(transport);
  }

  /** @return the product lists (wishlists) and their items */
  public ListsResource lists() {
    return new ListsResource(transport);
  }

  /** @return the reward, point and credit balances */
  public BalancesResource balances() {
    return new BalancesResource(transport);
  }

  /** @return the points issued */
  public PointsResource points() {
    return new PointsResource(transport);
  }

  /** @return the rewards issued */
  public RewardsResource rewards() {
    return new RewardsResource(transport);
  }

  /** @return the benefits issued, and their redemption */
  public BenefitsResource benefits() {
    return new BenefitsResource(transport);
  }

  /** @return the tier progress */
  public TiersResource tiers() {
    return new TiersResource(transport);
  }

  /** @return the computed shopping aggregations */
  public AggregationsResource aggregations() {
    return new AggregationsResource(transport);
  }

  /** @return the transactions, their search and grouping */
  public TransactionsResource transactions() {
    return new TransactionsResource(transport);
  }

  /** @return claims for transactions not yet linked to the profile */
  public TransactionClaimsResource transactionClaims() {
    return new TransactionClaimsResource(transport);
  }

  /** @return the balance ledger entries */
  public LedgersResource ledgers() {
    return new LedgersResource(transport);
  }

  /** @return the interactions (visits, views, feedback…) */
  public InteractionsResource interactions() {
    return new InteractionsResource(transport);
  }

  /** @return the connections to other profiles */
  public ConnectionsResource connections() {
    return new ConnectionsResource(transport);
  }

  /** @return the achievements */
  public AchievementsResource achievements() {
    return new AchievementsResource(transport);
  }

  /** @return the credits (e.g. gift cards) */
  public CreditsResource credits() {
    return new CreditsResource(transport);
  }

  /** @return the orders */
  public OrdersResource orders() {
    return new OrdersResource(transport);
  }

  /** @return the redemptions */
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
