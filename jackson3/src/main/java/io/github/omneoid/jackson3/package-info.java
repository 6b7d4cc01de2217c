/**
 * The Omneo ID API's models in Jackson 3 ({@code tools.jackson}):
 * {@link io.github.omneoid.jackson3.OmneoIdJackson3Module}.
 */
@NullMarked
package io.github.omneoid.jackson3;

import org.jspecify.annotations.NullMarked;
