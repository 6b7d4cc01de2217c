package io.github.omneoid.client;

import io.github.omneoid.api.OrdersApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Order;
import io.github.omneoid.model.OrderPage;

/**
 * The profile's orders: {@code GET /profiles/me/orders} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/orders/{id}} ({@link #get(long)}). Read-only on the ID API.
 */
public final class OrdersResource extends PagedResource<Order, OrderPage> {

  OrdersResource(Transport transport) {
    this(transport, transport.api(OrdersApi.class));
  }

  private OrdersResource(Transport transport, OrdersApi api) {
    super(transport, api::listMyOrders, api::getMyOrder, OrderPage.class);
  }
}
