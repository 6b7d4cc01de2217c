package io.github.omneoid.client;

import io.github.omneoid.api.AddressesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Address;
import io.github.omneoid.model.AddressInput;
import io.github.omneoid.model.AddressUpdateInput;
import java.util.List;

/**
 * The profile's postal addresses: {@code /profiles/me/addresses}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class AddressesResource extends Resource {

  private final AddressesApi api;

  AddressesResource(Transport transport) {
    super(transport);
    this.api = transport.api(AddressesApi.class);
  }

  /**
   * {@code GET /profiles/me/addresses}.
   *
   * @return every address of the profile
   */
  public List<Address> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/addresses} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the addresses the query selects
   */
  public List<Address> list(Query query) {
    return data(api.listMyAddresses(required(query).toMap()));
  }

  /**
   * {@code GET /profiles/me/addresses/{addressId}}.
   *
   * @param addressId the address's id
   * @return the address
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no address with that id
   */
  public Address get(long addressId) {
    return data(api.getMyAddress(addressId));
  }

  /**
   * {@code POST /profiles/me/addresses}. {@code address_line_1}, {@code city}, {@code postcode} and {@code country}
   * are required; the server answers 422 naming a missing one.
   *
   * @param address the new address
   * @return the address as stored, with its id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field, e.g. a
   *     missing {@code postcode}; {@code errors()} names it
   */
  public Address create(AddressInput address) {
    return data(api.createMyAddress(body(address, "address")));
  }

  /**
   * {@code PUT /profiles/me/addresses/{addressId}}: only the fields set on {@code update} are sent.
   *
   * @param addressId the address's id
   * @param update the fields to change
   * @return the address as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no address with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public Address update(long addressId, AddressUpdateInput update) {
    return data(api.updateMyAddress(addressId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/addresses/{addressId}}.
   *
   * @param addressId the address's id
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no address with that id
   */
  public void delete(long addressId) {
    send(api.deleteMyAddress(addressId));
  }
}
