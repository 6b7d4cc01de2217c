/**
 * The JSON set-up the generated models ({@code io.github.omneoid.model}) need: Moshi adapters and the tolerant
 * reader. It depends on Moshi only, so a service can read the API's JSON without the client.
 *
 * <ul>
 *   <li>{@link io.github.omneoid.json.OmneoJson}: the configured Moshi instance, {@code parse(...)}, and
 *       {@code raw(model, name)} for properties no typed field holds.</li>
 *   <li>{@link io.github.omneoid.json.SchemaDriftListener} and {@link io.github.omneoid.json.SchemaDrift}: where a
 *       response did not have the shape the spec declares. The default listener logs a warning once per model and
 *       field; {@link io.github.omneoid.json.SchemaDriftListener#strict()} (or {@code -Domneo.json.strict=true})
 *       throws {@link io.github.omneoid.json.SchemaDriftException} instead.</li>
 *   <li>{@link io.github.omneoid.json.OmneoModel} and {@link io.github.omneoid.json.OpenEnum}: the bases of every
 *       generated model and enum; {@link io.github.omneoid.json.DataEnvelope} and
 *       {@link io.github.omneoid.json.PagedEnvelope}: the interfaces of the generated {@code {"data": ...}} and
 *       paginated envelopes.</li>
 *   <li>{@link io.github.omneoid.json.JsonShape} and {@link io.github.omneoid.json.JsonItemShape}: what the spec
 *       allows for a field beyond its Java type, written by the generator.</li>
 * </ul>
 *
 * <p>The tolerant reader never fails a response because one property has an unexpected JSON type: the other forms
 * the spec declares for a property ({@code x-omneo-also}, e.g. {@code []} for an empty object, {@code "80.00"} for
 * a number) are read silently; anything else is read where it can be, or left out of its typed field with the raw
 * JSON kept, and reported as drift. The rules, case by case, are in {@code generated/models/README.md}; the
 * vocabulary of the spec in {@code spec/README.md}.
 *
 * <pre>{@code
 * Profile profile = OmneoJson.parse(body, ProfileEnvelope.class).getData();
 * }</pre>
 */
@NullMarked
package io.github.omneoid.json;

import org.jspecify.annotations.NullMarked;
