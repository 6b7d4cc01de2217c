/**
 * The Omneo ID API's models in Jackson 2: {@link io.github.omneoid.jackson.OmneoIdJacksonModule}.
 */
@NullMarked
package io.github.omneoid.jackson;

import org.jspecify.annotations.NullMarked;
