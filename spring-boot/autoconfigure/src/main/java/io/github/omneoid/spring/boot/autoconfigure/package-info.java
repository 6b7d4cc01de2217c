/**
 * Spring Boot 3.5.x and 4.x auto-configuration for omneo-id-java (the README's "Spring Boot" section):
 * {@link io.github.omneoid.spring.boot.autoconfigure.OmneoIdProperties} ({@code omneo.id.*}), the
 * {@code OmneoIdAdmin} bean, {@link io.github.omneoid.spring.boot.autoconfigure.OmneoIdProfiles} for customer
 * clients per profile, {@link io.github.omneoid.spring.boot.autoconfigure.MicrometerOmneoIdListener} for metrics,
 * and the Jackson module in Boot's mapper. Null-marked (JSpecify): what may be null says {@code @Nullable}.
 */
@NullMarked
package io.github.omneoid.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
