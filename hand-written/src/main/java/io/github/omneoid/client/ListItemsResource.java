package io.github.omneoid.client;

import io.github.omneoid.api.ListItemsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileListItem;
import io.github.omneoid.model.ProfileListItemInput;
import java.util.List;

/** The items of one product list: {@code /profiles/me/lists/{list}/items}. */
public final class ListItemsResource extends Resource {

  private final ListItemsApi api;
  private final String list;

  ListItemsResource(Transport transport, String list) {
    super(transport);
    this.api = transport.api(ListItemsApi.class);
    this.list = list;
  }

  /**
   * {@code GET /profiles/me/lists/{list}/items}.
   *
   * @return the list's items
   */
  public List<ProfileListItem> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/lists/{list}/items} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the items the query selects
   */
  public List<ProfileListItem> list(Query query) {
    return data(api.listMyListItems(list, required(query).toMap()));
  }

  /**
   * {@code POST /profiles/me/lists/{list}/items}.
   *
   * @param item the new item, e.g. {@code new ProfileListItemInput().productVariantSku("SKU-1").quantity(1)}
   * @return the item as stored, with its id
   */
  public ProfileListItem create(ProfileListItemInput item) {
    return data(api.createMyListItem(list, body(item, "item")));
  }

  /**
   * {@code GET /profiles/me/lists/{list}/items/{itemId}}.
   *
   * @param itemId the item's id
   * @return the item
   */
  public ProfileListItem get(long itemId) {
    return data(api.getMyListItem(list, itemId));
  }

  /**
   * {@code PUT /profiles/me/lists/{list}/items/{itemId}}.
   *
   * @param itemId the item's id
   * @param update the fields to change
   * @return the item as the server now has it
   */
  public ProfileListItem update(long itemId, ProfileListItemInput update) {
    return data(api.updateMyListItem(list, itemId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/lists/{list}/items/{itemId}}.
   *
   * @param itemId the item's id
   */
  public void delete(long itemId) {
    send(api.deleteMyListItem(list, itemId));
  }

  @Override
  public String toString() {
    return "ListItemsResource{list=" + list + "}";
  }
}
