package io.github.omneoid.client;

import io.github.omneoid.api.ListItemsApi;
import io.github.omneoid.api.ListsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ListShare;
import io.github.omneoid.model.ProfileList;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.model.ProfileListUpdateInput;
import java.util.List;

/**
 * The profile's product lists (wishlists and the like): {@code /profiles/me/lists}. A list is addressed by its
 * integer id or by its handle, e.g. {@code "wishlist"}: every method taking one has both overloads.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class ListsResource extends Resource {

  private final ListsApi api;

  ListsResource(Transport transport) {
    super(transport);
    this.api = transport.api(ListsApi.class);
  }

  /**
   * {@code GET /profiles/me/lists}.
   *
   * @return the profile's lists
   */
  public List<ProfileList> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/lists} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the lists the query selects
   */
  public List<ProfileList> list(Query query) {
    return data(api.listMyLists(required(query).toMap()));
  }

  /**
   * {@code POST /profiles/me/lists}.
   *
   * @param list the new list, e.g. {@code new ProfileListInput().name("Wishlist").handle("wishlist")}
   * @return the list as stored, with its id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the list
   */
  public ProfileList create(ProfileListInput list) {
    return data(api.createMyList(body(list, "list")));
  }

  /**
   * {@code GET /profiles/me/lists/{list}}.
   *
   * @param listId the list's id
   * @return the list
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that id
   */
  public ProfileList get(long listId) {
    return get(String.valueOf(listId));
  }

  /**
   * {@code GET /profiles/me/lists/{list}}.
   *
   * @param handle the list's handle, e.g. {@code "wishlist"}
   * @return the list
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that handle
   */
  public ProfileList get(String handle) {
    return data(api.getMyList(segment(handle, "handle")));
  }

  /**
   * {@code PUT /profiles/me/lists/{list}}.
   *
   * @param listId the list's id
   * @param update the fields to change
   * @return the list as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public ProfileList update(long listId, ProfileListUpdateInput update) {
    return update(String.valueOf(listId), update);
  }

  /**
   * {@code PUT /profiles/me/lists/{list}}.
   *
   * @param handle the list's handle
   * @param update the fields to change
   * @return the list as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that handle
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public ProfileList update(String handle, ProfileListUpdateInput update) {
    return data(api.updateMyList(segment(handle, "handle"), body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/lists/{list}}.
   *
   * @param listId the list's id
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that id
   */
  public void delete(long listId) {
    delete(String.valueOf(listId));
  }

  /**
   * {@code DELETE /profiles/me/lists/{list}}.
   *
   * @param handle the list's handle
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that handle
   */
  public void delete(String handle) {
    send(api.deleteMyList(segment(handle, "handle")));
  }

  /**
   * {@code POST /profiles/me/lists/{list}/shares}: a new share each call.
   *
   * @param listId the list's id
   * @return the share; its {@code code} (or {@code handle}) is what to hand out
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that id
   */
  public ListShare share(long listId) {
    return share(String.valueOf(listId));
  }

  /**
   * {@code POST /profiles/me/lists/{list}/shares}: a new share each call.
   *
   * @param handle the list's handle
   * @return the share; its {@code code} (or {@code handle}) is what to hand out
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no list with that handle
   */
  public ListShare share(String handle) {
    return data(api(ListItemsApi.class).shareMyList(segment(handle, "handle")));
  }

  /**
   * The items of one list: {@code /profiles/me/lists/{list}/items}. Makes no request.
   *
   * @param listId the list's id
   * @return the list's items
   */
  public ListItemsResource items(long listId) {
    return items(String.valueOf(listId));
  }

  /**
   * The items of one list: {@code /profiles/me/lists/{list}/items}. Makes no request.
   *
   * @param handle the list's handle, e.g. {@code "wishlist"}
   * @return the list's items
   */
  public ListItemsResource items(String handle) {
    return new ListItemsResource(transport, segment(handle, "handle"));
  }
}
