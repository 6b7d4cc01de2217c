package io.github.omneoid.client.resources;

import io.github.omneoid.api.AddressesApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Address;
import io.github.omneoid.model.AddressInput;
import io.github.omneoid.model.AddressUpdateInput;
import java.util.List;

/** {@code /profiles/me/addresses} (facts §2.5). */
public final class AddressesResource extends Resource {

  AddressesResource(Transport transport) {
    super(transport);
  }

  private AddressesApi addressesApi() {
    return api(AddressesApi.class);
  }

  public List<Address> list() {
    return data(addressesApi().listMyAddresses(Query.of().toMap()));
  }

  public Address get(String addressId) {
    return data(addressesApi().getMyAddress(segment(addressId, "addressId")));
  }

  /** {@code address_line_1}, {@code city}, {@code postcode}, {@code state} and {@code country} are required. */
  public Address create(AddressInput address) {
    return data(addressesApi().createMyAddress(body(address, "address")));
  }

  public Address update(String addressId, AddressUpdateInput update) {
    return data(addressesApi().updateMyAddress(segment(addressId, "addressId"), body(update, "update")));
  }

  public void delete(String addressId) {
    send(addressesApi().deleteMyAddress(segment(addressId, "addressId")));
  }
}
