package dev.h1proof.parser;

/** The four forms of request-target defined by RFC 9112 §3.2. */
public enum TargetForm {
  /** {@code absolute-path [ "?" query ]} (RFC 9112 §3.2.1), the usual form. */
  ORIGIN,
  /** {@code absolute-URI} (RFC 9112 §3.2.2), its authority overrides the Host field. */
  ABSOLUTE,
  /** {@code uri-host ":" port} (RFC 9112 §3.2.3), used only with CONNECT. */
  AUTHORITY,
  /** {@code "*"} (RFC 9112 §3.2.4), used only with a server-wide OPTIONS. */
  ASTERISK
}
