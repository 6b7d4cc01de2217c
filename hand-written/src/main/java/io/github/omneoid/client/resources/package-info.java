/**
 * The typed surface of the ID API: {@code id.profile()} and its sub-resources, {@code id.profiles()},
 * {@code id.locations()}. Every method returns the unwrapped model (never the envelope); paginated lists return a
 * {@link io.github.omneoid.client.Page}; operations the server answers with 204 return nothing. Auth, retries and
 * errors are the transport's, so each operation here is one line. Constructors are for the client, not for users.
 */
package io.github.omneoid.client.resources;
