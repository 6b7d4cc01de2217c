package io.github.omneoid.client;

import io.github.omneoid.api.BenefitsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Benefit;
import io.github.omneoid.model.BenefitPage;
import io.github.omneoid.model.BenefitRedeemInput;
import io.github.omneoid.model.BenefitUpdateInput;
import io.github.omneoid.model.Redemption;

/**
 * Benefits issued to the profile: {@code /profiles/me/benefits} — {@link #list()}, {@link #get(long)},
 * {@link #update}, {@link #delete} and {@link #redeem(long)}.
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
   */
  public Benefit update(long benefitId, BenefitUpdateInput update) {
    return data(api.updateMyBenefit(benefitId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/benefits/{benefitId}}.
   *
   * @param benefitId the benefit's id
   */
  public void delete(long benefitId) {
    send(api.deleteMyBenefit(benefitId));
  }

  /**
   * {@code POST /profiles/me/benefits/{benefitId}/redeem}: redeems the benefit once.
   *
   * @param benefitId the benefit's id
   * @return the redemption the server recorded
   */
  public Redemption redeem(long benefitId) {
    return redeem(benefitId, new BenefitRedeemInput());
  }

  /**
   * {@code POST /profiles/me/benefits/{benefitId}/redeem} with a body, e.g. {@code new BenefitRedeemInput().count(2)}.
   *
   * @param benefitId the benefit's id
   * @param redemption what to redeem
   * @return the redemption the server recorded
   */
  public Redemption redeem(long benefitId, BenefitRedeemInput redemption) {
    return data(api.redeemMyBenefit(benefitId, body(redemption, "redemption")));
  }
}
