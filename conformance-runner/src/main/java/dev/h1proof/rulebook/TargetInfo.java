package dev.h1proof.rulebook;

/**
 * What the placeholders stand for on one target.
 *
 * @param hostHeader the value for {@code Host}: the URL's authority, or the {@code --host-header}
 * @param hostname the host name or address alone, an IPv6 address without brackets ({@code
 *     {hostname}} renders it bracketed, as a URI needs it)
 * @param port the TCP port
 * @param path the request target used by scenarios (the URL's path, at least "/")
 * @param echoPath the echo endpoint, or null when the target has none
 */
public record TargetInfo(
    String hostHeader, String hostname, int port, String path, String echoPath) {}
