@smuggling
Feature: Request smuggling: framing attacks
  Front ends and origin servers that disagree on where a request ends let an attacker hide a second request
  inside the first. These scenarios obfuscate Transfer-Encoding and Content-Length and bend chunk sizes, and
  a pipelined canary request shows how the server framed the message before it: where the RFC demands a
  close the canary must stay unanswered, and no response may ever come for octets that belong to a body.

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: Transfer-Encoding xchunked next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: xchunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: Transfer-Encoding chunked-false next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: chunked-false\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: a space inside the chunked coding name next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: ch unked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: the truncated coding name chunk next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: chunk\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: a VT before chunked next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: \x0bchunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: an FF before chunked next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: \x0cchunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: a zero-width space before chunked next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: \xe2\x80\x8bchunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: a NUL and a letter after chunked next to Content-Length
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: chunked\0x\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: Transfer-Encoding chunked, identity
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked, identity\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: chunked followed by a second Transfer-Encoding line
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.
    The two lines combine to chunked, x, so chunked is not final.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Transfer-Encoding: x\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: chunked followed by an identity line
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Transfer-Encoding: identity\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-unknown-coding-501 @SHOULD
  Scenario: an unknown coding line before a chunked line
    RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
    Implemented); identity is no longer a registered coding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: x\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 501, connection closed, canary not answered
    And expect status 501, connection open, canary answered
    And allow status 400, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-5.1-whitespace-before-colon @MUST
  Scenario: Transfer-Encoding with a space before the colon next to Content-Length
    RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
    request containing such a line with 400 (Bad Request). The five octets happen to be a complete chunked
    body, so either reading consumes them.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding : chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 400, canary answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-5.2-obs-fold @MUST
  Scenario: a space-led Transfer-Encoding line folds into Host
    RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
    each fold with one or more SP before using the value; the continuation is never a new field. Unfolded,
    Host contains spaces and a colon, so 400 either way.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \sTransfer-Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 400, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-5.2-obs-fold-in-framing-field @MUST
  Scenario: a space-led Transfer-Encoding line folds into another field
    RFC 9112 §5.2 and §6.3: a fold inside Content-Length or Transfer-Encoding is handled like any fold (400,
    or unfold and frame by the unfolded value); ignoring the field and framing the body as empty is a
    smuggling vector. Unfolded it is part of the X-A value and Content-Length frames the five octets; acting
    on it as Transfer-Encoding is wrong.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\r\n
      \sTransfer-Encoding: chunked\r\n
      Content-Length: 5\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-5.2-obs-fold-in-framing-field @MUST
  Scenario: a folded Transfer-Encoding value next to Content-Length
    RFC 9112 §5.2 and §6.3: a fold inside Content-Length or Transfer-Encoding is handled like any fold (400,
    or unfold and frame by the unfolded value); ignoring the field and framing the body as empty is a
    smuggling vector. Unfolded, both framing fields are present and the server must close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding:\r\n
      \schunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a space inside the Transfer-Encoding name
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. If the line is
    dropped the body is empty and the stray zero-chunk is an invalid request.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted then status 400, connection closed, canary not answered
    And allow no response, connection closed, canary not answered

  @RFC9112-6.3-CL-differing-values @MUST
  Scenario: Content-Length 0 then 22 around a hidden request
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
    framing invalid; the server must answer 400 and close rather than pick one.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 0\r\n
      Content-Length: 22\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-differing-values @MUST
  Scenario: Content-Length 22 then 0 around a hidden request
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
    framing invalid; the server must answer 400 and close rather than pick one.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 22\r\n
      Content-Length: 0\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-identical-values @MAY
  Scenario: identical Content-Length lines around a hidden request
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
    number may be processed as that number, or rejected with 400 and a close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 22\r\n
      Content-Length: 22\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: Content-Length equal to a complete chunked body
    RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
    process it by Transfer-Encoding alone, and either way must close the connection after responding. Either
    reading consumes the same octets, but the close is still required.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: a short Content-Length with a request hidden in the chunk (TE.CL)
    RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
    process it by Transfer-Encoding alone, and either way must close the connection after responding. Framed
    by Content-Length, the hidden request would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 4\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      16\r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: a long Content-Length covering a request after the last chunk (CL.TE)
    RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
    process it by Transfer-Encoding alone, and either way must close the connection after responding. Framed
    by chunked, the request after the last chunk must still not be answered, because the server closes.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 27\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-size-not-hex @SHOULD
  Scenario: a 0x chunk size in front of a hidden request
    RFC 9112 §7.1 and §2.2: a chunk-size is hex digits only; a prefix, sign, underscore, non-hex letter or
    empty size does not match the grammar and should get 400 and a close, never a partial parse. Read as
    zero, the body would end and the hidden request would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      0x16\r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.1-chunk-ext-malformed @SHOULD
  Scenario: a chunk extension of only whitespace and a semicolon
    RFC 9112 §7.1.1 and §2.2: a chunk extension is a token name with an optional token or quoted-string
    value; an empty name, an empty value, a space inside the name or an unterminated quote should get 400
    and a close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5 ;\r\n
      hello\r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.1-chunk-ext-malformed @SHOULD
  Scenario: a last chunk with an empty extension
    RFC 9112 §7.1.1 and §2.2: a chunk extension is a token name with an optional token or quoted-string
    value; an empty name, an empty value, a space inside the name or an unterminated quote should get 400
    and a close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5\r\n
      hello\r\n
      0;\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-size-overflow @MUST
  Scenario: a chunk size of 2^64 that wraps to zero
    RFC 9112 §7.1: recipients must expect very large hex chunk sizes and prevent integer overflow or
    precision loss; the server rejects or waits, and never wraps to a small size. Wrapped to zero it would
    look like the last chunk.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      10000000000000000\r\n
      hello\r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, connection closed, canary not answered
    And expect no response, connection open, canary not answered
    And allow status 400 or 413, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And inconclusive accepted, connection open, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-size-overflow @MUST
  Scenario: a chunk size of 2^64-1
    RFC 9112 §7.1: recipients must expect very large hex chunk sizes and prevent integer overflow or
    precision loss; the server rejects or waits, and never wraps to a small size. As a signed 64-bit number
    this is minus one.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      ffffffffffffffff\r\n
      hello\r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, connection closed, canary not answered
    And expect no response, connection open, canary not answered
    And allow status 400 or 413, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And inconclusive accepted, connection open, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-data-length-mismatch @SHOULD
  Scenario: a request glued to chunk data without CRLF
    RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF; more, fewer or a missing CRLF
    is a framing error that should get 400 and a close, not a resync on the next line.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5\r\n
      helloGET /evil HTTP/1.0\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9110-17.10-underscore-lookalike-field-names @SHOULD
  Scenario: Transfer_Encoding next to Content-Length does not frame
    RFC 9110 §17.10: names such as Content_Length are legal tokens but different fields; a server that maps
    underscores to hyphens can be tricked into framing by them. The field must not frame the body.
    Content-Length frames the five octets; treating the look-alike as Transfer-Encoding would force a close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Transfer_Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-9.2-one-final-response-per-request @MUST
  Scenario: a request inside a Content-Length body gets no response
    RFC 9112 §9.2 and §9.3.2: responses pair with requests by order and only 1xx responses may precede the
    single final response, so no response is ever sent for octets that belong to a body.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 22\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-9.2-one-final-response-per-request @MUST
  Scenario: a request inside a chunk gets no response
    RFC 9112 §9.2 and §9.3.2: responses pair with requests by order and only 1xx responses may precede the
    single final response, so no response is ever sent for octets that belong to a body.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      16\r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-9.2-one-final-response-per-request @MUST
  Scenario: a rejected request followed by a pipelined one gets one response
    RFC 9112 §9.2 and §9.3.2: responses pair with requests by order and only 1xx responses may precede the
    single final response, so no response is ever sent for octets that belong to a body. After the 400 for
    the invalid framing (an empty Content-Length, RFC 9112 §6.3) nothing else is answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length:\r\n
      \r\n
      x
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And precondition rejected

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: an empty Transfer-Encoding next to Content-Length
    RFC 9112 §6.3 item 4: a Transfer-Encoding whose final coding is not chunked (here: none at all) leaves the
    body length unknown; the server must answer 400 and close, not fall back to the Content-Length. The 32
    octets after the header section are a last chunk and then a whole request: framed by Content-Length they
    are one body and only the canary is answered; framed as chunked on an open connection the request inside
    is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding:\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: chunked with a trailing comma next to Content-Length
    RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
    Transfer-Encoding alone, and either way the server must close the connection after responding. An empty
    list element is ignored (RFC 9110 §5.6.1), so the coding is chunked. The 32 octets after the header
    section are a last chunk and then a whole request: framed by Content-Length they are one body and only the
    canary is answered; framed as chunked on an open connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked,\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: chunked after a leading comma next to Content-Length
    RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
    Transfer-Encoding alone, and either way the server must close the connection after responding. An empty
    list element is ignored (RFC 9110 §5.6.1), so the coding is chunked. The 32 octets after the header
    section are a last chunk and then a whole request: framed by Content-Length they are one body and only the
    canary is answered; framed as chunked on an open connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: ,chunked\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: chunked with a trailing space next to Content-Length
    RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
    Transfer-Encoding alone, and either way the server must close the connection after responding. Trailing
    whitespace is OWS, not part of the value (RFC 9112 §5.1), so the coding is chunked. The 32 octets after
    the header section are a last chunk and then a whole request: framed by Content-Length they are one body
    and only the canary is answered; framed as chunked on an open connection the request inside is answered
    too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\s\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: Chunked in mixed case next to Content-Length
    RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
    Transfer-Encoding alone, and either way the server must close the connection after responding. Coding
    names are case-insensitive (RFC 9112 §7), so the coding is chunked. The 32 octets after the header section
    are a last chunk and then a whole request: framed by Content-Length they are one body and only the canary
    is answered; framed as chunked on an open connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: Chunked\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: chunked with a parameter next to Content-Length
    RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
    Transfer-Encoding alone, and either way the server must close the connection after responding. A transfer
    coding may carry parameters (RFC 9110 §10.1.4 grammar); chunked defines none, so the server may refuse the
    coding (400 or 501), or take it as chunked. The 32 octets after the header section are a last chunk and
    then a whole request: framed by Content-Length they are one body and only the canary is answered; framed
    as chunked on an open connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked;x=1\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: identity next to Content-Length
    RFC 9112 §6.3 item 4: identity is no longer a transfer coding, and a Transfer-Encoding whose final coding
    is not chunked leaves the body length unknown; the server must answer 400 (or 501 for the unknown coding)
    and close, not fall back to the Content-Length. The 32 octets after the header section are a last chunk
    and then a whole request: framed by Content-Length they are one body and only the canary is answered;
    framed as chunked on an open connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: identity\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-chunked-twice @SHOULD
  Scenario: chunked on two Transfer-Encoding lines next to Content-Length
    RFC 9112 §6.1 and §7: chunked must not be applied more than once, and the two lines form one list
    (chunked, chunked); the body length is unknown, so 400 and a close. The 32 octets after the header section
    are a last chunk and then a whole request: framed by Content-Length they are one body and only the canary
    is answered; framed as chunked on an open connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Transfer-Encoding: chunked\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9110-5.5-NUL-in-field-value @MUST
  Scenario: a NUL after chunked next to Content-Length
    RFC 9110 §5.5: a NUL in a field value must be rejected or replaced by SP. Replaced, the value is chunked
    with trailing whitespace, and the request has both framing fields: the server must close after responding
    (RFC 9112 §6.1). The 32 octets after the header section are a last chunk and then a whole request: framed
    by Content-Length they are one body and only the canary is answered; framed as chunked on an open
    connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\0\r\n
      Content-Length: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length +32 next to chunked
    RFC 9112 §6.1 and §6.3: a Content-Length look-alike beside Transfer-Encoding chunked. A sign is not part
    of the 1*DIGIT grammar (RFC 9112 §6.3 item 5): the value is invalid. With Transfer-Encoding present the
    server must reject, or frame by chunked and close after responding; it must never frame by the look-alike
    and keep the connection. The 32 octets after the header section are a last chunk and then a whole request:
    framed by Content-Length they are one body and only the canary is answered; framed as chunked on an open
    connection the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Content-Length: +32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-CL-identical-values @MAY
  Scenario: Content-Length 32, 32, 32 next to chunked
    RFC 9112 §6.1 and §6.3: a Content-Length look-alike beside Transfer-Encoding chunked. A list of identical
    values may be taken as one (RFC 9110 §8.6). With Transfer-Encoding present the server must reject, or
    frame by chunked and close after responding; it must never frame by the look-alike and keep the
    connection. The 32 octets after the header section are a last chunk and then a whole request: framed by
    Content-Length they are one body and only the canary is answered; framed as chunked on an open connection
    the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Content-Length: 32, 32, 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: Content<TAB>Length next to chunked
    RFC 9112 §6.1 and §6.3: a Content-Length look-alike beside Transfer-Encoding chunked. A tab is not a
    tchar, so the line has no valid field name (RFC 9112 §5). With Transfer-Encoding present the server must
    reject, or frame by chunked and close after responding; it must never frame by the look-alike and keep the
    connection. The 32 octets after the header section are a last chunk and then a whole request: framed by
    Content-Length they are one body and only the canary is answered; framed as chunked on an open connection
    the request inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Content\tLength: 32\r\n
      \r\n
      0\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6-framing-independent-of-method @MUST
  Scenario: a request hidden in a HEAD body is never answered
    RFC 9112 §6 and RFC 9110 §9.3.2: request framing does not depend on the method, so the 27 octets a HEAD
    announces are its body even though HEAD content has no meaning; they are read and ignored, or the request
    is rejected and the connection closed. A server that skips the body of a HEAD answers the request inside
    it: one response more than the canary allows.

    Given the request
      """
      HEAD {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 27\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 400, connection closed, canary not answered
    And expect accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered

  @RFC9110-10.1.1-early-final-response-signals-intent @MUST
  Scenario: a request hidden in a 100-continue body sent at once is never answered
    RFC 9110 §10.1.1 and RFC 9112 §9.3: a client may send the body without waiting for 100 (Continue); a
    server that answers before reading it must still read the body or close, and never parse it as a
    request. The 27-octet body is a whole request: answering it is one response more than the canary allows.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 27\r\n
      Expect: 100-continue\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect interim 100 then accepted, connection open, canary answered
    And expect accepted, connection closed, canary not answered
    And allow status 417, connection closed, canary not answered

  @RFC9112-7.1.1-chunk-ext-malformed @SHOULD
  Scenario: an invalid chunk-extension name next to Content-Length
    RFC 9112 §7.1.1 and §6.1: a chunk-ext-name is a token, so "x y" is no extension, and the message also
    carries Content-Length; the server should reject it, and whatever it does it must close after
    responding. The 36 octets after the header section are the last chunk and then a whole request:
    framed by Content-Length they are one body; framed as chunked on an open connection the request
    inside is answered too.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Content-Length: 36\r\n
      \r\n
      0;x y\r\n
      \r\n
      GET / HTTP/1.1\r\n
      Host: h\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds
