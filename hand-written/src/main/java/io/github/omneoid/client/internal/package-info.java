/**
 * The client's internals: transport, interceptors, token management, error mapping. <b>Not API.</b> Its public
 * types are public only so the other packages of this library can use them; they may change or disappear in any
 * release, without notice, and are left out of the javadoc and of the Java API compatibility check. Use the types
 * of {@code io.github.omneoid.client} instead.
 */
package io.github.omneoid.client.internal;
