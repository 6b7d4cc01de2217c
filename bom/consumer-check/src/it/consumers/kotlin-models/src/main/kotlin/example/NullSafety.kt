package example

import io.github.omneoid.json.OmneoJson
import io.github.omneoid.model.Profile
import io.github.omneoid.model.ProfileEnvelope

/** What a Kotlin user writes: nullable properties are `String?`, so the compiler asks for a fallback. */
fun greeting(body: String): String {
    val profile: Profile? = OmneoJson.parse(body, ProfileEnvelope::class.java)?.data
    val title: String? = profile?.title
    val name: String = profile?.firstName ?: "there"
    return listOfNotNull("Hello", title, name).joinToString(" ")
}

/** A response model built in a test: a nullable property takes null. */
fun anonymous(): Profile = Profile.builder().title(null).firstName("Harriet").build()
