/**
 * The Omneo ID API's models in Jackson 2: {@link io.github.omneoid.jackson.OmneoIdJacksonModule}.
 */
package io.github.omneoid.jackson;
