package example

import io.github.omneoid.client.OmneoId
import io.github.omneoid.client.RawResponse
import io.github.omneoid.client.errors.HttpErrorDetails
import io.github.omneoid.model.CommsChannel
import io.github.omneoid.model.Profile
import io.github.omneoid.model.ProfileComms

/** What a Kotlin user writes against the client: a typed call's answer is not null, so it needs no fallback. */
fun firstName(client: OmneoId): String? {
    val profile: Profile = client.profile().get()
    return profile.firstName
}

/** The client's nullable answers are `T?`: each needs a fallback or a safe call. */
fun nullableAnswers(client: OmneoId, raw: RawResponse, details: HttpErrorDetails): List<Any?> {
    val comms: ProfileComms? = client.profile().unsubscribe(CommsChannel.EMAIL)
    val page: Int? = client.profile().transactionProducts().meta()?.currentPage
    val json: Any? = raw.json()
    val message: String = details.serverMessage() ?: "no message"
    val untyped: Any? = client.call("GET", "/profiles/me")
    return listOf(comms, page, json, message, untyped)
}
