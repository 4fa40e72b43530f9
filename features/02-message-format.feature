@section-2
Feature: RFC 9112 §2 Message format
  An HTTP/1.1 message is a start-line, zero or more field lines each ending in CRLF, an empty line, and
  an optional body. A server must process any message that matches this grammar.

  @RFC9112-2.1-baseline-valid-requests @MUST @control @baseline
  Scenario: a minimal valid GET is processed
    RFC 9112 §2.1: a well-formed request (start-line, field lines, empty line) is processed normally,
    and an HTTP/1.1 connection stays open afterwards.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-2.1-baseline-valid-requests @MUST @control
  Scenario: a POST with a Content-Length body is processed
    RFC 9112 §2.1: a message made of a start-line, CRLF-terminated field lines, an empty line and an
    optional body framed by Content-Length or chunked is valid and is processed normally; an HTTP/1.1
    connection stays open afterwards. Here the body is framed by Content-Length and the pipelined canary
    must be answered.

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
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-2.1-baseline-valid-requests @MUST @control
  Scenario: a POST with a chunked body is processed
    RFC 9112 §2.1: a message made of a start-line, CRLF-terminated field lines, an empty line and an
    optional body framed by Content-Length or chunked is valid and is processed normally; an HTTP/1.1
    connection stays open afterwards. Here the body is chunked and the pipelined canary must be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5\r\n
      hello\r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-2.2-octet-based-parsing @MUST @control
  Scenario: a lone four-octet UTF-8 lead octet before CRLF does not swallow the next field line
    RFC 9112 §2.2: a recipient parses the message as octets of an ASCII superset, never as decoded Unicode,
    so an octet above 0x7F in a field value cannot absorb the CRLF that follows it and hide the next field
    line. The Host line follows the odd octets; if the CRLF were absorbed, Host would vanish and a 400 would
    follow.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      X-A: \xf0\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-2.2-octet-based-parsing @MUST @control
  Scenario: a truncated three-octet UTF-8 sequence before CRLF does not swallow the next field line
    RFC 9112 §2.2: a recipient parses the message as octets of an ASCII superset, never as decoded Unicode,
    so an octet above 0x7F in a field value cannot absorb the CRLF that follows it and hide the next field
    line. The Host line follows the odd octets; if the CRLF were absorbed, Host would vanish and a 400 would
    follow.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      X-A: \xe2\x80\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-2.2-octet-based-parsing @MUST @control
  Scenario: a lone two-octet UTF-8 lead octet before CRLF does not swallow the next field line
    RFC 9112 §2.2: a recipient parses the message as octets of an ASCII superset, never as decoded Unicode,
    so an octet above 0x7F in a field value cannot absorb the CRLF that follows it and hide the next field
    line. The Host line follows the odd octets; if the CRLF were absorbed, Host would vanish and a 400 would
    follow.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      X-A: \xc3\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-2.2-octet-based-parsing @MUST @control
  Scenario: the octets FF FE before CRLF does not swallow the next field line
    RFC 9112 §2.2: a recipient parses the message as octets of an ASCII superset, never as decoded Unicode,
    so an octet above 0x7F in a field value cannot absorb the CRLF that follows it and hide the next field
    line. The Host line follows the odd octets; if the CRLF were absorbed, Host would vanish and a 400 would
    follow.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      X-A: \xff\xfe\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-2.2-bare-LF-request-line @MAY
  Scenario: a request-line ended by a lone LF
    RFC 9112 §2.2: the start-line ends in CRLF, but a recipient may also accept a lone LF as its terminator.
    Rejecting with 400 is the strict reading; accepting is permitted leniency.

    Given the request
      """
      GET {path} HTTP/1.1\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-bare-LF-request-line @MAY
  Scenario: every line ended by a lone LF
    RFC 9112 §2.2: the start-line ends in CRLF, but a recipient may also accept a lone LF as its terminator.
    Rejecting with 400 is the strict reading; accepting is permitted leniency.

    Given the request
      """
      GET {path} HTTP/1.1\n
      Host: {host}\n
      \n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-bare-LF-field-lines @MAY
  Scenario: a field line ended by a lone LF
    RFC 9112 §2.2: field lines and the empty line end in CRLF, but a recipient may accept a lone LF instead.
    Either way the framing must be consistent: where the header section ends is also where the body starts.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\n
      X-A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-bare-LF-field-lines @MAY
  Scenario: the empty line is a lone LF after a CRLF-terminated field
    RFC 9112 §2.2: field lines and the empty line end in CRLF, but a recipient may accept a lone LF instead.
    Either way the framing must be consistent: where the header section ends is also where the body starts.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-bare-LF-field-lines @MAY
  Scenario: field line and empty line both end in a lone LF
    RFC 9112 §2.2: field lines and the empty line end in CRLF, but a recipient may accept a lone LF instead.
    Either way the framing must be consistent: where the header section ends is also where the body starts.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\n
      \n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-bare-LF-field-lines @MAY
  Scenario: a lone-LF empty line before a Content-Length body keeps framing consistent
    RFC 9112 §2.2: field lines and the empty line end in CRLF, but a recipient may accept a lone LF instead.
    Either way the framing must be consistent: where the header section ends is also where the body starts.
    If the LF is accepted as the empty line, the five body octets follow it and the canary is the next
    request.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-2.2-bare-LF-field-lines @MAY
  Scenario: all header lines end in a lone LF before a Content-Length body
    RFC 9112 §2.2: field lines and the empty line end in CRLF, but a recipient may accept a lone LF instead.
    Either way the framing must be consistent: where the header section ends is also where the body starts.

    Given the request
      """
      POST {path} HTTP/1.1\n
      Host: {host}\n
      Content-Length: 5\n
      \n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered

  @RFC9112-2.2-bare-CR-in-request-line @MUST
  Scenario: a bare CR between request-line and Host is not a line break
    RFC 9112 §2.2: a CR that is not followed by LF is never a line ending. The recipient treats the element
    as invalid or turns the CR into SP; with these bytes both readings leave an invalid request-line, so the
    answer is 400. Replacing the CR with SP adds words to the request-line and leaves no Host, so 400 is the
    only answer.

    Given the request
      """
      GET {path} HTTP/1.1\rHost: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow rejected, connection closed
    And allow no response, connection closed

  @RFC9112-2.2-bare-CR-in-request-line @MUST
  Scenario: a bare CR inside the request-target
    RFC 9112 §2.2: a CR that is not followed by LF is never a line ending. The recipient treats the element
    as invalid or turns the CR into SP; with these bytes both readings leave an invalid request-line, so the
    answer is 400.

    Given the request
      """
      GET /a\rb HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow rejected, connection closed
    And allow no response, connection closed

  @RFC9112-2.2-bare-CR-in-request-line @MUST
  Scenario: a bare CR inside the method
    RFC 9112 §2.2: a CR that is not followed by LF is never a line ending. The recipient treats the element
    as invalid or turns the CR into SP; with these bytes both readings leave an invalid request-line, so the
    answer is 400.

    Given the request
      """
      GE\rT {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow rejected, connection closed
    And allow no response, connection closed

  @RFC9112-2.2-bare-CR-in-field-line @MUST
  Scenario: a bare CR inside a field value is rejected or becomes SP
    RFC 9112 §2.2 and RFC 9110 §5.5: a bare CR in a field line must either make the element invalid or be
    replaced by SP before the field is used; it must never end the line or start a new field.

    Given the request
      """
      GET {echo} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\rc\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, echo field X-A is "b c"

  @RFC9112-2.2-bare-CR-in-field-line @MUST
  Scenario: a bare CR before the CRLF of a field line
    RFC 9112 §2.2 and RFC 9110 §5.5: a bare CR in a field line must either make the element invalid or be
    replaced by SP before the field is used; it must never end the line or start a new field. Replaced by SP
    the CR becomes trailing whitespace, which is then trimmed.

    Given the request
      """
      GET {echo} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\r\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, echo field X-A is "b"

  @RFC9112-2.2-bare-CR-in-field-line @MUST
  Scenario: a bare CR inside a field name is rejected
    RFC 9112 §2.2 and RFC 9110 §5.5: a bare CR in a field line must either make the element invalid or be
    replaced by SP before the field is used; it must never end the line or start a new field. With the CR
    replaced the name contains a space, which is still not a token.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X\rA: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-2.2-bare-CR-in-field-line @MUST
  Scenario: a bare CR after the Host value does not start a new field
    RFC 9112 §2.2 and RFC 9110 §5.5: a bare CR in a field line must either make the element invalid or be
    replaced by SP before the field is used; it must never end the line or start a new field. Either the CR
    is invalid or Host becomes a value with spaces and a colon, which is not a valid host.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\rX-A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And precondition RFC9112-3.2-Host-invalid-characters holds

  @RFC9112-2.2-bare-CR-as-line-terminator @MUST
  Scenario: lines ended only by CR never complete the request
    RFC 9112 §2.2: a lone CR does not terminate a line, so a header section that only uses CR never
    completes. The server rejects it or keeps waiting; it must not act on it as a complete request.

    Given the request
      """
      GET {path} HTTP/1.1\rHost: {host}\r\r
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect no response, connection open
    And expect no response, connection closed
    And allow status 400

  @RFC9112-2.2-bare-CR-as-line-terminator @MUST
  Scenario: an empty line written as a lone CR does not end the header section
    RFC 9112 §2.2: a lone CR does not terminate a line, so a header section that only uses CR never
    completes. The server rejects it or keeps waiting; it must not act on it as a complete request.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect no response, connection open
    And expect no response, connection closed
    And allow status 400

  @RFC9112-2.2-bare-CR-as-line-terminator @MUST
  Scenario: a field line and the empty line ended by lone CRs
    RFC 9112 §2.2: a lone CR does not terminate a line, so a header section that only uses CR never
    completes. The server rejects it or keeps waiting; it must not act on it as a complete request.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\r\r
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect no response, connection open
    And expect no response, connection closed
    And allow status 400

  @RFC9112-2.2-leading-empty-line @SHOULD @control
  Scenario: one CRLF before the request-line is ignored
    RFC 9112 §2.2: for robustness a server that expects a request-line should skip at least one empty line
    received before it.

    Given the request
      """
      \r\n
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 400
    And allow accepted, connection closed

  @RFC9112-2.2-leading-empty-line @SHOULD @control
  Scenario: two CRLFs before the request-line are ignored
    RFC 9112 §2.2: for robustness a server that expects a request-line should skip at least one empty line
    received before it.

    Given the request
      """
      \r\n
      \r\n
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 400
    And allow accepted, connection closed

  @RFC9112-2.2-leading-empty-line @MAY
  Scenario: a lone LF before the request-line
    RFC 9112 §2.2: a server should skip at least one empty line (CRLF) before the request-line; a lone LF
    is not CRLF, and recognising it as a line ending is only a permission. Rejecting it is the strict
    outcome; skipping it, under that permission, is allowed.

    Given the request
      """
      \n
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-empty-line-flood @MAY
  Scenario: ten thousand empty lines before the request-line
    RFC 9112 §2.2 and RFC 9110 §2.3: only one leading empty line has to be skipped, so a server may limit
    how many it tolerates, but it must neither hang nor exhaust memory on a flood of them.

    Given the request
      """
      {repeat:10000:\r\n}
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted, connection closed

  @RFC9112-2.2-empty-line-flood @MAY
  Scenario: one hundred empty lines before the request-line
    RFC 9112 §2.2 and RFC 9110 §2.3: only one leading empty line has to be skipped, so a server may limit
    how many it tolerates, but it must neither hang nor exhaust memory on a flood of them.

    Given the request
      """
      {repeat:100:\r\n}
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted, connection closed

  @RFC9112-2.2-extra-CRLF-between-pipelined-requests @SHOULD @control
  Scenario: a CRLF after a Content-Length body is skipped before the next request
    RFC 9112 §2.2: an empty line after a request body is not part of that body (unless it was counted in
    Content-Length); the server should skip it as an empty line before the next request-line.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \r\n
      hello\r\n
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted then accepted, connection open
    And allow accepted then status 400
    And allow accepted, connection closed

  @RFC9112-2.2-extra-CRLF-between-pipelined-requests @SHOULD @control
  Scenario: an empty line between two pipelined GET requests is skipped
    RFC 9112 §2.2: an empty line after a request body is not part of that body (unless it was counted in
    Content-Length); the server should skip it as an empty line before the next request-line.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      \r\n
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted then accepted, connection open
    And allow accepted then status 400

  @RFC9112-2.2-whitespace-before-first-field @MUST
  Scenario: a space before the Host line leaves the request without Host
    RFC 9112 §2.2: a line that starts with whitespace directly after the request-line must either make the
    message invalid or be ignored together with any following whitespace-led lines; it is never a field and
    never folds into the request-line. Ignoring the line leaves no Host and rejecting is 400 too, so 400 is
    the only answer from a server that requires Host. A server that accepts a request without Host (judged
    under RFC9112-3.2-Host-missing-HTTP11) shows nothing here by accepting it: INCONCLUSIVE.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      \sHost: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And inconclusive accepted

  @RFC9112-2.2-whitespace-before-first-field @MUST
  Scenario: a space-led line before a valid Host line
    RFC 9112 §2.2: a line that starts with whitespace directly after the request-line must either make the
    message invalid or be ignored together with any following whitespace-led lines; it is never a field and
    never folds into the request-line.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      \sX-A: b\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-whitespace-before-first-field @MUST
  Scenario: a tab-led foreign Host line before the real Host line
    RFC 9112 §2.2: a line that starts with whitespace directly after the request-line must either make the
    message invalid or be ignored together with any following whitespace-led lines; it is never a field and
    never folds into the request-line. If the line is ignored the request is served for the real Host, never
    for the tab-led one.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      \tHost: evil.example\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-whitespace-before-first-field @MUST
  Scenario: several whitespace-led lines before the first field
    RFC 9112 §2.2: a line that starts with whitespace directly after the request-line must either make the
    message invalid or be ignored together with any following whitespace-led lines; it is never a field and
    never folds into the request-line.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      \tX-A: b\r\n
      \sX-B: c\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-2.2-non-HTTP-octets-400-close @SHOULD @cleartext
  Scenario: a TLS ClientHello on a cleartext port
    RFC 9112 §2.2: input that does not match the HTTP-message grammar should be answered with 400 (Bad
    Request), after which the server closes the connection.

    Given the request
      """
      \x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-2.2-non-HTTP-octets-400-close @SHOULD
  Scenario: a single word and an empty line
    RFC 9112 §2.2: input that does not match the HTTP-message grammar should be answered with 400 (Bad
    Request), after which the server closes the connection.

    Given the request
      """
      HELLO\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-2.2-non-HTTP-octets-400-close @SHOULD
  Scenario: NUL octets and an empty line
    RFC 9112 §2.2: input that does not match the HTTP-message grammar should be answered with 400 (Bad
    Request), after which the server closes the connection.

    Given the request
      """
      \0\0\0\0\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-2.2-non-HTTP-octets-400-close @SHOULD
  Scenario: an SSH banner
    RFC 9112 §2.2: input that does not match the HTTP-message grammar should be answered with 400 (Bad
    Request), after which the server closes the connection.

    Given the request
      """
      SSH-2.0-OpenSSH_9.6\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-2.2-non-HTTP-octets-400-close @SHOULD
  Scenario: high octets and an empty line
    RFC 9112 §2.2: input that does not match the HTTP-message grammar should be answered with 400 (Bad
    Request), after which the server closes the connection.

    Given the request
      """
      \x80\x81\xfe\xff\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-2.2-no-processing-after-framing-error @SHOULD
  Scenario: a malformed field line is followed by a close, not by the canary
    RFC 9112 §2.2 and §6.3: once a message has been rejected as malformed the server closes the connection
    instead of trying to resynchronise, so bytes pipelined behind it are never answered.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Bad Header\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow no response, connection closed, canary not answered

  @RFC9112-2.2-no-processing-after-framing-error @MUST
  Scenario: an invalid Content-Length is followed by a close, not by the canary
    RFC 9112 §2.2 and §6.3: once a message has been rejected as malformed the server closes the connection
    instead of trying to resynchronise, so bytes pipelined behind it are never answered. RFC 9112 §6.3 makes
    the close mandatory for this framing error.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: x\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-2.2-no-processing-after-framing-error @MUST
  Scenario: a Transfer-Encoding without final chunked is followed by a close, not by the canary
    RFC 9112 §2.2 and §6.3: once a message has been rejected as malformed the server closes the connection
    instead of trying to resynchronise, so bytes pipelined behind it are never answered. RFC 9112 §6.3 makes
    the close mandatory for this framing error.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: gzip\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
