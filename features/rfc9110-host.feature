@section-3.2 @rfc9110-7.2
Feature: RFC 9112 §3.2 and RFC 9110 §7.2 Host
  A client sends Host in every HTTP/1.1 request. Servers must reject requests that lack it, carry it
  twice, or carry an invalid value, because a proxy and an origin that disagree on the host can be
  steered to different virtual hosts.

  @RFC9112-3.2-Host-missing-HTTP11 @MUST
  Scenario: an HTTP/1.1 request without Host is rejected with 400
    RFC 9112 §3.2: a server must respond with 400 (Bad Request) to any HTTP/1.1 request message that
    lacks a Host header field.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-missing-HTTP11 @MUST
  Scenario: an X-Host field does not stand in for Host
    RFC 9112 §3.2: a server must respond with 400 (Bad Request) to any HTTP/1.1 request message that lacks a
    Host header field.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      X-Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-missing-HTTP11 @MUST
  Scenario: HTTP/1.2 without Host is rejected like HTTP/1.1
    RFC 9112 §3.2: a server must respond with 400 (Bad Request) to any HTTP/1.1 request message that lacks a
    Host header field. A higher minor version is handled as HTTP/1.1, so Host is required.

    Given the request
      """
      GET {path} HTTP/1.2\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And inconclusive status 505

  @RFC9112-3.2-Host-missing-HTTP11 @MUST
  Scenario: a POST without Host is rejected
    RFC 9112 §3.2: a server must respond with 400 (Bad Request) to any HTTP/1.1 request message that lacks a
    Host header field.

    Given the request
      """
      POST {path} HTTP/1.1\r\n
      Content-Length: 0\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate @MUST
  Scenario: two Host lines with different values
    RFC 9112 §3.2: a request with more than one Host field line must get 400, even when the values are
    identical or differ only in the name's case.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Host: other.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate @MUST
  Scenario: two identical Host lines
    RFC 9112 §3.2: a request with more than one Host field line must get 400, even when the values are
    identical or differ only in the name's case.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate @MUST
  Scenario: a second Host line spelled in another case
    RFC 9112 §3.2: a request with more than one Host field line must get 400, even when the values are
    identical or differ only in the name's case.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      hOST: other.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate @MUST
  Scenario: two Host lines separated by another field
    RFC 9112 §3.2: a request with more than one Host field line must get 400, even when the values are
    identical or differ only in the name's case.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}\r\n
      X-A: b\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate-HTTP10 @MUST
  Scenario: two Host lines in an HTTP/1.0 request
    RFC 9112 §3.2: the 400 for several Host lines or an invalid Host value applies to every request message,
    HTTP/1.0 included.

    Given the request
      """
      GET {path} HTTP/1.0\r\n
      Host: {host}\r\n
      Host: other.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate-HTTP10 @MUST
  Scenario: two identical Host lines in an HTTP/1.0 request
    RFC 9112 §3.2: the 400 for several Host lines or an invalid Host value applies to every request message,
    HTTP/1.0 included.

    Given the request
      """
      GET {path} HTTP/1.0\r\n
      Host: {host}\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-duplicate-HTTP10 @MUST
  Scenario: an invalid Host value in an HTTP/1.0 request
    RFC 9112 §3.2: the 400 for several Host lines or an invalid Host value applies to every request message,
    HTTP/1.0 included.

    Given the request
      """
      GET {path} HTTP/1.0\r\n
      Host: {hostname} x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a space
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname} x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a double quote
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}"x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with raw UTF-8 octets
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: caf\xc3\xa9.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with angle brackets
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}<x>\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a backslash
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}\\x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with braces
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}\{x\}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a pipe
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}|x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a caret
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}^x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a backquote
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}`x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with an inner tab
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}\tx\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-characters @MUST
  Scenario: a Host value with a control octet
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}\x01\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-userinfo @MUST
  Scenario: a Host value with a user name
    RFC 9112 §3.2: Host carries uri-host and an optional port only; an at-sign (userinfo) makes the value
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: user@{host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-userinfo @MUST
  Scenario: a Host value with user and password
    RFC 9112 §3.2: Host carries uri-host and an optional port only; an at-sign (userinfo) makes the value
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: u:p@{host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-userinfo @MUST
  Scenario: a Host value with an at-sign before a foreign host
    RFC 9112 §3.2: Host carries uri-host and an optional port only; an at-sign (userinfo) makes the value
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}@evil.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-userinfo @MUST
  Scenario: a Host value with an empty userinfo
    RFC 9112 §3.2: Host carries uri-host and an optional port only; an at-sign (userinfo) makes the value
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: @{host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-path-query-fragment @MUST
  Scenario: a Host value with a path
    RFC 9112 §3.2: a slash, question mark or hash is not part of uri-host or port, so such a Host value is
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}/b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-path-query-fragment @MUST
  Scenario: a Host value with a query
    RFC 9112 §3.2: a slash, question mark or hash is not part of uri-host or port, so such a Host value is
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}?b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-path-query-fragment @MUST
  Scenario: a Host value with a fragment
    RFC 9112 §3.2: a slash, question mark or hash is not part of uri-host or port, so such a Host value is
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}#b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-with-path-query-fragment @MUST
  Scenario: a Host value with a trailing slash
    RFC 9112 §3.2: a slash, question mark or hash is not part of uri-host or port, so such a Host value is
    invalid and must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}/\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-port @MUST
  Scenario: a Host value with a letter as port
    RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
    address; anything else is an invalid Host value that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:b\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-port @MUST
  Scenario: a Host value with two ports
    RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
    address; anything else is an invalid Host value that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:80:80\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-port @MUST
  Scenario: a Host value with a negative port
    RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
    address; anything else is an invalid Host value that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:-1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-port @MUST
  Scenario: a Host value with a space before the port
    RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
    address; anything else is an invalid Host value that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}: 80\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-port @MUST
  Scenario: a Host value with a plus sign before the port
    RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
    address; anything else is an invalid Host value that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:+80\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-port @MUST
  Scenario: a Host value with a space inside the port
    RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
    address; anything else is an invalid Host value that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:8 0\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-empty-or-out-of-range-port @MAY
  Scenario: a Host value with an empty port
    RFC 9112 §3.3 and RFC 9110 §7.4: an empty port or a port beyond 65535 still matches port = *DIGIT, so
    the server may process the request, reject it with 400, or treat it as misdirected (421).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400 or 421
    And allow accepted

  @RFC9112-3.2-Host-empty-or-out-of-range-port @MAY
  Scenario: a Host value with a port above 65535
    RFC 9112 §3.3 and RFC 9110 §7.4: an empty port or a port beyond 65535 still matches port = *DIGIT, so
    the server may process the request, reject it with 400, or treat it as misdirected (421).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:99999\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400 or 421
    And allow accepted

  @RFC9112-3.2-Host-empty-or-out-of-range-port @MAY
  Scenario: a Host value with a port with leading zeros
    RFC 9112 §3.3 and RFC 9110 §7.4: an empty port or a port beyond 65535 still matches port = *DIGIT, so
    the server may process the request, reject it with 400, or treat it as misdirected (421).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:0{port}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400 or 421
    And allow accepted

  @RFC9112-3.2-Host-invalid-IP-literal @MUST
  Scenario: a Host value with an unclosed bracket
    RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host must be written as an IP-literal in square
    brackets; malformed literals are invalid values that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: [::1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-IP-literal @MUST
  Scenario: a Host value with an unbracketed IPv6 address
    RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host must be written as an IP-literal in square
    brackets; malformed literals are invalid values that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: ::1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-IP-literal @MUST
  Scenario: a Host value with junk after the bracket
    RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host must be written as an IP-literal in square
    brackets; malformed literals are invalid values that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: [::1]x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-IP-literal @MUST
  Scenario: a Host value with non-hex IPv6 digits
    RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host must be written as an IP-literal in square
    brackets; malformed literals are invalid values that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: [zz::1]\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-invalid-IP-literal @MUST
  Scenario: a Host value with an IPv4 address in brackets
    RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host must be written as an IP-literal in square
    brackets; malformed literals are invalid values that must get 400.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: [127.0.0.1]\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-comma-list @MUST
  Scenario: a Host value that is a comma-space list
    RFC 9112 §3.2 and RFC 9110 §5.5: Host is a singleton; a value that looks like a combined list is invalid
    when it contains a space (400 required) and is at best an unknown host otherwise (400 preferred).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {host}, other.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400

  @RFC9112-3.2-Host-comma-list @SHOULD
  Scenario: a Host value that is a comma list without space
    RFC 9112 §3.2 and RFC 9110 §5.5: Host is a singleton; a value that looks like a combined list is invalid
    when it contains a space (400 required) and is at best an unknown host otherwise (400 preferred). The
    value is a valid reg-name, so serving it as an unknown host is tolerated. The
    name is sent without the port: a port before the comma would make the value invalid (400 required).

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname},other.example\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow accepted

  @RFC9110-7.2-Host-valid-forms @MUST @control
  Scenario: a Host value with a host name and port is syntactically valid
    RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
    is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
    An unknown virtual host may get 404 or 421, which count as accepted.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: {hostname}:8080\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9110-7.2-Host-valid-forms @MUST @control
  Scenario: a Host value with a bracketed IPv6 literal and port is syntactically valid
    RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
    is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
    An unknown virtual host may get 404 or 421, which count as accepted.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: [::1]:8080\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9110-7.2-Host-valid-forms @MUST @control
  Scenario: a Host value with an IPv4 address is syntactically valid
    RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
    is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
    An unknown virtual host may get 404 or 421, which count as accepted.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: 127.0.0.1\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9110-7.2-Host-valid-forms @MUST @control
  Scenario: a Host value with an underscore in a label is syntactically valid
    RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
    is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
    An unknown virtual host may get 404 or 421, which count as accepted.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: a_b.example\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9110-7.2-Host-valid-forms @MUST @control
  Scenario: a Host value with an A-label is syntactically valid
    RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
    is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
    An unknown virtual host may get 404 or 421, which count as accepted.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: xn--caf-dma.example\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9110-7.2-Host-valid-forms @MUST @control
  Scenario: a Host value with a trailing dot is syntactically valid
    RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
    is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
    An unknown virtual host may get 404 or 421, which count as accepted.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: localhost.\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow accepted, connection closed

  @RFC9112-3.2-Host-missing-HTTP10 @MAY
  Scenario: an HTTP/1.0 GET without Host
    RFC 9112 §3.2 and §3.3: only HTTP/1.1 requires Host; an HTTP/1.0 request without it is processed with a
    default authority, or rejected if the server has none.

    Given the request
      """
      GET {path} HTTP/1.0\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted
    And allow status 400

  @RFC9112-3.2-Host-missing-HTTP10 @MAY
  Scenario: an HTTP/1.0 HEAD without Host
    RFC 9112 §3.2 and §3.3: only HTTP/1.1 requires Host; an HTTP/1.0 request without it is processed with a
    default authority, or rejected if the server has none.

    Given the request
      """
      HEAD {path} HTTP/1.0\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted
    And allow status 400

  @RFC9112-3.2-Host-checks-apply-with-absolute-form @SHOULD
  Scenario: an absolute-form HTTP/1.1 request without Host
    RFC 9112 §3.2 and §3.2.2: the Host requirements (present in HTTP/1.1, single, valid) are stated for
    every request, also when the target is in absolute-form; the literal reading calls for 400. Serving by
    the target's authority is tolerated.

    Given the request
      """
      GET http://{host}{path} HTTP/1.1\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted

  @RFC9112-3.2-Host-checks-apply-with-absolute-form @SHOULD
  Scenario: an absolute-form request with two Host lines
    RFC 9112 §3.2 and §3.2.2: the Host requirements (present in HTTP/1.1, single, valid) are stated for
    every request, also when the target is in absolute-form; the literal reading calls for 400.

    Given the request
      """
      GET http://{host}{path} HTTP/1.1\r\n
      Host: {host}\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted

  @RFC9112-3.2-Host-checks-apply-with-absolute-form @SHOULD
  Scenario: an absolute-form request with an invalid Host
    RFC 9112 §3.2 and §3.2.2: the Host requirements (present in HTTP/1.1, single, valid) are stated for
    every request, also when the target is in absolute-form; the literal reading calls for 400.

    Given the request
      """
      GET http://{host}{path} HTTP/1.1\r\n
      Host: {hostname} x\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow accepted

  @RFC9112-3.3-empty-authority @MAY
  Scenario: an empty Host value
    RFC 9112 §3.3 and §3.2: an empty Host value is syntactically valid (the client had no authority); a
    server either rejects the request or applies a configured default authority.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host:\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow accepted

  @RFC9112-3.3-empty-authority @MAY
  Scenario: a Host value of only a space
    RFC 9112 §3.3 and §3.2: an empty Host value is syntactically valid (the client had no authority); a
    server either rejects the request or applies a configured default authority.

    Given the request
      """
      GET {path} HTTP/1.1\r\n
      Host: \r\n
      \r\n
      """
    When the request is sent
    Then expect status 400
    And allow accepted
