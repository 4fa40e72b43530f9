@section-3
Feature: RFC 9112 §3 Request line, method and request-target
  A request-line is a method token, one SP, the request-target, one SP and the HTTP-version. The target
  takes one of four forms (origin, absolute, authority, asterisk) and contains no whitespace. Invalid
  request-lines should get 400 (or a 301 to the encoded target), never silent auto-correction.

  @RFC9112-3-separator-leniency @MAY
  Scenario: two spaces between method and target
    RFC 9112 §3: the request-line parts are separated by exactly one SP; a recipient may instead split on
    runs of SP, HTAB, VT, FF or bare CR. Rejecting is the strict reading, accepting is permitted leniency.

    Given the request
      """
      GET  {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-separator-leniency @MAY
  Scenario: two spaces between target and version
    RFC 9112 §3: the request-line parts are separated by exactly one SP; a recipient may instead split on
    runs of SP, HTAB, VT, FF or bare CR. Rejecting is the strict reading, accepting is permitted leniency.

    Given the request
      """
      GET {path}  HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-separator-leniency @MAY
  Scenario: tabs as request-line separators
    RFC 9112 §3: the request-line parts are separated by exactly one SP; a recipient may instead split on
    runs of SP, HTAB, VT, FF or bare CR. Rejecting is the strict reading, accepting is permitted leniency.

    Given the request
      """
      GET\t{path}\tHTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-separator-leniency @MAY
  Scenario: VT and FF as request-line separators
    RFC 9112 §3: the request-line parts are separated by exactly one SP; a recipient may instead split on
    runs of SP, HTAB, VT, FF or bare CR. Rejecting is the strict reading, accepting is permitted leniency.

    Given the request
      """
      GET\x0b{path}\x0cHTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-separator-leniency @MAY
  Scenario: bare CRs as request-line separators
    RFC 9112 §3: the request-line parts are separated by exactly one SP; a recipient may instead split on
    runs of SP, HTAB, VT, FF or bare CR. Rejecting is the strict reading, accepting is permitted leniency.

    Given the request
      """
      GET\r{path}\rHTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-leading-trailing-whitespace-in-request-line @MAY
  Scenario: a space before the method
    RFC 9112 §3: a recipient may ignore whitespace before or after the request-line words; rejecting the
    line with 400 is the strict reading.

    Given the request
      """
      \sGET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-leading-trailing-whitespace-in-request-line @MAY
  Scenario: a tab before the method
    RFC 9112 §3: a recipient may ignore whitespace before or after the request-line words; rejecting the
    line with 400 is the strict reading.

    Given the request
      """
      \tGET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-leading-trailing-whitespace-in-request-line @MAY
  Scenario: a space after the version
    RFC 9112 §3: a recipient may ignore whitespace before or after the request-line words; rejecting the
    line with 400 is the strict reading.

    Given the request
      """
      GET {path} HTTP/1.1 \r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-leading-trailing-whitespace-in-request-line @MAY
  Scenario: a tab after the version
    RFC 9112 §3: a recipient may ignore whitespace before or after the request-line words; rejecting the
    line with 400 is the strict reading.

    Given the request
      """
      GET {path} HTTP/1.1\t\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted, connection open

  @RFC9112-3-request-line-wrong-word-count @SHOULD
  Scenario: a request-line with no target
    RFC 9112 §3 and §3.2: a request-line has exactly three words (method, target, version); anything else is
    invalid and should be answered with 400.

    Given the request
      """
      GET HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3-request-line-wrong-word-count @SHOULD
  Scenario: a request-line with no method
    RFC 9112 §3 and §3.2: a request-line has exactly three words (method, target, version); anything else is
    invalid and should be answered with 400.

    Given the request
      """
      \s{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3-request-line-wrong-word-count @SHOULD
  Scenario: a request-line with a fourth word
    RFC 9112 §3 and §3.2: a request-line has exactly three words (method, target, version); anything else is
    invalid and should be answered with 400.

    Given the request
      """
      GET {path} HTTP/1.1 extra\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3-request-line-wrong-word-count @SHOULD
  Scenario: a request-line that is a single word
    RFC 9112 §3 and §3.2: a request-line has exactly three words (method, target, version); anything else is
    invalid and should be answered with 400.

    Given the request
      """
      GET\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3-HTTP09-style-request @SHOULD
  Scenario: a version-less request-line alone
    RFC 9112 §3.2 and Appendix C.1: a request-line without an HTTP-version is not an HTTP/1.1 request line;
    it should get 400 rather than an HTTP/0.9 style answer. An HTTP/0.9 answer (a bare body; its close is not waited for)
    takes the request as the HTTP/0.9 it looks like: a SHOULD not followed, nothing misframed (WARN).

    Given the request
      """
      GET {path}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow bare body

  @RFC9112-3-HTTP09-style-request @SHOULD
  Scenario: a version-less request-line followed by Host
    RFC 9112 §3.2 and Appendix C.1: a request-line without an HTTP-version is not an HTTP/1.1 request line;
    it should get 400 rather than an HTTP/0.9 style answer. An HTTP/0.9 answer (a bare body; its close is not waited for)
    takes the request as the HTTP/0.9 it looks like: a SHOULD not followed, nothing misframed (WARN).

    Given the request
      """
      GET {path}\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow bare body

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a parenthesis
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE(T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a NUL octet
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GET\0 {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing UTF-8 octets
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      G\xc3\x89T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a colon
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE:T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a comma
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      G,ET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a double quote
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE"T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing an at-sign
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      G@T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a brace
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE\{T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a DEL octet
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE\x7fT {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a control octet
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE\x01T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-not-a-token @SHOULD
  Scenario: a method containing a slash
    RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
    make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
    error as a merely unknown method.

    Given the request
      """
      GE/T {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed
    And allow status 501

  @RFC9112-3.1-method-case-sensitive @SHOULD
  Scenario: the method get is not GET
    RFC 9112 §3.1 and RFC 9110 §9.1: methods are case-sensitive, so a lower-case get is an unknown method,
    not GET; it should get 501 and must not be served as GET. A normal GET response fails.

    Given the request
      """
      get {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 501
    And allow status 405 or 400

  @RFC9112-3.1-method-case-sensitive @SHOULD
  Scenario: the method Get is not GET
    RFC 9112 §3.1 and RFC 9110 §9.1: methods are case-sensitive, so a lower-case get is an unknown method,
    not GET; it should get 501 and must not be served as GET. A normal GET response fails.

    Given the request
      """
      Get {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 501
    And allow status 405 or 400

  @RFC9112-3.1-method-case-sensitive @SHOULD
  Scenario: the method gEt is not GET
    RFC 9112 §3.1 and RFC 9110 §9.1: methods are case-sensitive, so a lower-case get is an unknown method,
    not GET; it should get 501 and must not be served as GET. A normal GET response fails.

    Given the request
      """
      gEt {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 501
    And allow status 405 or 400

  @RFC9112-3-overlong-method-501 @SHOULD
  Scenario: a 100000-octet method
    RFC 9112 §3: a method longer than any the server implements should be answered with 501 (Not
    Implemented).

    Given the request
      """
      {repeat:100000:A} {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 501
    And allow status 400
    And allow status 414 or 431
    And allow no response, connection closed

  @RFC9112-3-overlong-method-501 @SHOULD
  Scenario: a 24-octet method made of repeated GET
    RFC 9112 §3: a method longer than any the server implements should be answered with 501 (Not
    Implemented).

    Given the request
      """
      GETGETGETGETGETGETGETGET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 501
    And allow status 400
    And allow status 414 or 431
    And allow no response, connection closed

  @RFC9112-3-overlong-method-501 @SHOULD
  Scenario: a 1000-octet method
    RFC 9112 §3: a method longer than any the server implements should be answered with 501 (Not
    Implemented).

    Given the request
      """
      {repeat:1000:X} {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 501
    And allow status 400
    And allow status 414 or 431
    And allow no response, connection closed

  @RFC9112-3.2-whitespace-in-target @SHOULD
  Scenario: a space inside the target
    RFC 9112 §3.2: the request-target contains no whitespace; such a request-line is invalid and should get
    400 or a 301 to the properly encoded target, not silent auto-correction. Auto-correcting to an encoded
    target without a redirect is tolerated but not preferred.

    Given the request
      """
      GET /a b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-whitespace-in-target @SHOULD
  Scenario: a tab inside the target
    RFC 9112 §3.2: the request-target contains no whitespace; such a request-line is invalid and should get
    400 or a 301 to the properly encoded target, not silent auto-correction. Auto-correcting to an encoded
    target without a redirect is tolerated but not preferred.

    Given the request
      """
      GET /a\tb HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-whitespace-in-target @SHOULD
  Scenario: a target followed by an extra version word
    RFC 9112 §3.2: the request-target contains no whitespace; such a request-line is invalid and should get
    400 or a 301 to the properly encoded target, not silent auto-correction. Auto-correcting to an encoded
    target without a redirect is tolerated but not preferred.

    Given the request
      """
      GET /a HTTP/1.1 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-whitespace-in-target @SHOULD
  Scenario: a VT inside the target
    RFC 9112 §3.2: the request-target contains no whitespace; such a request-line is invalid and should get
    400 or a 301 to the properly encoded target, not silent auto-correction. Auto-correcting to an encoded
    target without a redirect is tolerated but not preferred.

    Given the request
      """
      GET /a\x0bb HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-whitespace-in-target @SHOULD
  Scenario: an FF inside the target
    RFC 9112 §3.2: the request-target contains no whitespace; such a request-line is invalid and should get
    400 or a 301 to the properly encoded target, not silent auto-correction. Auto-correcting to an encoded
    target without a redirect is tolerated but not preferred.

    Given the request
      """
      GET /a\x0cb HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing a double quote
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a"b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing angle brackets
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /<x> HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing raw UTF-8 octets
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /caf\xc3\xa9 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing a backslash
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a\\b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing braces
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a\{b\} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing a pipe
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a|b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing the octet FF
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /\xff HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing a caret
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a^b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing a backquote
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a`b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-disallowed-octets-in-target @SHOULD
  Scenario: a target containing square brackets
    RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
    raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
    auto-correct.

    Given the request
      """
      GET /a[b] HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And expect status 301
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-CTL-or-NUL-in-target @SHOULD
  Scenario: a target containing a NUL octet
    RFC 9112 §3.2 and §2.2: control octets, NUL and DEL never appear in a request-target, so the
    request-line is invalid and should get 400 followed by a close.

    Given the request
      """
      GET /a\0b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2-CTL-or-NUL-in-target @SHOULD
  Scenario: a target containing the control octet 01
    RFC 9112 §3.2 and §2.2: control octets, NUL and DEL never appear in a request-target, so the
    request-line is invalid and should get 400 followed by a close.

    Given the request
      """
      GET /a\x01 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2-CTL-or-NUL-in-target @SHOULD
  Scenario: a target containing a DEL octet
    RFC 9112 §3.2 and §2.2: control octets, NUL and DEL never appear in a request-target, so the
    request-line is invalid and should get 400 followed by a close.

    Given the request
      """
      GET /a\x7f HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2-CTL-or-NUL-in-target @SHOULD
  Scenario: a target containing an ESC octet
    RFC 9112 §3.2 and §2.2: control octets, NUL and DEL never appear in a request-target, so the
    request-line is invalid and should get 400 followed by a close.

    Given the request
      """
      GET /a\x1b[0m HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2-CTL-or-NUL-in-target @SHOULD
  Scenario: a target containing a backspace octet
    RFC 9112 §3.2 and §2.2: control octets, NUL and DEL never appear in a request-target, so the
    request-line is invalid and should get 400 followed by a close.

    Given the request
      """
      GET /a\x08 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Scenario: a target with a fragment
    RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
    digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
    leniently is tolerated but not preferred.

    Given the request
      """
      GET /a#b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Scenario: a target with non-hex percent digits
    RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
    digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
    leniently is tolerated but not preferred.

    Given the request
      """
      GET /%zz HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Scenario: a target with a single percent digit
    RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
    digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
    leniently is tolerated but not preferred.

    Given the request
      """
      GET /%4 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Scenario: a target with a trailing percent sign
    RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
    digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
    leniently is tolerated but not preferred.

    Given the request
      """
      GET /a% HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Scenario: a target with a fragment in absolute-form
    RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
    digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
    leniently is tolerated but not preferred.

    Given the request
      """
      GET http://{host}/x#y HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Scenario: a target with a percent sign followed by g0
    RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
    digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
    leniently is tolerated but not preferred.

    Given the request
      """
      GET /%g0 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted
    And allow no response, connection closed

  @RFC9112-3.2.1-origin-form-must-start-with-slash @SHOULD
  Scenario: a target that is a relative path
    RFC 9112 §3.2: a target that matches none of origin-form, absolute-form, authority-form or asterisk-form
    makes the request-line invalid; origin-form always starts with a slash. The server should answer 400.

    Given the request
      """
      GET a/b HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2.1-origin-form-must-start-with-slash @SHOULD
  Scenario: a target that is a bare query
    RFC 9112 §3.2: a target that matches none of origin-form, absolute-form, authority-form or asterisk-form
    makes the request-line invalid; origin-form always starts with a slash. The server should answer 400.

    Given the request
      """
      GET ?q=1 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2.1-origin-form-must-start-with-slash @SHOULD
  Scenario: a target that is two dots
    RFC 9112 §3.2: a target that matches none of origin-form, absolute-form, authority-form or asterisk-form
    makes the request-line invalid; origin-form always starts with a slash. The server should answer 400.

    Given the request
      """
      GET .. HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2.1-origin-form-must-start-with-slash @SHOULD
  Scenario: a target that is a file name
    RFC 9112 §3.2: a target that matches none of origin-form, absolute-form, authority-form or asterisk-form
    makes the request-line invalid; origin-form always starts with a slash. The server should answer 400.

    Given the request
      """
      GET index.html HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow no response, connection closed

  @RFC9112-3.2.1-origin-form-legal-characters @SHOULD @control
  Scenario: a target with every legal punctuation character is valid
    RFC 9112 §3.2.1 with RFC 3986: unreserved characters, sub-delims, colon, at-sign, slash, question mark
    and well-formed percent-encodings are all legal in origin-form and must not be rejected as bad syntax.
    The resource may not exist; any status except a syntax rejection passes.

    Given the request
      """
      GET /a-._~!$&'()*+,;=:@/%20?x=/?y HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.1-origin-form-legal-characters @SHOULD @control
  Scenario: a target with a double slash is valid
    RFC 9112 §3.2.1 with RFC 3986: unreserved characters, sub-delims, colon, at-sign, slash, question mark
    and well-formed percent-encodings are all legal in origin-form and must not be rejected as bad syntax.
    The resource may not exist; any status except a syntax rejection passes.

    Given the request
      """
      GET //double HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.1-origin-form-legal-characters @SHOULD @control
  Scenario: a target with percent-encoded letters is valid
    RFC 9112 §3.2.1 with RFC 3986: unreserved characters, sub-delims, colon, at-sign, slash, question mark
    and well-formed percent-encodings are all legal in origin-form and must not be rejected as bad syntax.
    The resource may not exist; any status except a syntax rejection passes.

    Given the request
      """
      GET /%41%42 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.1-origin-form-legal-characters @SHOULD @control
  Scenario: a target with an empty query is valid
    RFC 9112 §3.2.1 with RFC 3986: unreserved characters, sub-delims, colon, at-sign, slash, question mark
    and well-formed percent-encodings are all legal in origin-form and must not be rejected as bad syntax.
    The resource may not exist; any status except a syntax rejection passes.

    Given the request
      """
      GET /? HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.1-origin-form-legal-characters @SHOULD @control
  Scenario: a target with question marks and slashes in the query is valid
    RFC 9112 §3.2.1 with RFC 3986: unreserved characters, sub-delims, colon, at-sign, slash, question mark
    and well-formed percent-encodings are all legal in origin-form and must not be rejected as bad syntax.
    The resource may not exist; any status except a syntax rejection passes.

    Given the request
      """
      GET /a?b?c/d HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-accepted @MUST @control
  Scenario: an absolute-form target is accepted
    RFC 9112 §3.2.2: a server must accept the absolute-form of request-target even though clients send it
    mainly to proxies; an empty path means / and the scheme is case-insensitive.

    Given the request
      """
      GET http://{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-accepted @MUST @control
  Scenario: an absolute-form target with an empty path is accepted
    RFC 9112 §3.2.2: a server must accept the absolute-form of request-target even though clients send it
    mainly to proxies; an empty path means / and the scheme is case-insensitive.

    Given the request
      """
      GET http://{host} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-accepted @MUST @control
  Scenario: an upper-case scheme is accepted
    RFC 9112 §3.2.2: a server must accept the absolute-form of request-target even though clients send it
    mainly to proxies; an empty path means / and the scheme is case-insensitive.

    Given the request
      """
      GET HTTP://{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-accepted @MUST @control
  Scenario: an absolute-form target with an explicit port is accepted
    RFC 9112 §3.2.2: a server must accept the absolute-form of request-target even though clients send it
    mainly to proxies; an empty path means / and the scheme is case-insensitive.

    Given the request
      """
      GET http://{hostname}:{port}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-accepted @MUST @control
  Scenario: an absolute-form target with a query is accepted
    RFC 9112 §3.2.2: a server must accept the absolute-form of request-target even though clients send it
    mainly to proxies; an empty path means / and the scheme is case-insensitive.

    Given the request
      """
      GET http://{host}{path}?q=1 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-overrides-Host @MUST
  Scenario: a foreign Host next to an absolute-form target is ignored
    RFC 9112 §3.2.2: with an absolute-form target an origin server ignores the Host field value and takes
    the authority from the target, so a differing Host must not by itself cause a 400. The request is served
    for the target's authority; the mismatch alone is no reason for 400.

    Given the request
      """
      GET http://{host}{path} HTTP/1.1\r\n
      Host: other.example\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2.2-absolute-form-overrides-Host @MUST
  Scenario: a reserved-name Host next to an absolute-form target is ignored
    RFC 9112 §3.2.2: with an absolute-form target an origin server ignores the Host field value and takes
    the authority from the target, so a differing Host must not by itself cause a 400.

    Given the request
      """
      GET http://{host}{path} HTTP/1.1\r\n
      Host: invalid.invalid\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9110-4.2.1-http-URI-with-empty-host @MUST
  Scenario: an http target with an empty authority is rejected
    RFC 9110 §4.2.1: an http or https URI with an empty host is invalid and a recipient that processes one
    must reject it.

    Given the request
      """
      GET http:///x HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 421

  @RFC9110-4.2.1-http-URI-with-empty-host @MUST
  Scenario: an http target with a port but no host is rejected
    RFC 9110 §4.2.1: an http or https URI with an empty host is invalid and a recipient that processes one
    must reject it.

    Given the request
      """
      GET http://:80/ HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 421

  @RFC9110-4.2.1-http-URI-with-empty-host @MUST
  Scenario: an http target with nothing after the slashes is rejected
    RFC 9110 §4.2.1: an http or https URI with an empty host is invalid and a recipient that processes one
    must reject it.

    Given the request
      """
      GET http:// HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 421

  @RFC9110-4.2.4-userinfo-in-target @SHOULD
  Scenario: an absolute-form target with user and password
    RFC 9110 §4.2.4: senders must not put userinfo in http(s) URIs, and a recipient should treat userinfo in
    a URI from an untrusted source as an error.

    Given the request
      """
      GET http://user:pw@{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow accepted

  @RFC9110-4.2.4-userinfo-in-target @SHOULD
  Scenario: an absolute-form target with a user name
    RFC 9110 §4.2.4: senders must not put userinfo in http(s) URIs, and a recipient should treat userinfo in
    a URI from an untrusted source as an error.

    Given the request
      """
      GET http://evil@{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow accepted

  @RFC9110-4.2.4-userinfo-in-target @SHOULD
  Scenario: an absolute-form target with an empty userinfo
    RFC 9110 §4.2.4: senders must not put userinfo in http(s) URIs, and a recipient should treat userinfo in
    a URI from an untrusted source as an error.

    Given the request
      """
      GET http://@{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow accepted

  @RFC9110-7.4-https-target-over-cleartext @MUST @cleartext
  Scenario: an https target over cleartext is rejected
    RFC 9110 §7.4: an origin server must reject a request for an https target that did not arrive over a
    connection secured for that origin, typically with 421 (Misdirected Request). Meaningful only when the
    target is reached over cleartext TCP with no trusted gateway in front.

    Given the request
      """
      GET https://{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 421
    And expect status 400 or 403

  @RFC9110-7.4-https-target-over-cleartext @MUST @cleartext
  Scenario: an upper-case https target over cleartext is rejected
    RFC 9110 §7.4: an origin server must reject a request for an https target that did not arrive over a
    connection secured for that origin, typically with 421 (Misdirected Request). Meaningful only when the
    target is reached over cleartext TCP with no trusted gateway in front.

    Given the request
      """
      GET HTTPS://{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 421
    And expect status 400 or 403

  @RFC9112-3.2.3-authority-form-only-for-CONNECT @SHOULD
  Scenario: GET with an authority-form target
    RFC 9112 §3.2.3 and RFC 9110 §7.1: authority-form (host:port) is used only with CONNECT; with any other
    method the request-line is invalid and should get 400. An IPv4 literal is used so the target cannot
    parse as an absolute-URI.

    Given the request
      """
      GET 127.0.0.1:80 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 403 or 404 or 405 or 421

  @RFC9112-3.2.3-authority-form-only-for-CONNECT @SHOULD
  Scenario: POST with an authority-form target
    RFC 9112 §3.2.3 and RFC 9110 §7.1: authority-form (host:port) is used only with CONNECT; with any other
    method the request-line is invalid and should get 400. An IPv4 literal is used so the target cannot
    parse as an absolute-URI.

    Given the request
      """
      POST 127.0.0.1:80 HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 0\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 403 or 404 or 405 or 421

  @RFC9112-3.2.3-authority-form-only-for-CONNECT @SHOULD
  Scenario: HEAD with a bracketed IPv6 authority-form target
    RFC 9112 §3.2.3 and RFC 9110 §7.1: authority-form (host:port) is used only with CONNECT; with any other
    method the request-line is invalid and should get 400. An IPv4 literal is used so the target cannot
    parse as an absolute-URI.

    Given the request
      """
      HEAD [::1]:80 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 403 or 404 or 405 or 421

  @RFC9110-9.3.6-CONNECT-empty-or-invalid-port @MUST
  Scenario: CONNECT with no port is rejected
    RFC 9110 §9.3.6: a server must reject a CONNECT whose target has an empty or invalid port, usually with
    400; a server without CONNECT support rejects it with 405 or 501. Any other rejection, a
    close without a response included, conforms too ("typically", WARN); any 2xx fails.

    Given the request
      """
      CONNECT {hostname} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And expect status 405 or 501
    And allow no response, connection closed
    And allow rejected

  @RFC9110-9.3.6-CONNECT-empty-or-invalid-port @MUST
  Scenario: CONNECT with an empty port is rejected
    RFC 9110 §9.3.6: a server must reject a CONNECT whose target has an empty or invalid port, usually with
    400; a server without CONNECT support rejects it with 405 or 501. Any other rejection, a
    close without a response included, conforms too ("typically", WARN); any 2xx fails.

    Given the request
      """
      CONNECT {hostname}: HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And expect status 405 or 501
    And allow no response, connection closed
    And allow rejected

  @RFC9110-9.3.6-CONNECT-empty-or-invalid-port @MUST
  Scenario: CONNECT with a non-numeric port is rejected
    RFC 9110 §9.3.6: a server must reject a CONNECT whose target has an empty or invalid port, usually with
    400; a server without CONNECT support rejects it with 405 or 501. Any other rejection, a
    close without a response included, conforms too ("typically", WARN); any 2xx fails.

    Given the request
      """
      CONNECT {hostname}:xyz HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And expect status 405 or 501
    And allow no response, connection closed
    And allow rejected

  @RFC9110-9.3.6-CONNECT-empty-or-invalid-port @MUST
  Scenario: CONNECT with a negative port is rejected
    RFC 9110 §9.3.6: a server must reject a CONNECT whose target has an empty or invalid port, usually with
    400; a server without CONNECT support rejects it with 405 or 501. Any other rejection, a
    close without a response included, conforms too ("typically", WARN); any 2xx fails.

    Given the request
      """
      CONNECT {hostname}:-1 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And expect status 405 or 501
    And allow no response, connection closed
    And allow rejected

  @RFC9110-9.3.6-CONNECT-empty-or-invalid-port @MUST
  Scenario: CONNECT with a port above 65535 is rejected
    RFC 9110 §9.3.6: a server must reject a CONNECT whose target has an empty or invalid port, usually with
    400; a server without CONNECT support rejects it with 405 or 501. Any other rejection, a
    close without a response included, conforms too ("typically", WARN); any 2xx fails.

    Given the request
      """
      CONNECT {hostname}:99999 HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And expect status 405 or 501
    And allow no response, connection closed
    And allow rejected

  @RFC9112-3.2.3-CONNECT-with-non-authority-target @SHOULD
  Scenario: CONNECT with an origin-form target
    RFC 9112 §3.2.3: CONNECT takes only authority-form; any other target makes the request-line invalid and
    should get 400.

    Given the request
      """
      CONNECT {path} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 405 or 501

  @RFC9112-3.2.3-CONNECT-with-non-authority-target @SHOULD
  Scenario: CONNECT with an absolute-form target
    RFC 9112 §3.2.3: CONNECT takes only authority-form; any other target makes the request-line invalid and
    should get 400.

    Given the request
      """
      CONNECT http://{hostname}:80/ HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 405 or 501

  @RFC9112-3.2.3-CONNECT-with-non-authority-target @SHOULD
  Scenario: CONNECT with an asterisk target
    RFC 9112 §3.2.3: CONNECT takes only authority-form; any other target makes the request-line invalid and
    should get 400.

    Given the request
      """
      CONNECT * HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 405 or 501

  @RFC9112-3.2.4-asterisk-only-for-OPTIONS @SHOULD
  Scenario: GET with an asterisk target
    RFC 9112 §3.2.4 and RFC 9110 §7.1: asterisk-form is only for a server-wide OPTIONS; with any other
    method the request is invalid and should get 400, never be served as /. Serving / instead fails.

    Given the request
      """
      GET * HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 404 or 405

  @RFC9112-3.2.4-asterisk-only-for-OPTIONS @SHOULD
  Scenario: POST with an asterisk target
    RFC 9112 §3.2.4 and RFC 9110 §7.1: asterisk-form is only for a server-wide OPTIONS; with any other
    method the request is invalid and should get 400, never be served as /.

    Given the request
      """
      POST * HTTP/1.1\r\n
      Host: {host}\r\n
      Content-Length: 0\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 404 or 405

  @RFC9112-3.2.4-asterisk-only-for-OPTIONS @SHOULD
  Scenario: HEAD with an asterisk target
    RFC 9112 §3.2.4 and RFC 9110 §7.1: asterisk-form is only for a server-wide OPTIONS; with any other
    method the request is invalid and should get 400, never be served as /.

    Given the request
      """
      HEAD * HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 404 or 405

  @RFC9112-3.2.4-asterisk-only-for-OPTIONS @SHOULD
  Scenario: DELETE with an asterisk target
    RFC 9112 §3.2.4 and RFC 9110 §7.1: asterisk-form is only for a server-wide OPTIONS; with any other
    method the request is invalid and should get 400, never be served as /.

    Given the request
      """
      DELETE * HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow status 404 or 405

  @RFC9112-3.2.4-OPTIONS-asterisk-accepted @SHOULD @control
  Scenario: OPTIONS with an asterisk target is processed
    RFC 9112 §3.2.4 and RFC 9110 §9.3.7: OPTIONS * asks about the server as a whole and is a valid request.
    A server that does not implement OPTIONS may answer 501.

    Given the request
      """
      OPTIONS * HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 501
    And allow accepted, connection closed

  @RFC9112-3.2.4-OPTIONS-asterisk-accepted @SHOULD @control
  Scenario: HTTP/1.0 OPTIONS with an asterisk target is processed
    RFC 9112 §3.2.4 and RFC 9110 §9.3.7: OPTIONS * asks about the server as a whole and is a valid request.

    Given the request
      """
      OPTIONS * HTTP/1.0\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted
    And allow status 501

  @RFC9112-3-target-too-long-414 @MUST
  Scenario: a 100000-octet path
    RFC 9112 §3: a server that refuses a request-target because it is longer than it is willing to parse
    must answer 414 (URI Too Long), not 400, 431 or a silent close; a server that parses it answers
    normally.

    Given the request
      """
      GET /{repeat:100000:a} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 414
    And expect accepted, connection open

  @RFC9112-3-target-too-long-414 @MUST
  Scenario: a one-mebibyte query
    RFC 9112 §3: a server that refuses a request-target because it is longer than it is willing to parse
    must answer 414 (URI Too Long), not 400, 431 or a silent close; a server that parses it answers
    normally.

    Given the request
      """
      GET /?{repeat:1048576:q} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 414
    And expect accepted, connection open

  @RFC9112-3-target-too-long-414 @MUST
  Scenario: a path of 65536 segments
    RFC 9112 §3: a server that refuses a request-target because it is longer than it is willing to parse
    must answer 414 (URI Too Long), not 400, 431 or a silent close; a server that parses it answers
    normally.

    Given the request
      """
      GET /{repeat:65536:a/} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 414
    And expect accepted, connection open

  @RFC9112-3-request-line-8000-octets @SHOULD @control
  Scenario: a request-line of about 8000 octets with a long path
    RFC 9112 §3 and RFC 9110 §4.1: recipients are recommended to support request-lines of at least 8000
    octets.

    Given the request
      """
      GET /{repeat:7980:a} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 414
    And allow accepted, connection closed

  @RFC9112-3-request-line-8000-octets @SHOULD @control
  Scenario: a request-line of about 8000 octets with a long query
    RFC 9112 §3 and RFC 9110 §4.1: recipients are recommended to support request-lines of at least 8000
    octets.

    Given the request
      """
      GET /?q={repeat:7976:b} HTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 414
    And allow accepted, connection closed
