/**
 * The Omneo ID API's models, generated from the spec ({@code spec/omneo-id.yaml}, published in the
 * {@code omneo-id-spec} jar as {@code META-INF/openapi/omneo-id.yaml}) on every build: one class per schema. This
 * file is the only hand-written one in the package; change a model by changing the spec, never the generated code.
 *
 * <ul>
 *   <li><b>Responses are immutable</b>: getters only ({@code getFirstName()}), lists and maps read-only;
 *       {@code Profile.builder()...build()} makes one (e.g. in a test), {@code profile.toBuilder()} a changed
 *       copy.</li>
 *   <li><b>Request bodies are fluent</b> (the schemas marked {@code x-omneo-request}, e.g. {@code AddressInput},
 *       {@code ProfileUpdate}, {@code ProfileUpsert}): {@code new AddressInput().city("Melbourne").postcode("3000")}.
 *       Only what is set is sent; {@code additionalProperty(name, value)} sends a property the spec does not
 *       declare.</li>
 *   <li><b>Envelopes</b>: {@code ...Envelope} is the API's {@code {"data": ...}} wrapper
 *       ({@link io.github.omneoid.json.DataEnvelope}); {@code ...Page} is a paginated list with {@code data},
 *       {@code links} and {@code meta} ({@link io.github.omneoid.json.PagedEnvelope}).</li>
 *   <li><b>Enums are open</b> ({@link io.github.omneoid.json.OpenEnum}): {@code ProfileType.ACTIVE},
 *       {@code ProfileType.of("vip")} for a value the spec does not list yet, {@code value()} for the text,
 *       {@code known()} for a Java {@code enum} to switch on.</li>
 *   <li><b>Null-safe types</b> (JSpecify, {@code @NullMarked}): a property the spec marks {@code nullable}, or does
 *       not list as {@code required}, is {@code @Nullable} on its getter, setter and builder method; Kotlin sees
 *       {@code String?} there and {@code String} elsewhere.</li>
 *   <li><b>{@code toString()} hides personal data and secrets</b>: properties marked {@code x-omneo-pii} or
 *       {@code x-omneo-secret} in the spec show as {@code ***}, so a model can go into a log line.</li>
 * </ul>
 *
 * <p>Models are read and written with {@link io.github.omneoid.json.OmneoJson}, the tolerant reader: a response
 * never fails because one property has an unexpected JSON type. What the spec declares is read silently; anything
 * else is schema drift, read where it can be and reported to a {@link io.github.omneoid.json.SchemaDriftListener}.
 * Properties no field holds are kept ({@code OmneoJson.raw(model, "name")}) and written back, so a
 * read-modify-write loses nothing. The rules are in {@code generated/models/README.md}.
 *
 * <pre>{@code
 * Profile profile = OmneoJson.parse(body, ProfileEnvelope.class).getData();
 * }</pre>
 *
 * <p>Each class's documentation names its public sources: docs.omneo.io page paths and omneo-sdk file paths.
 */
@NullMarked
package io.github.omneoid.model;

import org.jspecify.annotations.NullMarked;
