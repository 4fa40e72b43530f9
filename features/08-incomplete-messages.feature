@section-8
Feature: RFC 9112 §8 Handling incomplete messages
  A request that stops before its header section or body is complete is not a request yet. The server keeps
  waiting and may, once it gives up, send an error response before closing, but it never answers the
  fragment as if it were complete. Each scenario writes a fragment and then goes quiet.

  @RFC9112-8-incomplete-header-section @MAY
  Scenario: a header section without its empty line
    RFC 9112 §8: a server that receives an incomplete request may send an error response before closing;
    while the request may still complete it gives no other response.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9112-8-incomplete-header-section @MAY
  Scenario: a request cut inside a field name
    RFC 9112 §8: a server that receives an incomplete request may send an error response before closing;
    while the request may still complete it gives no other response.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Hos
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9112-8-incomplete-header-section @MAY
  Scenario: a request-line without any field line
    RFC 9112 §8: a server that receives an incomplete request may send an error response before closing;
    while the request may still complete it gives no other response.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9112-8-incomplete-header-section @MAY
  Scenario: a request cut inside the request-line
    RFC 9112 §8: a server that receives an incomplete request may send an error response before closing;
    while the request may still complete it gives no other response.

    Given the request
      """
      GET {path} HTT
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9112-8-incomplete-chunked-body @MUST
  Scenario: a chunked body without its last chunk
    RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
    arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
    complete.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5\r\n
      hello\r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-8-incomplete-chunked-body @MUST
  Scenario: a chunked body cut inside the chunk data
    RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
    arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
    complete.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5\r\n
      hel
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-8-incomplete-chunked-body @MUST
  Scenario: a chunked body without the final empty line
    RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
    arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
    complete. After the last chunk the trailer section and its empty line are still due.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5\r\n
      hello\r\n
      0\r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-8-incomplete-chunked-body @MUST
  Scenario: a chunked body cut after the chunk size
    RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
    arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
    complete.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Transfer-Encoding: chunked\r\n
      \r\n
      5
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed
    And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-CL-body-incomplete @MUST
  Scenario: three of ten announced body octets
    RFC 9112 §6.3 item 6 and §8: when fewer octets than Content-Length have arrived the message is
    incomplete; the server keeps waiting (and eventually closes, optionally after an error response) and
    never processes it as complete.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 10\r\n
      \r\n
      abc
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed

  @RFC9112-6.3-CL-body-incomplete @MUST
  Scenario: none of five announced body octets
    RFC 9112 §6.3 item 6 and §8: when fewer octets than Content-Length have arrived the message is
    incomplete; the server keeps waiting (and eventually closes, optionally after an error response) and
    never processes it as complete.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      \r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed

  @RFC9112-6.3-CL-body-incomplete @MUST
  Scenario: one octet short of a 100000-octet body
    RFC 9112 §6.3 item 6 and §8: when fewer octets than Content-Length have arrived the message is
    incomplete; the server keeps waiting (and eventually closes, optionally after an error response) and
    never processes it as complete.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 100000\r\n
      \r\n
      {repeat:99999:x}
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed
    And allow accepted, connection open
    And allow accepted, connection closed

  @RFC9110-5.3-no-action-before-header-section-complete @MUST
  Scenario: no response before the empty line
    RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
    arrived, so a request whose empty line has not been sent gets no response yet.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9110-5.3-no-action-before-header-section-complete @MUST
  Scenario: no response while a field line is unfinished
    RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
    arrived, so a request whose empty line has not been sent gets no response yet.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9110-5.3-no-action-before-header-section-complete @MUST
  Scenario: no response before a POST header section is complete
    RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
    arrived, so a request whose empty line has not been sent gets no response yet.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 5\r\n
      """
    When the request is sent
    Then expect no response, connection open
    And allow status 400 or 408, connection closed
    And allow no response, connection closed

  @RFC9110-5.3-no-action-before-header-section-complete @MUST @control
  Scenario: a header section written in three parts is processed once complete
    RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
    arrived, so a request whose empty line has not been sent gets no response yet. Split writes are one
    request; it is answered once the empty line arrives.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      {pause}
      Host: {host}\r\n
      {pause}
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed
