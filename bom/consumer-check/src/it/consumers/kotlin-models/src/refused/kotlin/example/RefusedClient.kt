package example

import io.github.omneoid.client.errors.HttpErrorDetails

/** Must not compile: an error body need not carry a message, so serverMessage() is String?, not String. */
fun message(details: HttpErrorDetails): String {
    val m: String = details.serverMessage()
    return m
}
