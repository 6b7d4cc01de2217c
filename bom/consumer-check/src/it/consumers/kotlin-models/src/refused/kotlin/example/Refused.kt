package example

import io.github.omneoid.model.Profile

/** Must not compile: the spec says title is nullable, so Kotlin sees String?, not String. */
fun title(profile: Profile): String {
    val t: String = profile.title
    return t
}
