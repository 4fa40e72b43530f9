@section-2
Feature: RFC 9112 §2 Message format
  An HTTP/1.1 message is a start-line, zero or more field lines each ending in CRLF, an empty line, and
  an optional body. A server must process any message that matches this grammar.

  @RFC9112-2.1-baseline-valid-requests @MUST
  Rule: RFC 9112 §2.1 baseline valid requests
    A well-formed request, with no body, a Content-Length body or a chunked body, MUST be processed
    normally, and an HTTP/1.1 connection stays open afterwards.

    @control @baseline
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

    @control
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

    @control
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

  @RFC9112-2.2-octet-based-parsing @MUST
  Rule: RFC 9112 §2.2 octet based parsing
    A recipient MUST parse the message as octets of an ASCII superset, so an octet above 0x7F can never
    absorb the CRLF that follows it.

    @control
    Scenario Outline: <title>
      RFC 9112 §2.2: a recipient parses the message as octets of an ASCII superset, never as decoded Unicode,
      so an octet above 0x7F in a field value cannot absorb the CRLF that follows it and hide the next field
      line. The Host line follows the odd octets; if the CRLF were absorbed, Host would vanish and a 400 would
      follow.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        X-A: <bytes>\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                                                                   | bytes    |
        | a lone four-octet UTF-8 lead octet before CRLF does not swallow the next field line     | \xf0     |
        | a truncated three-octet UTF-8 sequence before CRLF does not swallow the next field line | \xe2\x80 |
        | a lone two-octet UTF-8 lead octet before CRLF does not swallow the next field line      | \xc3     |
        | the octets FF FE before CRLF does not swallow the next field line                       | \xff\xfe |

  @RFC9112-2.2-bare-LF-request-line @MAY
  Rule: RFC 9112 §2.2 bare LF request line
    The start-line ends in CRLF, but a recipient MAY also accept a lone LF as its terminator.

    Scenario Outline: <title>
      RFC 9112 §2.2: the start-line ends in CRLF, but a recipient may also accept a lone LF as its terminator.
      Rejecting with 400 is the strict reading; accepting is permitted leniency.

      Given the request
        """
        GET {path} HTTP/1.1\n
        Host: <bytes>\n
        <bytes2>
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, connection open

      Examples:
        | title                             | bytes    | bytes2 |
        | a request-line ended by a lone LF | {host}\r | \r\\n  |
        | every line ended by a lone LF     | {host}   | \\n    |

  @RFC9112-2.2-bare-LF-field-lines @MAY
  Rule: RFC 9112 §2.2 bare LF field lines
    Field lines and the empty line end in CRLF, but a recipient MAY accept a lone LF instead.

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

    Scenario Outline: <title>
      RFC 9112 §2.2: field lines and the empty line end in CRLF, but a recipient may accept a lone LF instead.
      Either way the framing must be consistent: where the header section ends is also where the body starts.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: <bytes>\n
        \n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, connection open

      Examples:
        | title                                                     | bytes    |
        | the empty line is a lone LF after a CRLF-terminated field | {host}\r |
        | field line and empty line both end in a lone LF           | {host}   |

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

    @seed @seed-field-name
    Scenario: seed comparison, LF where a field name starts
      RFC 9112 §2.2: a recipient may take the lone LF for the empty line that ends the header section; then
      ": value" starts a second, invalid message. Rejecting the bare LF is the strict reading. Seed
      comparison (issue 14).

      Given the request
        """
        GET /hello HTTP/1.1\r\n
        Host: {host}\r\n
        {each:lf}: value\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted then rejected
      And allow accepted

  @RFC9112-2.2-bare-CR-in-request-line @MUST
  Rule: RFC 9112 §2.2 bare CR in request line
    A CR not followed by LF in the request-line MUST make it invalid or be replaced by SP, and either
    reading here leaves an invalid request-line.

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

    Scenario Outline: <title>
      RFC 9112 §2.2: a CR that is not followed by LF is never a line ending. The recipient treats the element
      as invalid or turns the CR into SP; with these bytes both readings leave an invalid request-line, so the
      answer is 400.

      Given the request
        """
        <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow rejected, connection closed
      And allow no response, connection closed

      Examples:
        | title                               | bytes        |
        | a bare CR inside the request-target | GET /a\rb    |
        | a bare CR inside the method         | GE\rT {path} |

  @RFC9112-2.2-bare-CR-in-field-line @MUST
  Rule: RFC 9112 §2.2 bare CR in field line
    A bare CR in a field line MUST make the element invalid or be replaced by SP before the field is used,
    and MUST NOT end the line.

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
  Rule: RFC 9112 §2.2 bare CR as line terminator
    A lone CR is never a line ending: a request whose lines end in bare CR MUST NOT be acted on as a
    complete request.

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

    Scenario Outline: <title>
      RFC 9112 §2.2: a lone CR does not terminate a line, so a header section that only uses CR never
      completes. The server rejects it or keeps waiting; it must not act on it as a complete request.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        <bytes>
        """
      When the request is sent
      Then expect status 400, connection closed
      And expect no response, connection open
      And expect no response, connection closed
      And allow status 400

      Examples:
        | title                                                              | bytes      |
        | an empty line written as a lone CR does not end the header section | \r         |
        | a field line and the empty line ended by lone CRs                  | X-A: b\r\r |

  @RFC9112-2.2-leading-empty-line @SHOULD
  Rule: RFC 9112 §2.2 leading empty line
    For robustness a server that expects a request-line SHOULD skip at least one empty line received before
    it.

    @control
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

    @control
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

  @RFC9112-2.2-leading-lone-LF @MAY
  Rule: RFC 9112 §2.2 leading lone LF
    A lone LF before the request-line is not the CRLF a server skips there; a server MAY recognise it as an
    empty line and skip it, and otherwise rejects the request.

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
  Rule: RFC 9112 §2.2 empty line flood
    Only one leading empty line has to be skipped, so a server MAY limit how many it tolerates, but it must
    neither hang nor exhaust memory on a flood of them.

    Scenario Outline: <title>
      RFC 9112 §2.2 and RFC 9110 §2.3: only one leading empty line has to be skipped, so a server may limit
      how many it tolerates, but it must neither hang nor exhaust memory on a flood of them.

      Given the request
        """
        <bytes>
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

      Examples:
        | title                                            | bytes                |
        | ten thousand empty lines before the request-line | {repeat:10000:\r\\n} |
        | one hundred empty lines before the request-line  | {repeat:100:\r\\n}   |

  @RFC9112-2.2-extra-CRLF-between-pipelined-requests @SHOULD
  Rule: RFC 9112 §2.2 extra CRLF between pipelined requests
    A CRLF after a body that Content-Length does not count is an empty line before the next request-line,
    which a server SHOULD skip.

    @control
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

    @control
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
  Rule: RFC 9112 §2.2 whitespace before first field
    A line that starts with whitespace directly after the request-line MUST either make the message invalid
    or be ignored together with any following whitespace-led lines.

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

  @RFC9112-2.2-non-HTTP-octets-400-close @SHOULD
  Rule: RFC 9112 §2.2 non HTTP octets 400 close
    Input that does not match the HTTP-message grammar SHOULD be answered with 400 (Bad Request), after
    which the server closes the connection.

    @cleartext
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

    Scenario Outline: <title>
      RFC 9112 §2.2: input that does not match the HTTP-message grammar should be answered with 400 (Bad
      Request), after which the server closes the connection.

      Given the request
        """
        <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

      Examples:
        | title                           | bytes               |
        | a single word and an empty line | HELLO               |
        | NUL octets and an empty line    | \0\0\0\0            |
        | an SSH banner                   | SSH-2.0-OpenSSH_9.6 |
        | high octets and an empty line   | \x80\x81\xfe\xff    |

  @RFC9112-2.2-close-after-malformed-field-line @SHOULD
  Rule: RFC 9112 §2.2 close after malformed field line
    After rejecting a message for a malformed field line the server SHOULD close the connection instead of
    resynchronising, so bytes pipelined behind it are never answered.

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
  Rule: RFC 9112 §2.2 no processing after framing error
    After an unrecoverable framing error (an invalid Content-Length, a Transfer-Encoding not ending in
    chunked) the server MUST close the connection and never answer the bytes pipelined behind it.

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
