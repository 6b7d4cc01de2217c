package io.github.omneoid.client;

import io.github.omneoid.api.ListItemsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileListItem;
import io.github.omneoid.model.ProfileListItemInput;
import java.util.List;

/**
 * The items of one product list: {@code /profiles/me/lists/{list}/items}, where {@code {list}} is the list's id or
 * handle as given to {@code lists().items(...)}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
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
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no such list
   */
  public List<ProfileListItem> list(Query query) {
    return data(api.listMyListItems(list, required(query).toMap()));
  }

  /**
   * {@code POST /profiles/me/lists/{list}/items}.
   *
   * @param item the new item, e.g. {@code new ProfileListItemInput().productVariantSku("SKU-1").quantity(1)}
   * @return the item as stored, with its id
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no such list
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the item
   */
  public ProfileListItem create(ProfileListItemInput item) {
    return data(api.createMyListItem(list, body(item, "item")));
  }

  /**
   * {@code GET /profiles/me/lists/{list}/items/{itemId}}.
   *
   * @param itemId the item's id
   * @return the item
   * @throws io.github.omneoid.client.errors.NotFoundException when the list or the item does not exist
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
   * @throws io.github.omneoid.client.errors.NotFoundException when the list or the item does not exist
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public ProfileListItem update(long itemId, ProfileListItemInput update) {
    return data(api.updateMyListItem(list, itemId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/lists/{list}/items/{itemId}}.
   *
   * @param itemId the item's id
   * @throws io.github.omneoid.client.errors.NotFoundException when the list or the item does not exist
   */
  public void delete(long itemId) {
    send(api.deleteMyListItem(list, itemId));
  }

  @Override
  public String toString() {
    return "ListItemsResource{list=" + list + "}";
  }
}
