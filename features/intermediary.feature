@intermediary
Feature: Intermediaries: what a proxy forwards
  A proxy in front of a back end is the server of every request it receives and the client of every
  request it forwards. Run through a proxy with `h1proof proxy`, each scenario is judged on both sides:
  what the client got back, and the exact bytes the capture back end behind the proxy received, framed by
  a strict parser. Each outcome line is paired with what the back end may have received with it
  (`And the back end receives ...`). A conforming proxy rejects the message, or forwards it normalised
  (one framing field, chunked last, no obs-fold, bare CR or NUL replaced, hop-by-hop fields dropped); it
  never forwards bytes a back end could frame otherwise. The pipelined canary shows whether the proxy and
  the back end agree on where the first message ends. The rule ids name the intermediary requirement;
  they are kept apart from the server rulebook and not run by `h1proof run`.

  Steps: every `Then expect OUTCOME` or `And allow OUTCOME` line (the client side, grammar as in
  features/README.md) is followed by `And the back end receives FORWARDED`, and the pair matches when
  both halves do:
    FORWARDED = "nothing" / ( "the request" / "the request and the canary" ) *( ", " clause )
    clause    = "body " QUOTED / "no field " NAME / "field " NAME " is " QUOTED
              / "no connection option " NAME
  Every form requires that the bytes on each back-end connection hold no violation for a strict parser.
  `nothing` then allows no complete request (an abandoned incomplete prefix is harmless); the others
  require exactly the message under test (then the canary, a GET) and no other byte. `body` is the
  content once framed (chunked coding removed); `field X is "v"` compares runs of SP and HTAB as one SP.
  Nothing is derived from the outcomes: each pair is written out.

  @RFC9112-2.2-proxy-bare-CR @MUST
  Rule: RFC 9112 §2.2 a proxy forwards no bare CR
    An intermediary MUST NOT pass a bare CR on: it rejects the message, or turns each bare CR into SP
    before it forwards the message.

    Scenario: a bare CR inside a field value
      RFC 9112 §2.2: a recipient must treat a bare CR in a protocol element as invalid or replace each bare CR
      with SP before processing or forwarding the message. An intermediary rejects it, or forwards the field
      with SP; it never forwards the bare CR, which a back end could read as a line end. Where it names no
      status, closing without a response is permitted, not preferred.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: a\rb\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, field X-A is "a b"

    Scenario: a bare CR inside the Transfer-Encoding value
      RFC 9112 §2.2: a recipient must treat a bare CR in a protocol element as invalid or replace each bare CR
      with SP before processing or forwarding the message. An intermediary rejects it, or forwards the field
      with SP; it never forwards the bare CR, which a back end could read as a line end. Where it names no
      status, closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\rX: y\r\n
        Content-Length: 5\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 501, connection closed, canary not answered
      And the back end receives nothing

    Scenario: a bare CR in a chunk extension
      RFC 9112 §2.2: a recipient must treat a bare CR in a protocol element as invalid or replace each bare CR
      with SP before processing or forwarding the message. An intermediary rejects it, or forwards the field
      with SP; it never forwards the bare CR, which a back end could read as a line end. Where it names no
      status, closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;a=b\rc\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, body "hello"
      And allow no response, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-2.2-proxy-bare-LF @MUST
  Rule: RFC 9112 §2.2 a proxy forwards no lone LF line end
    An intermediary that takes a lone LF as a line end MUST forward that line ended by CRLF, so that no
    back end can join two lines or see a field the proxy did not.

    Scenario: a lone LF ending a field line
      RFC 9112 §2.2: a recipient may recognise a lone LF as a line terminator, but a sender generates CRLF. An
      intermediary that accepts a lone LF forwards the line with CRLF; forwarding the lone LF lets a back end
      that does not recognise it join two lines, or frame a Transfer-Encoding it did not see.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: 1\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, field X-A is "1"

    Scenario: a lone LF ending Transfer-Encoding next to Content-Length
      RFC 9112 §2.2: a recipient may recognise a lone LF as a line terminator, but a sender generates CRLF. An
      intermediary that accepts a lone LF forwards the line with CRLF; forwarding the lone LF lets a back end
      that does not recognise it join two lines, or frame a Transfer-Encoding it did not see.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\n
        Content-Length: 3\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, connection closed, canary not answered
      And the back end receives the request, body ""
      And allow no response, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-2.2-proxy-whitespace-before-first-field @MUST
  Rule: RFC 9112 §2.2 a proxy forwards no whitespace before the first field
    An intermediary that receives whitespace between the request-line and the first field line MUST
    reject the message or drop each such line; it never forwards one.

    Scenario: a whitespace-preceded Transfer-Encoding line before the first field
      RFC 9112 §2.2: whitespace between the start-line and the first field line must be rejected, or each
      whitespace-preceded line consumed without further processing. An intermediary rejects the message or
      drops the line; forwarded, the line could be read as a continuation or as a field by the back end.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        \sTransfer-Encoding: chunked\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, body "hello", no field Transfer-Encoding

  @RFC9112-5.1-proxy-whitespace-before-colon @MUST
  Rule: RFC 9112 §5.1 a proxy forwards no whitespace before a colon
    A proxy is the server of the request it receives: it MUST reject a field line with whitespace before
    its colon (400) and forward nothing a back end could read as a field.

    Scenario: a space before the colon of an ordinary field
      RFC 9112 §5.1: a server must reject with 400 any request with whitespace between a field name and its
      colon, and a proxy must remove such whitespace from a response before forwarding it. A proxy is the
      server of the request it receives: it rejects, and forwards nothing a back end could read as
      Transfer-Encoding.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-Test : 1\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing

    Scenario: a space before the colon of Transfer-Encoding next to Content-Length
      RFC 9112 §5.1: a server must reject with 400 any request with whitespace between a field name and its
      colon, and a proxy must remove such whitespace from a response before forwarding it. A proxy is the
      server of the request it receives: it rejects, and forwards nothing a back end could read as
      Transfer-Encoding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding : chunked\r\n
        Content-Length: 5\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-5.2-proxy-obs-fold @MUST
  Rule: RFC 9112 §5.2 a proxy forwards no obs-fold
    An intermediary that receives an obs-fold in a request MUST reject it with 400 or replace each fold
    with SP before it forwards the message; the fold itself never reaches the back end.

    Scenario: an obs-fold in an ordinary field
      RFC 9112 §5.2: a server that receives obs-fold in a request must reject it with 400 or replace each
      obs-fold with one or more SP before interpreting or forwarding the message. An intermediary never
      forwards the fold itself.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-Folded: a\r\n
        \sb\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, field X-Folded is "a b"

    Scenario: an obs-fold inside Transfer-Encoding
      RFC 9112 §5.2: a server that receives obs-fold in a request must reject it with 400 or replace each
      obs-fold with one or more SP before interpreting or forwarding the message. An intermediary never
      forwards the fold itself.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding:\r\n
        \schunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, body "hello"

  @RFC9110-5.5-proxy-CR-LF-NUL-in-field-value @MUST
  Rule: RFC 9110 §5.5 a proxy forwards no CR, LF or NUL in a field value
    An intermediary MUST reject a field value that holds CR, LF or NUL, or replace each of them with SP
    before it forwards the message.

    Scenario: a NUL inside a field value
      RFC 9110 §5.5: a recipient of CR, LF or NUL within a field value must either reject the message or
      replace each of them with SP before further processing or forwarding it. A NUL forwarded as is can end
      the field early in a back end written in C.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: a\0b\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, field X-A is "a b"

  @RFC9112-6.3-proxy-removes-CL-with-TE @MUST
  Rule: RFC 9112 §6.3 a proxy removes Content-Length beside Transfer-Encoding
    An intermediary that forwards a request carrying both Transfer-Encoding and Content-Length MUST first
    remove the Content-Length and frame the message by its Transfer-Encoding; rejecting the request is
    also permitted.

    Scenario: CL.TE: a Content-Length shorter than the chunked body
      RFC 9112 §6.3 item 3 and §6.1: a request with both Transfer-Encoding and Content-Length may be rejected;
      an intermediary that forwards it must first remove the Content-Length and process the Transfer-Encoding,
      and must close the client connection after responding. The back end then frames the message by the
      chunked coding alone, and the canary is never forwarded. De-chunking the content and sending one
      Content-Length of its own is processing the Transfer-Encoding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 4\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, connection closed, canary not answered
      And the back end receives the request, body "hello"

    Scenario: TE.CL: a Content-Length longer than the chunked body
      RFC 9112 §6.3 item 3 and §6.1: a request with both Transfer-Encoding and Content-Length may be rejected;
      an intermediary that forwards it must first remove the Content-Length and process the Transfer-Encoding,
      and must close the client connection after responding. The back end then frames the message by the
      chunked coding alone, and the canary is never forwarded. De-chunking the content and sending one
      Content-Length of its own is processing the Transfer-Encoding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: 40\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, connection closed, canary not answered
      And the back end receives the request, body "hello"

    Scenario: Content-Length 0 with a chunked body that hides a request
      RFC 9112 §6.3 item 3 and §6.1: a request with both Transfer-Encoding and Content-Length may be rejected;
      an intermediary that forwards it must first remove the Content-Length and process the Transfer-Encoding,
      and must close the client connection after responding. The back end then frames the message by the
      chunked coding alone, and the canary is never forwarded. De-chunking the content and sending one
      Content-Length of its own is processing the Transfer-Encoding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 0\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        23\r\n
        GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, connection closed, canary not answered
      And the back end receives the request, body "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"

  @RFC9112-6.3-proxy-TE-chunked-not-final @MUST
  Rule: RFC 9112 §6.3 a proxy forwards no request whose last coding is not chunked
    A request whose Transfer-Encoding does not end with chunked has no reliable length: an intermediary
    MUST answer 400, close the connection and forward nothing of it.

    Scenario: Transfer-Encoding chunked then another coding
      RFC 9112 §6.3 item 4: when a request carries Transfer-Encoding and chunked is not the final coding, the
      length cannot be determined reliably; the server must answer 400 and close. An intermediary is that
      server: it forwards nothing, and above all not by the Content-Length beside it.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked, x-custom\r\n
        Content-Length: 5\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 501, connection closed, canary not answered
      And the back end receives nothing

    Scenario: a look-alike coding xchunked next to Content-Length
      RFC 9112 §6.3 item 4: when a request carries Transfer-Encoding and chunked is not the final coding, the
      length cannot be determined reliably; the server must answer 400 and close. An intermediary is that
      server: it forwards nothing, and above all not by the Content-Length beside it.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: xchunked\r\n
        Content-Length: 5\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 501, connection closed, canary not answered
      And the back end receives nothing

    Scenario: two Transfer-Encoding lines, chunked first
      RFC 9112 §6.3 item 4: when a request carries Transfer-Encoding and chunked is not the final coding, the
      length cannot be determined reliably; the server must answer 400 and close. An intermediary is that
      server: it forwards nothing, and above all not by the Content-Length beside it.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Transfer-Encoding: x-custom\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 501, connection closed, canary not answered
      And the back end receives nothing

    Scenario: an empty Transfer-Encoding next to Content-Length
      RFC 9112 §6.3 item 4: when a request carries Transfer-Encoding and chunked is not the final coding, the
      length cannot be determined reliably; the server must answer 400 and close. An intermediary is that
      server: it forwards nothing, and above all not by the Content-Length beside it.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding:\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 501, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-6.3-proxy-CL-invalid @MUST
  Rule: RFC 9112 §6.3 a proxy forwards no request with an invalid Content-Length
    A request without Transfer-Encoding whose Content-Length is invalid cannot be framed: an intermediary
    MUST answer 400, close the connection and forward nothing of it.

    Scenario: two different Content-Length values
      RFC 9112 §6.3 item 5: a request without Transfer-Encoding whose Content-Length is invalid has
      unrecoverable framing; the server must answer 400 and close. An intermediary forwards none of it, since
      each back end would guess a different length.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Content-Length: 6\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing

    Scenario: a signed Content-Length
      RFC 9112 §6.3 item 5: a request without Transfer-Encoding whose Content-Length is invalid has
      unrecoverable framing; the server must answer 400 and close. An intermediary forwards none of it, since
      each back end would guess a different length.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: +5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing

    Scenario: an empty Content-Length
      RFC 9112 §6.3 item 5: a request without Transfer-Encoding whose Content-Length is invalid has
      unrecoverable framing; the server must answer 400 and close. An intermediary forwards none of it, since
      each back end would guess a different length.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing

    Scenario: a Content-Length with a space inside
      RFC 9112 §6.3 item 5: a request without Transfer-Encoding whose Content-Length is invalid has
      unrecoverable framing; the server must answer 400 and close. An intermediary forwards none of it, since
      each back end would guess a different length.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 1 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-6.3-proxy-CL-identical-values @MUST
  Rule: RFC 9112 §6.3 a proxy forwards one Content-Length for a repeated value
    An intermediary MUST reject a Content-Length repeated with one same valid value, or forward a single
    Content-Length with that value; it never forwards the repetition.

    Scenario: a Content-Length list of the same value
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list or repetition of one same valid value may
      be rejected, or replaced by one Content-Length with that value before the message is framed or
      forwarded. Forwarded as received, the repetition is invalid framing for a strict back end.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5, 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, body "hello", field Content-Length is "5"

    Scenario: two Content-Length lines with the same value
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list or repetition of one same valid value may
      be rejected, or replaced by one Content-Length with that value before the message is framed or
      forwarded. Forwarded as received, the repetition is invalid framing for a strict back end.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And the back end receives nothing
      And expect accepted, canary answered
      And the back end receives the request and the canary, body "hello", field Content-Length is "5"

  @RFC9112-7.1-proxy-chunk-size-overflow @MUST
  Rule: RFC 9112 §7.1 a proxy does not wrap a huge chunk size
    An intermediary MUST NOT let an oversized chunk size wrap around: it rejects the request (400, or 413
    for a size it will not take) and forwards nothing framed by a wrapped size.

    Scenario: a chunk size that overflows 64 bits
      RFC 9112 §7.1: a recipient must anticipate large hexadecimal chunk sizes and prevent parsing errors from
      integer overflow. An intermediary that wraps a size around frames a different body than the back end: it
      rejects the request (400, or 413 for a size it will not take) and forwards nothing a back end could
      frame otherwise; closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        10000000000000005\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And expect status 413, connection closed, canary not answered
      And the back end receives nothing
      And allow no response, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-7.1-proxy-chunk-syntax @SHOULD
  Rule: RFC 9112 §7.1 a proxy rejects a malformed chunked body
    An intermediary SHOULD reject a chunked body that breaks the chunk grammar; re-framing it canonically
    with the content the sender meant is permitted, forwarding the broken framing is not.

    Scenario: a chunk size with a 0x prefix
      RFC 9112 §7.1: chunk-size is 1*HEXDIG, each chunk line ends with CRLF, and chunk-data is exactly
      chunk-size octets; a recipient should reject a chunked body that breaks the grammar. An intermediary
      rejects it; or, permitted but not preferred, re-frames it canonically with the content the sender meant,
      so the back end frames it one way only. Forwarding the malformed chunk as received lets each back end
      guess; closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0x5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And allow no response, connection closed, canary not answered
      And the back end receives nothing
      And allow accepted, canary answered
      And the back end receives the request and the canary, body "hello"

    Scenario: a chunk size followed by a space
      RFC 9112 §7.1: chunk-size is 1*HEXDIG, each chunk line ends with CRLF, and chunk-data is exactly
      chunk-size octets; a recipient should reject a chunked body that breaks the grammar. An intermediary
      rejects it; or, permitted but not preferred, re-frames it canonically with the content the sender meant,
      so the back end frames it one way only. Forwarding the malformed chunk as received lets each back end
      guess; closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\s\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And allow no response, connection closed, canary not answered
      And the back end receives nothing
      And allow accepted, canary answered
      And the back end receives the request and the canary, body "hello"

    Scenario: a chunk-size line ended by a lone LF
      RFC 9112 §7.1: chunk-size is 1*HEXDIG, each chunk line ends with CRLF, and chunk-data is exactly
      chunk-size octets; a recipient should reject a chunked body that breaks the grammar. An intermediary
      rejects it; or, permitted but not preferred, re-frames it canonically with the content the sender meant,
      so the back end frames it one way only. Forwarding the malformed chunk as received lets each back end
      guess; closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And allow no response, connection closed, canary not answered
      And the back end receives nothing
      And allow accepted, canary answered
      And the back end receives the request and the canary, body "hello"

    Scenario: chunk data longer than its size
      RFC 9112 §7.1: chunk-size is 1*HEXDIG, each chunk line ends with CRLF, and chunk-data is exactly
      chunk-size octets; a recipient should reject a chunked body that breaks the grammar. An intermediary
      rejects it; or, permitted but not preferred, re-frames it canonically with the content the sender meant,
      so the back end frames it one way only. Forwarding the malformed chunk as received lets each back end
      guess; closing without a response is permitted, not preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        3\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect rejected, connection closed, canary not answered
      And the back end receives nothing
      And allow no response, connection closed, canary not answered
      And the back end receives nothing

  @RFC9112-7.1-proxy-chunked-forwarded @MUST
  Rule: RFC 9112 §7.1 a proxy forwards a valid chunked body intact
    An intermediary MUST forward a valid chunked body with the same content (re-chunked, with one
    Content-Length, or as received), and the request after it stays a request of its own.

    @control
    Scenario: chunk sizes with leading zeros
      RFC 9112 §7.1: a valid chunked body, even with leading zeros in a chunk size or a chunk extension, is
      forwarded with the same content (re-chunked, sent with one Content-Length, or as received), and the
      canary after it is a request of its own.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        005\r\n
        hello\r\n
        000\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, canary answered
      And the back end receives the request and the canary, body "hello"

    @control
    Scenario: a chunk extension
      RFC 9112 §7.1: a valid chunked body, even with leading zeros in a chunk size or a chunk extension, is
      forwarded with the same content (re-chunked, sent with one Content-Length, or as received), and the
      canary after it is a request of its own.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;name=value\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, canary answered
      And the back end receives the request and the canary, body "hello"

    @control
    Scenario: a Content-Length body
      RFC 9112 §7.1: a valid chunked body, even with leading zeros in a chunk size or a chunk extension, is
      forwarded with the same content (re-chunked, sent with one Content-Length, or as received), and the
      canary after it is a request of its own.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, canary answered
      And the back end receives the request and the canary, body "hello"

  @RFC9110-7.6.1-proxy-drops-connection-options @MUST
  Rule: RFC 9110 §7.6.1 a proxy drops the fields its Connection options name
    Before it forwards a message, an intermediary MUST remove every field that an option of the Connection
    field names, and remove the Connection field itself or replace it with its own options.

    Scenario: a field named in Connection
      RFC 9110 §7.6.1: an intermediary must parse a received Connection field and, before forwarding, remove
      every field named by one of its options, then remove the Connection field itself or replace it with its
      own options. Forwarded, a hop-by-hop field reaches a back end that acts on it.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: X-Hop\r\n
        X-Hop: secret\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, canary answered
      And the back end receives the request and the canary, no field X-Hop, no connection option X-Hop

    Scenario: a field named in Connection beside keep-alive
      RFC 9110 §7.6.1: an intermediary must parse a received Connection field and, before forwarding, remove
      every field named by one of its options, then remove the Connection field itself or replace it with its
      own options. Forwarded, a hop-by-hop field reaches a back end that acts on it.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: keep-alive, X-Hop\r\n
        X-Hop: secret\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, canary answered
      And the back end receives the request and the canary, no field X-Hop, no connection option X-Hop

  @RFC9110-7.6.1-proxy-drops-hop-by-hop-fields @SHOULD
  Rule: RFC 9110 §7.6.1 a proxy drops known hop-by-hop fields
    An intermediary SHOULD also remove fields known to be hop-by-hop, such as Keep-Alive and
    Proxy-Connection, even when no Connection option names them.

    Scenario: Keep-Alive and Proxy-Connection without Connection
      RFC 9110 §7.6.1: intermediaries should also remove other fields known to be hop-by-hop, such as
      Keep-Alive and Proxy-Connection, even when Connection does not name them.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Keep-Alive: timeout=5\r\n
        Proxy-Connection: keep-alive\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, canary answered
      And the back end receives the request and the canary, no field Keep-Alive, no field Proxy-Connection
