@section-5
Feature: RFC 9112 §5 Field syntax
  Each field line is a case-insensitive field name, a colon, optional whitespace, the field value and
  optional whitespace. Whitespace between the name and the colon has led to request smuggling.

  @RFC9112-5.1-whitespace-before-colon @MUST
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

  @RFC9112-5.1-whitespace-before-colon @MUST
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

  @RFC9112-5.1-whitespace-before-colon @MUST
  Scenario: two spaces between a field name and its colon
    RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
    request containing such a line with 400 (Bad Request).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-Test  : 1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-5.1-whitespace-before-colon @MUST
  Scenario: a tab between a field name and its colon
    RFC 9112 §5.1: no whitespace may appear between a field name and its colon, and a server must reject a
    request containing such a line with 400 (Bad Request).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-Test\t: 1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-5.1-whitespace-before-colon @MUST
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

  @RFC9112-5.1-whitespace-before-colon @MUST
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

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with square brackets
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A[]: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: an empty field name
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      : b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a NUL octet
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X\0A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a space
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a DEL octet
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X\x7fA: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with only UTF-8 octets
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \xc3\xa9: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a double quote
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X"A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with parentheses
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X(A): b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a slash
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X/A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with an at-sign
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X@A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with braces
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X\{A\}: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with an equals sign
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X=A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a comma
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X,A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a semicolon
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X;A: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-name-not-a-token @SHOULD
  Scenario: a field name with a VT octet
    RFC 9110 §5.1 and RFC 9112 §2.2: a field name is a token; an empty name, delimiters, spaces, controls,
    DEL or non-ASCII octets do not match the grammar, which should get 400 and a close. Dropping the line is
    tolerated; treating it as another name is not.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X\x0bA: b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow accepted

  @RFC9112-5-field-line-without-colon @SHOULD
  Scenario: a field line that is a name and value without a colon
    RFC 9112 §5 and §2.2: every field line is a name, a colon and a value; a line without a colon does not
    match the grammar and should get 400 and a close.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-5-field-line-without-colon @SHOULD
  Scenario: a field line that is a bare word
    RFC 9112 §5 and §2.2: every field line is a name, a colon and a value; a line without a colon does not
    match the grammar and should get 400 and a close.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      NoColonHere\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-5-field-line-without-colon @SHOULD
  Scenario: a field line that is a name with a semicolon instead of a colon
    RFC 9112 §5 and §2.2: every field line is a name, a colon and a value; a line without a colon does not
    match the grammar and should get 400 and a close.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A;b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-5-field-line-without-colon @SHOULD
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

  @RFC9112-5.1-OWS-around-field-value @MUST @control
  Scenario: a Host value with no whitespace after the colon
    RFC 9112 §5.1 and RFC 9110 §5.5: optional whitespace (SP or HTAB) before and after a field value is not
    part of the value and is removed by the parser.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host:{host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-5.1-OWS-around-field-value @MUST @control
  Scenario: a Host value padded with spaces and tabs
    RFC 9112 §5.1 and RFC 9110 §5.5: optional whitespace (SP or HTAB) before and after a field value is not
    part of the value and is removed by the parser.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: \t {host} \t\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-5.1-OWS-around-field-value @MUST @control
  Scenario: a Host value after a tab
    RFC 9112 §5.1 and RFC 9110 §5.5: optional whitespace (SP or HTAB) before and after a field value is not
    part of the value and is removed by the parser.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host:\t{host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-5.1-OWS-around-field-value @MUST @control
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

  @RFC9112-5.1-OWS-around-field-value @MUST @control
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
  Scenario: a value continued on a space-led line
    RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
    each fold with one or more SP before using the value; the continuation is never a new field.

    Given the request
      """
      GET {echo} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\r\n
      \sc\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, echo field X-A is "b c"
    And allow accepted, echo field X-A is "b  c"
    And allow accepted, echo field X-A is "b   c"

  @RFC9112-5.2-obs-fold @MUST
  Scenario: a value continued on a tab-led line
    RFC 9112 §5.2: on an obsolete line fold in a request a server must either reject with 400 or replace
    each fold with one or more SP before using the value; the continuation is never a new field.

    Given the request
      """
      GET {echo} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\r\n
      \tc\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, echo field X-A is "b c"
    And allow accepted, echo field X-A is "b  c"
    And allow accepted, echo field X-A is "b   c"

  @RFC9112-5.2-obs-fold @MUST
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

  @RFC9112-5.2-obs-fold @MUST
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

  @RFC9112-5.2-obs-fold @MUST
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

  @RFC9112-5.2-obs-fold-in-framing-field @MUST
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

  @RFC9112-5.2-obs-fold-in-framing-field @MUST
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

  @RFC9112-5.2-obs-fold-in-framing-field @MUST
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
