package dev.h1proof.matrix.jdk21

import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.content.OutgoingContent
import io.ktor.server.application.ApplicationCallPipeline
import io.ktor.server.application.call
import io.ktor.server.cio.CIO
import io.ktor.server.engine.embeddedServer
import io.ktor.server.request.httpMethod
import io.ktor.server.request.receiveChannel
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondBytes
import io.ktor.utils.io.discard

/**
 * Ktor with its CIO engine: one interceptor for every call reads the request body to its end, then
 * answers as [Routes] says (no routing or AutoHeadResponse plugin: HEAD gets the header section only
 * from the app itself). Usage: KtorAppKt PORT
 */
fun main(args: Array<String>) {
    val port = args[0].toInt()
    val server = embeddedServer(CIO, port = port, host = "127.0.0.1") {
        intercept(ApplicationCallPipeline.Call) {
            call.receiveChannel().discard()
            val method = call.request.httpMethod.value
            val route = Routes.of(method)
            if (route.allow()) {
                call.response.header("Allow", Routes.ALLOW)
            }
            val status = HttpStatusCode.fromValue(route.status())
            when {
                route.status() == 204 -> call.respond(status)
                Routes.sendsBody(method, route.status()) ->
                    call.respondBytes(route.body(), ContentType.Text.Plain, status)
                else -> call.respond(object : OutgoingContent.NoContent() {
                    override val status = status
                    override val contentType = ContentType.Text.Plain
                    override val contentLength = route.body().size.toLong()
                })
            }
            finish()
        }
    }
    server.start(wait = false)
    println("version: Ktor " + Routes.version("ktor") + " CIO (embedded, call interceptor)")
    System.out.flush()
    Thread.currentThread().join()
}
