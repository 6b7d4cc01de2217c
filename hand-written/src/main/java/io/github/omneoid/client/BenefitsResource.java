package io.github.omneoid.client;

import io.github.omneoid.api.BenefitsApi;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Benefit;
import io.github.omneoid.model.BenefitPage;
import io.github.omneoid.model.BenefitRedeemInput;
import io.github.omneoid.model.BenefitUpdateInput;
import io.github.omneoid.model.Redemption;
import io.github.omneoid.model.RedemptionEnvelope;

/**
 * Benefits issued to the profile: {@code GET /profiles/me/benefits} ({@link #list()}, {@link #list(Query)}),
 * {@code GET /profiles/me/benefits/{benefitId}} ({@link #get(long)}), and {@link #update}, {@link #delete} and
 * {@link #redeem(long)} below.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class BenefitsResource extends PagedResource<Benefit, BenefitPage> {

  private final BenefitsApi api;

  BenefitsResource(Transport transport) {
    this(transport, transport.api(BenefitsApi.class));
  }

  private BenefitsResource(Transport transport, BenefitsApi api) {
    super(transport, api::listMyBenefits, api::getMyBenefit, BenefitPage.class);
    this.api = api;
  }

  /**
   * {@code PUT /profiles/me/benefits/{benefitId}}: only the fields set on {@code update} are sent.
   *
   * @param benefitId the benefit's id
   * @param update the fields to change
   * @return the benefit as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no benefit with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public Benefit update(long benefitId, BenefitUpdateInput update) {
    return data(api.updateMyBenefit(benefitId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/benefits/{benefitId}}.
   *
   * @param benefitId the benefit's id
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no benefit with that id
   */
  public void delete(long benefitId) {
    send(api.deleteMyBenefit(benefitId));
  }

  /**
   * {@code POST /profiles/me/benefits/{benefitId}/redeem} with no body, as the official SDK sends it
   * ({@code benefits.redeem(benefitID)} in omneo-sdk {@code src/id/resources/profile/benefits/index.ts}): redeems
   * the benefit once.
   *
   * @param benefitId the benefit's id
   * @return the redemption the server recorded
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no benefit with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the redemption
   */
  public Redemption redeem(long benefitId) {
    // The generated call always writes its @Body ("{}" for an empty input); the SDK sends none.
    RedemptionEnvelope answer = transport.raw("POST", "/profiles/me/benefits/" + benefitId + "/redeem", null, null,
        RedemptionEnvelope.class);
    if (answer == null) {
      throw new InvalidResponseException("The response to the benefit redemption has no body", null);
    }
    return answer.getData();
  }

  /**
   * {@code POST /profiles/me/benefits/{benefitId}/redeem} with a body, e.g. {@code new BenefitRedeemInput().count(2)}.
   *
   * @param benefitId the benefit's id
   * @param redemption what to redeem
   * @return the redemption the server recorded
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no benefit with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the redemption
   */
  public Redemption redeem(long benefitId, BenefitRedeemInput redemption) {
    return data(api.redeemMyBenefit(benefitId, body(redemption, "redemption")));
  }
}
