/**
 * The embedded Omneo ID sandbox: {@link io.github.omneoid.sandbox.OmneoIdSandbox} (a stateful stand-in of the API on
 * a loopback HTTP server), its JUnit 5 extension {@link io.github.omneoid.sandbox.OmneoIdSandboxTest}, fault
 * injection ({@link io.github.omneoid.sandbox.Fault}) and a settable clock.
 *
 * <p>Null-marked (JSpecify {@code @NullMarked}): a type without {@code @Nullable} is never null, in and out. JSON
 * maps may hold null values ({@code Map<String, @Nullable Object>}), as the API's JSON does.
 */
@NullMarked
package io.github.omneoid.sandbox;

import org.jspecify.annotations.NullMarked;
