/**
 * The Omneo ID API as Retrofit interfaces, generated from the spec ({@code spec/omneo-id.yaml}) on every build: one
 * interface per tag ({@code AuthApi}, {@code ProfileApi}, {@code AddressesApi}...), one method per operation, named
 * by its {@code operationId}. This file is the only hand-written one in the package; change an interface by changing
 * the spec, never the generated code.
 *
 * <p>Most applications do not use these interfaces directly: the client ({@code io.github.omneoid.client}, artifact
 * {@code omneo-id-client}) wraps every operation in a typed call with token handling, retries, typed errors and
 * unwrapped responses. To use them with a Retrofit of your own:
 *
 * <pre>{@code
 * Retrofit retrofit = new Retrofit.Builder()
 *     .baseUrl("https://api.acme.getomneo.com/id/api/v1/")          // the trailing '/' matters
 *     .client(okHttpClientThatAddsTheBearerToken)
 *     .addConverterFactory(MoshiConverterFactory.create(OmneoJson.moshi()))
 *     .build();
 * Profile me = retrofit.create(ProfileApi.class).getMyProfile(Map.of()).execute().body().getData();
 * }</pre>
 *
 * Paths in the annotations are relative to the base URL. Routes under {@code /profiles/me} take a profile ID token,
 * {@code POST /profiles} an anonymous one, {@code POST /auth/token} the admin API token (see each operation's
 * documentation). The request and response types are in {@code io.github.omneoid.model}.
 *
 * <p>Null-marked (JSpecify {@code @NullMarked}): an optional {@code @Query} parameter is {@code @Nullable} (Retrofit
 * leaves a null one out); every other parameter is not null: Retrofit refuses a null {@code @QueryMap}, {@code @Body}
 * or {@code @Path}, so pass an empty map for no query keys.
 */
@NullMarked
package io.github.omneoid.api;

import org.jspecify.annotations.NullMarked;
