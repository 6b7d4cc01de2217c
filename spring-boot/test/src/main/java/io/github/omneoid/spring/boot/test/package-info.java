/**
 * Test support for Spring Boot applications that use omneo-id-java:
 * {@link io.github.omneoid.spring.boot.test.AutoConfigureOmneoIdSandbox} runs the tests against the embedded
 * sandbox.
 */
package io.github.omneoid.spring.boot.test;
