@section-5
Feature: RFC 9112 §5 Field syntax
  Each field line is a case-insensitive field name, a colon, optional whitespace, the field value and
  optional whitespace. Whitespace between the name and the colon has led to request smuggling.

  @RFC9112-5.1-whitespace-before-colon @MUST
  Rule: RFC 9112 §5.1 whitespace before colon
    No whitespace may appear between a field name and its colon, and a server MUST reject a request
    containing such a line with 400 (Bad Request).

    Scenario: a space between field name and colon is rejected with 400
      RFC 9112 §5.1: no whitespace is allowed between a field name and its colon. A server must reject a
      request containing such a field line with 400 (Bad Request); a proxy must remove the whitespace
      before forwarding.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-Test : 1\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

    Scenario: a space between Host and its colon
      RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
      request containing such a line with 400 (Bad Request).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host : {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

    Scenario Outline: <title>
      RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
      request containing such a line with 400 (Bad Request).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        <bytes> 1\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                                         | bytes     |
        | two spaces between a field name and its colon | X-Test  : |
        | a tab between a field name and its colon      | X-Test\t: |

    Scenario: a space between Content-Length and its colon
      RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
      request containing such a line with 400 (Bad Request). The framing field is unusable, so the server
      closes unless it consumed the five body octets.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length : 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 400, canary answered

    Scenario: a tab between Transfer-Encoding and its colon
      RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
      request containing such a line with 400 (Bad Request).

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding\t: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
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

  @RFC9112-5-field-name-not-a-token @SHOULD
  Rule: RFC 9112 §5 field name not a token
    An empty name, delimiters, spaces, controls, DEL or non-ASCII octets do not match the grammar, which
    SHOULD get 400 and a close.

    Scenario Outline: <title>
      RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
      DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
      tolerated; treating it as another name is not.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        <bytes> b\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed
      And allow accepted

      Examples:
        | title                               | bytes     |
        | a field name with square brackets   | X-A[]:    |
        | an empty field name                 | :         |
        | a field name with a NUL octet       | X\0A:     |
        | a field name with a space           | X A:      |
        | a field name with a DEL octet       | X\x7fA:   |
        | a field name with only UTF-8 octets | \xc3\xa9: |
        | a field name with a double quote    | X"A:      |
        | a field name with parentheses       | X(A):     |
        | a field name with a slash           | X/A:      |
        | a field name with an at-sign        | X@A:      |
        | a field name with braces            | X\{A\}:   |
        | a field name with an equals sign    | X=A:      |
        | a field name with a comma           | X,A:      |
        | a field name with a semicolon       | X;A:      |
        | a field name with a VT octet        | X\x0bA:   |

    @smuggling
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

    @smuggling
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

    @seed @seed-field-name
    Scenario: seed comparison, each control octet but HTAB and LF as a field name
      RFC 9110 §5.1 and RFC 9112 §5: a field name is a token, and a control octet (a bare CR included) is
      none, which should get 400. Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello HTTP/1.1\r\n
        Host: {host}\r\n
        {each:ctl-but-htab-lf}: value\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed
      And allow accepted

    @seed @seed-field-name
    Scenario: seed comparison, each delimiter or high octet as a field name
      RFC 9110 §5.1 and §5.6.2: a field name is a token; delimiters (the colon aside, which would leave the
      name empty) and octets above 0x7F are not tchar, which should get 400.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello HTTP/1.1\r\n
        Host: {host}\r\n
        {each:name-delimiter-or-high}: value\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed
      And allow accepted

  @RFC9112-5-field-line-without-colon @SHOULD
  Rule: RFC 9112 §5 field line without colon
    A line without a colon does not match the grammar and SHOULD get 400 and a close.

    Scenario Outline: <title>
      RFC 9112 §5 and §2.2: every field line is a name, a colon and a value; a line without a colon does not
      match the grammar and should get 400 and a close.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

      Examples:
        | title                                                           | bytes       |
        | a field line that is a name and value without a colon           | X-A b       |
        | a field line that is a bare word                                | NoColonHere |
        | a field line that is a name with a semicolon instead of a colon | X-A;b       |

    Scenario: a Host line without a colon
      RFC 9112 §5 and §2.2: every field line is a name, a colon and a value; a line without a colon does not
      match the grammar and should get 400 and a close. The request also lacks Host, so 400 is due either way.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

  @RFC9112-5.1-OWS-around-field-value @MUST
  Rule: RFC 9112 §5.1 OWS around field value
    Whitespace before and after a field value is not part of it, and a parser MUST remove it.

    @control
    Scenario Outline: <title>
      RFC 9112 §5.1 and RFC 9110 §5.5: optional whitespace (SP or HTAB) before and after a field value is not
      part of the value and is removed by the parser.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host<bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                           | bytes          |
        | a Host value with no whitespace after the colon | :{host}        |
        | a Host value padded with spaces and tabs        | : \t {host} \t |
        | a Host value after a tab                        | :\t{host}      |

    @control
    Scenario: a padded Content-Length still frames the body
      RFC 9112 §5.1 and RFC 9110 §5.5: optional whitespace (SP or HTAB) before and after a field value is not
      part of the value and is removed by the parser.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\t 5 \t\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: a field value with trailing spaces
      RFC 9112 §5.1 and RFC 9110 §5.5: optional whitespace (SP or HTAB) before and after a field value is not
      part of the value and is removed by the parser.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A:   b   \r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

  @RFC9112-5.2-obs-fold @MUST
  Rule: RFC 9112 §5.2 obs fold
    On an obsolete line fold in a request a server MUST either reject with 400 or replace each fold with one
    or more SP before using the value.

    Scenario Outline: <title>
      RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
      each fold with one or more SP before using the value; the continuation is never a new field.

      Given the request
        """
        GET {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: b\r\n
        <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, echo field X-A is "b c"
      And allow accepted, echo field X-A is "b  c"
      And allow accepted, echo field X-A is "b   c"

      Examples:
        | title                                 | bytes |
        | a value continued on a space-led line | \sc   |
        | a value continued on a tab-led line   | \tc   |

    Scenario: a fold after the Host value
      RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
      each fold with one or more SP before using the value; the continuation is never a new field. Unfolded,
      Host becomes a value with spaces and a colon, which is invalid, so 400 either way.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \sX-B: c\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And precondition RFC9112-3.2-Host-invalid-characters holds

    Scenario: a value folded over three lines
      RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
      each fold with one or more SP before using the value; the continuation is never a new field.

      Given the request
        """
        GET {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: b\r\n
        \sc\r\n
        \sd\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, echo field X-A is "b c d"
      And allow accepted, echo field X-A is "b  c  d"
      And allow accepted, echo field X-A is "b   c   d"

    Scenario: an empty value continued on the next line
      RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
      each fold with one or more SP before using the value; the continuation is never a new field.

      Given the request
        """
        GET {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A:\r\n
        \sc\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, echo field X-A is "c"

    @smuggling
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

    @seed @seed-field-name
    Scenario: seed comparison, SP and HTAB where a field name starts
      RFC 9112 §5.2: a field line that starts with SP or HTAB continues the previous one (Host here); the
      server must reject it with 400 or unfold it, and unfolded the Host value is no longer valid. A server
      that unfolds and answers is not caught here: that is the Host rule's to judge.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello HTTP/1.1\r\n
        Host: {host}\r\n
        {each:whitespace}: value\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted

  @RFC9112-5.2-obs-fold-in-framing-field @MUST
  Rule: RFC 9112 §5.2 obs fold in framing field
    A fold inside Content-Length or Transfer-Encoding MUST be handled like any other fold (400, or
    unfolded), never by ignoring the field and framing the body as empty.

    Scenario: a folded Transfer-Encoding value
      RFC 9112 §5.2 and §6.3: a fold inside Content-Length or Transfer-Encoding is handled like any fold (400,
      or unfold and frame by the unfolded value); ignoring the field and framing the body as empty is a
      smuggling vector. If unfolded, the body is chunked and the canary is the next request.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding:\r\n
        \schunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a folded Content-Length value
      RFC 9112 §5.2 and §6.3: a fold inside Content-Length or Transfer-Encoding is handled like any fold (400,
      or unfold and frame by the unfolded value); ignoring the field and framing the body as empty is a
      smuggling vector.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \s5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered

    Scenario: a Content-Length value continued with a second number
      RFC 9112 §5.2 and §6.3: a fold inside Content-Length or Transfer-Encoding is handled like any fold (400,
      or unfold and frame by the unfolded value); ignoring the field and framing the body as empty is a
      smuggling vector. Unfolded, the value is 5 0, which is invalid, so 400 and a close either way.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \s0\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

    @smuggling
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

    @smuggling
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
