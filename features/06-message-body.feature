@section-6
Feature: RFC 9112 §6 Message body, Transfer-Encoding and Content-Length
  A request body is present only when Content-Length or Transfer-Encoding says so, whatever the method.
  Transfer-Encoding overrides Content-Length and must end in chunked; an invalid Content-Length is an
  unrecoverable error. Every framing error is answered with 400 and a close, and the pipelined canary shows
  where the server thinks the message ended.

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length abc is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: abc\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length +5 is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

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

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length -1 is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: -1\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length 0x5 is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 0x5\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length 5.0 is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5.0\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length 5a is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5a\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length 1e1 is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 1e1\r\n
      \r\n
      0123456789
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length -0 is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: -0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Scenario: Content-Length the Arabic-Indic digit five is rejected and the connection closed
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
    with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
    close. A close without the 400, or treating the value as zero, fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: \xd9\xa5\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-empty-or-internal-whitespace @MUST
  Scenario: an empty Content-Length is rejected
    RFC 9112 §6.3 item 5: an empty Content-Length, or whitespace inside the number, is an invalid value; the
    server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length:\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-empty-or-internal-whitespace @MUST
  Scenario: a Content-Length of only a space is rejected
    RFC 9112 §6.3 item 5: an empty Content-Length, or whitespace inside the number, is an invalid value; the
    server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: \r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-empty-or-internal-whitespace @MUST
  Scenario: a Content-Length of two numbers separated by a space is rejected
    RFC 9112 §6.3 item 5: an empty Content-Length, or whitespace inside the number, is an invalid value; the
    server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5 5\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-empty-or-internal-whitespace @MUST
  Scenario: a Content-Length with a tab inside the number is rejected
    RFC 9112 §6.3 item 5: an empty Content-Length, or whitespace inside the number, is an invalid value; the
    server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 1\t0\r\n
      \r\n
      0123456789
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-differing-values @MUST
  Scenario: two Content-Length lines with different values
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
    framing invalid; the server must answer 400 and close rather than pick one. Picking the first or the
    last value fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      Content-Length: 6\r\n
      \r\n
      hello!
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-differing-values @MUST
  Scenario: a Content-Length list with different values
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
    framing invalid; the server must answer 400 and close rather than pick one. Picking the first or the
    last value fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5, 6\r\n
      \r\n
      hello!
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-differing-values @MUST
  Scenario: a Content-Length list without space with different values
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
    framing invalid; the server must answer 400 and close rather than pick one. Picking the first or the
    last value fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 6,5\r\n
      \r\n
      hello!
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-differing-values @MUST
  Scenario: a zero and a non-zero Content-Length line
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
    framing invalid; the server must answer 400 and close rather than pick one. Picking the first or the
    last value fails.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 0\r\n
      Content-Length: 6\r\n
      \r\n
      hello!
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-identical-values @MAY
  Scenario: two identical Content-Length lines
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
    number may be processed as that number, or rejected with 400 and a close.

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
    And allow accepted, connection open, canary answered

  @RFC9112-6.3-CL-identical-values @MAY
  Scenario: an identical Content-Length list
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
    number may be processed as that number, or rejected with 400 and a close.

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
    And allow accepted, connection open, canary answered

  @RFC9112-6.3-CL-identical-values @MAY
  Scenario: an identical Content-Length list without space
    RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
    number may be processed as that number, or rejected with 400 and a close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5,5\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered

  @RFC9112-6.3-CL-list-with-empty-or-invalid-member @MUST
  Scenario: a Content-Length list with an invalid member
    RFC 9112 §6.3 item 5 and RFC 9110 §5.6.1.2: an invalid member in a Content-Length list requires 400 and
    a close; empty list elements are ignored by recipients, so the server may process the single remaining
    value or reject.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5, abc\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-list-with-empty-or-invalid-member @MAY
  Scenario: a Content-Length list with a trailing empty element
    RFC 9112 §6.3 item 5 and RFC 9110 §5.6.1.2: an invalid member in a Content-Length list requires 400 and
    a close; empty list elements are ignored by recipients, so the server may process the single remaining
    value or reject.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5,\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered

  @RFC9112-6.3-CL-list-with-empty-or-invalid-member @MAY
  Scenario: a Content-Length list with a leading empty element
    RFC 9112 §6.3 item 5 and RFC 9110 §5.6.1.2: an invalid member in a Content-Length list requires 400 and
    a close; empty list elements are ignored by recipients, so the server may process the single remaining
    value or reject.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: , 5\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection open, canary answered

  @RFC9110-8.6-CL-large-value-no-overflow @MUST
  Scenario: a 2^64+5 Content-Length does not wrap around
    RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
    or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
    length. Wrapped to a small number, the body would end early and the canary would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 18446744073709551621\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, canary not answered
    And expect no response, connection open, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-large-value-no-overflow @MUST
  Scenario: a 2^32+5 Content-Length does not wrap around
    RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
    or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
    length. Wrapped to a small number, the body would end early and the canary would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 4294967301\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, canary not answered
    And expect no response, connection open, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-large-value-no-overflow @MUST
  Scenario: a 2^63 Content-Length does not wrap around
    RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
    or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
    length. Wrapped to a small number, the body would end early and the canary would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 9223372036854775808\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, canary not answered
    And expect no response, connection open, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-large-value-no-overflow @MUST
  Scenario: a 2^63+5 Content-Length does not wrap around
    RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
    or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
    length. Wrapped to a small number, the body would end early and the canary would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 9223372036854775813\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, canary not answered
    And expect no response, connection open, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-large-value-no-overflow @MUST
  Scenario: a 32-digit Content-Length does not wrap around
    RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
    or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
    length. The value is 2^106+5, so a 32-bit or 64-bit accumulator wraps it to five: the body would end
    early and the canary would be answered.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 81129638414606681695789005144069\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400 or 413, canary not answered
    And expect no response, connection open, canary not answered
    And allow no response, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-leading-zeros-are-decimal @MUST @control
  Scenario: Content-Length 010 means ten octets
    RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
    and never mean octal. Read as octal eight, two body octets would prefix the canary.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 010\r\n
      \r\n
      0123456789
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-leading-zeros-are-decimal @MUST @control
  Scenario: Content-Length 005 means five octets
    RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
    and never mean octal.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 005\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-leading-zeros-are-decimal @MUST @control
  Scenario: a Content-Length with twenty-two leading zeros
    RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
    and never mean octal.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 00000000000000000000005\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-leading-zeros-are-decimal @MUST @control
  Scenario: Content-Length 00 means an empty body
    RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
    and never mean octal.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 00\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-6.3-CL-exact-framing @MUST @control
  Scenario: exactly five octets are the body
    RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
    are the body and the next octet starts the next request.

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

  @RFC9112-6.3-CL-exact-framing @MUST @control
  Scenario: Content-Length 0 leaves the next octet for the next request
    RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
    are the body and the next octet starts the next request.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-6.3-CL-exact-framing @MUST @control
  Scenario: CRLFs inside a Content-Length body are data
    RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
    are the body and the next octet starts the next request.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 10\r\n
      \r\n
      ab\r\n
      cd\r\n
      ef
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-6.3-CL-exact-framing @MUST @control
  Scenario: a body that looks like a request is data
    RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
    are the body and the next octet starts the next request. Exactly one response for the POST and one for
    the canary; none for the embedded request.

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

  @RFC9112-6.3-no-CL-no-TE-means-empty-body @MUST
  Scenario: a POST without framing fields has an empty body
    RFC 9112 §6.3 item 7: a request with neither Content-Length nor Transfer-Encoding has an empty body
    (requests are never close-delimited), so the server answers at once and does not wait for a body.
    Waiting for a body is wrong; a 411 is allowed.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 411, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered

  @RFC9112-6.3-no-CL-no-TE-means-empty-body @MUST
  Scenario: a PUT without framing fields has an empty body
    RFC 9112 §6.3 item 7: a request with neither Content-Length nor Transfer-Encoding has an empty body
    (requests are never close-delimited), so the server answers at once and does not wait for a body.

    Given the request
      """
      PUT {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 411, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, canary answered

  @RFC9112-6.3-no-CL-no-TE-means-empty-body @MUST
  Scenario: a DELETE without framing fields has an empty body
    RFC 9112 §6.3 item 7: a request with neither Content-Length nor Transfer-Encoding has an empty body
    (requests are never close-delimited), so the server answers at once and does not wait for a body.

    Given the request
      """
      DELETE {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 411, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, canary answered

  @RFC9112-6.3-411-for-chunked-request @MAY
  Scenario: a chunked POST is processed or answered with 411
    RFC 9112 §6.3: a server may answer 411 (Length Required) to a request whose body is not framed by
    Content-Length; if it does so without reading the body it must close. A 411 that leaves the body unread
    must be followed by a close.

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
    And expect status 411, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6-framing-independent-of-method @MUST
  Scenario: a Content-Length body on GET is framed like any other
    RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
    OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
    octets are never parsed as a request. Answering the body octets as a request fails;
    the body is a line of its own, so that it cannot merge with the canary into one valid request.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \r\n
      abc\r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 400, connection closed, canary not answered
    And expect accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered

  @RFC9112-6-framing-independent-of-method @MUST
  Scenario: a chunked body on GET is framed like any other
    RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
    OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
    octets are never parsed as a request. Answering the body octets as a request fails.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
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
    And expect status 400, connection closed, canary not answered
    And expect accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6-framing-independent-of-method @MUST
  Scenario: a Content-Length body on HEAD is framed like any other
    RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
    OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
    octets are never parsed as a request. Answering the body octets as a request fails;
    the body is a line of its own, so that it cannot merge with the canary into one valid request.

    Given the request
      """
      HEAD {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \r\n
      abc\r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 400, connection closed, canary not answered
    And expect accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered

  @RFC9112-6-framing-independent-of-method @MUST
  Scenario: a Content-Length body on OPTIONS is framed like any other
    RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
    OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
    octets are never parsed as a request. Answering the body octets as a request fails;
    the body is a line of its own, so that it cannot merge with the canary into one valid request.

    Given the request
      """
      OPTIONS {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \r\n
      abc\r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 400, connection closed, canary not answered
    And expect accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered

  @RFC9112-6-framing-independent-of-method @MUST
  Scenario: a Content-Length body on DELETE is framed like any other
    RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
    OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
    octets are never parsed as a request. Answering the body octets as a request fails;
    the body is a line of its own, so that it cannot merge with the canary into one valid request.

    Given the request
      """
      DELETE {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \r\n
      abc\r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect status 400, connection closed, canary not answered
    And expect accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered

  @RFC9112-9.3-read-body-or-close @MUST
  Scenario: an early 404 still consumes a Content-Length body
    RFC 9112 §9.3: a server must read the whole request body, or close the connection after its response;
    otherwise the unread body would be taken as the next request. No response may be sent for the request
    inside the body.

    Given the request
      """
      POST /h1proof-does-not-exist HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 22\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect answered, connection closed, canary not answered

  @RFC9112-9.3-read-body-or-close @MUST
  Scenario: an early response still consumes a chunked body
    RFC 9112 §9.3: a server must read the whole request body, or close the connection after its response;
    otherwise the unread body would be taken as the next request.

    Given the request
      """
      POST /h1proof-does-not-exist HTTP/1.1\r\n
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
    And expect answered, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-9.3-read-body-or-close @MUST
  Scenario: an early response to PUT still consumes the body
    RFC 9112 §9.3: a server must read the whole request body, or close the connection after its response;
    otherwise the unread body would be taken as the next request.

    Given the request
      """
      PUT /h1proof-does-not-exist HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 22\r\n
      \r\n
      GET /evil HTTP/1.0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And expect answered, connection closed, canary not answered

  @RFC9110-15.5.14-content-too-large @MAY
  Scenario: a one-tebibyte Content-Length
    RFC 9110 §15.5.14: a server that refuses content this large answers 413 (Content Too Large) and may
    close the connection; it may also simply wait for the body.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 1099511627776\r\n
      \r\n
      """
    When the request is sent
    Then expect status 413
    And expect no response, connection open
    And allow status 400
    And allow accepted, connection closed
    And inconclusive accepted, connection open

  @RFC9110-15.5.14-content-too-large @MAY
  Scenario: a one-gibibyte chunk announced
    RFC 9110 §15.5.14: a server that refuses content this large answers 413 (Content Too Large) and may
    close the connection; it may also simply wait for the body.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      40000000\r\n
      """
    When the request is sent
    Then expect status 413
    And expect no response, connection open
    And allow status 400
    And allow accepted, connection closed
    And inconclusive accepted, connection open
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: Transfer-Encoding chunked followed by gzip
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked, gzip\r\n
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
  Scenario: Transfer-Encoding gzip alone
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: gzip\r\n
      \r\n
      xyz
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: Transfer-Encoding chunked and gzip on separate lines
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Transfer-Encoding: gzip\r\n
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
  Scenario: Transfer-Encoding deflate alone
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: deflate\r\n
      \r\n
      xyz
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Scenario: Transfer-Encoding identity alone
    RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
    combining all its lines), the body length cannot be known; the server must answer 400 and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: identity\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: an empty Transfer-Encoding does not frame as chunked
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding:\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Scenario: a quoted chunked does not frame as chunked
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: "chunked"\r\n
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
  Scenario: chunked followed by a VT does not frame as chunked
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\x0b\r\n
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
  Scenario: a lone comma does not frame as chunked
    RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
    make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
    well-formed coding) and then close.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: ,\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered

  @RFC9112-6.1-TE-unknown-coding-501 @SHOULD
  Scenario: an unknown coding before chunked
    RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
    Implemented); identity is no longer a registered coding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: foo, chunked\r\n
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

  @RFC9112-6.1-TE-unknown-coding-501 @SHOULD
  Scenario: identity before chunked
    RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
    Implemented); identity is no longer a registered coding. identity is no longer a registered transfer
    coding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: identity, chunked\r\n
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

  @RFC9112-6.1-TE-unknown-coding-501 @SHOULD
  Scenario: an extension-like coding before chunked
    RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
    Implemented); identity is no longer a registered coding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: x-custom, chunked\r\n
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

  @RFC9112-6.1-TE-chunked-twice @SHOULD
  Scenario: chunked listed twice in one line
    RFC 9112 §6.1: a sender must not apply chunked more than once; a recipient should treat a doubled
    chunked as an error. Decoding once and ignoring the duplicate is tolerated.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked, chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And allow accepted, connection open, canary answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-chunked-twice @SHOULD
  Scenario: chunked on two Transfer-Encoding lines
    RFC 9112 §6.1: a sender must not apply chunked more than once; a recipient should treat a doubled
    chunked as an error.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow status 501, connection closed, canary not answered
    And allow accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-OWS-and-list-forms @MUST @control
  Scenario: chunked surrounded by tabs
    RFC 9112 §6.1 and RFC 9110 §5.5 and §5.6.1: whitespace around the Transfer-Encoding value is not part of
    it, so padded forms of chunked frame the body as chunked.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding:\tchunked\t\r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-OWS-and-list-forms @MUST @control
  Scenario: chunked surrounded by spaces
    RFC 9112 §6.1 and RFC 9110 §5.5 and §5.6.1: whitespace around the Transfer-Encoding value is not part of
    it, so padded forms of chunked frame the body as chunked.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding:   chunked   \r\n
      \r\n
      0\r\n
      \r\n
      """
    And a pipelined canary request
    When the request is sent
    Then expect accepted, connection open, canary answered
    And allow accepted, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-OWS-and-list-forms @MUST @control
  Scenario: chunked with no whitespace after the colon
    RFC 9112 §6.1 and RFC 9110 §5.5 and §5.6.1: whitespace around the Transfer-Encoding value is not part of
    it, so padded forms of chunked frame the body as chunked.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding:chunked\r\n
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

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: Content-Length first, then chunked, with a leftover octet (CL.TE)
    RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
    process it by Transfer-Encoding alone, and either way must close the connection after responding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 6\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      0\r\n
      \r\n
      G
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Scenario: chunked body longer than Content-Length (TE.CL)
    RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
    process it by Transfer-Encoding alone, and either way must close the connection after responding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 3\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      8\r\n
      SMUGGLED\r\n
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
  Scenario: chunked first, then Content-Length 0
    RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
    process it by Transfer-Encoding alone, and either way must close the connection after responding.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Content-Length: 0\r\n
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

  @RFC9112-6.3-TE-overrides-CL @MUST
  Scenario: a large Content-Length does not delay a complete chunked body
    RFC 9112 §6.3 item 3: with both fields present Transfer-Encoding overrides Content-Length, so the server
    answers once the chunked body is complete and then closes, without waiting for Content-Length octets.
    Waiting for a hundred octets leaves the server silent, which is not a pass.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 100\r\n
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

  @RFC9112-6.3-TE-overrides-CL @MUST
  Scenario: an invalid Content-Length next to chunked
    RFC 9112 §6.3 item 3: with both fields present Transfer-Encoding overrides Content-Length, so the server
    answers once the chunked body is complete and then closes, without waiting for Content-Length octets.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      Content-Length: abc\r\n
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

  @RFC9112-6.1-TE-in-HTTP10-request @MUST
  Scenario: an HTTP/1.0 request with chunked
    RFC 9112 §6.1: a server that receives an HTTP/1.0 message with Transfer-Encoding must treat its framing
    as faulty, even with a Content-Length, and close the connection after processing it.

    Given the request
      """
      POST {path} HTTP/1.0\r\n
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
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-in-HTTP10-request @MUST
  Scenario: an HTTP/1.0 keep-alive request with chunked and Content-Length
    RFC 9112 §6.1: a server that receives an HTTP/1.0 message with Transfer-Encoding must treat its framing
    as faulty, even with a Content-Length, and close the connection after processing it. Even with
    keep-alive the connection must close.

    Given the request
      """
      POST {path} HTTP/1.0\r\n
      Host: {host}\r\n
      Connection: keep-alive\r\n
      Content-Length: 5\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      hello
      """
    And a pipelined canary request
    When the request is sent
    Then expect status 400, connection closed, canary not answered
    And allow accepted, connection closed, canary not answered
    And allow rejected, connection closed, canary not answered
    And precondition RFC9112-6.1-chunked-supported holds
