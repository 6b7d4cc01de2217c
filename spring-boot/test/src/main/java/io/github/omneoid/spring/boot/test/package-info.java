/**
 * Test support for Spring Boot applications that use omneo-id-java:
 * {@link io.github.omneoid.spring.boot.test.AutoConfigureOmneoIdSandbox} runs the tests against the embedded
 * sandbox. Null-marked (JSpecify): what may be null says {@code @Nullable}.
 */
@NullMarked
package io.github.omneoid.spring.boot.test;

import org.jspecify.annotations.NullMarked;
