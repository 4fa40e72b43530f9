@section-3.2 @rfc9110-7.2
Feature: RFC 9112 §3.2 and RFC 9110 §7.2 Host
  A client sends Host in every HTTP/1.1 request. Servers must reject requests that lack it, carry it
  twice, or carry an invalid value, because a proxy and an origin that disagree on the host can be
  steered to different virtual hosts.

  @RFC9112-3.2-Host-missing-HTTP11 @MUST
  Rule: RFC 9112 §3.2 Host missing HTTP11
    A server MUST respond with 400 (Bad Request) to any HTTP/1.1 request message that lacks a Host header
    field.

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

    Scenario Outline: <title>
      RFC 9112 §3.2: a server must respond with 400 (Bad Request) to any HTTP/1.1 request message that lacks a
      Host header field.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        <bytes2>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                                      | bytes | bytes2            |
        | an X-Host field does not stand in for Host | GET   | X-Host: {host}    |
        | a POST without Host is rejected            | POST  | Content-Length: 0 |

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

  @RFC9112-3.2-Host-duplicate @MUST
  Rule: RFC 9112 §3.2 Host duplicate
    A request with more than one Host field line MUST get 400, even when the values are identical or differ
    only in the name's case.

    Scenario Outline: <title>
      RFC 9112 §3.2: a request with more than one Host field line must get 400, even when the values are
      identical or differ only in the name's case.

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

      Examples:
        | title                                      | bytes               |
        | two Host lines with different values       | Host: other.example |
        | two identical Host lines                   | Host: {host}        |
        | a second Host line spelled in another case | hOST: other.example |

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
  Rule: RFC 9112 §3.2 Host duplicate HTTP10
    The 400 for several Host lines or an invalid Host value applies to every request, so an HTTP/1.0 request
    with them MUST get 400 too.

    Scenario Outline: <title>
      RFC 9112 §3.2: the 400 for several Host lines or an invalid Host value applies to every request message,
      HTTP/1.0 included.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Host: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

      Examples:
        | title                                           | bytes         |
        | two Host lines in an HTTP/1.0 request           | other.example |
        | two identical Host lines in an HTTP/1.0 request | {host}        |

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
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9112-3.2-Host-invalid-characters @MUST
  Rule: RFC 9112 §3.2 Host invalid characters
    RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
    backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and MUST get 400.

    Scenario Outline: <title>
      RFC 9112 §3.2 with RFC 3986: a Host value with whitespace, controls, quote marks, angle brackets,
      backslash, braces, pipe, caret, backquote or raw non-ASCII octets is invalid and must get 400.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                              | bytes               |
        | a Host value with a space          | {hostname} x        |
        | a Host value with a double quote   | {hostname}"x        |
        | a Host value with raw UTF-8 octets | caf\xc3\xa9.example |
        | a Host value with angle brackets   | {hostname}<x>       |
        | a Host value with a backslash      | {hostname}\\\x      |
        | a Host value with braces           | {hostname}\{x\}     |
        | a Host value with a pipe           | {hostname}\|x       |
        | a Host value with a caret          | {hostname}^x        |
        | a Host value with a backquote      | {hostname}`x        |
        | a Host value with an inner tab     | {hostname}\tx       |
        | a Host value with a control octet  | {hostname}\x01      |

  @RFC9112-3.2-Host-with-userinfo @MUST
  Rule: RFC 9112 §3.2 Host with userinfo
    An at-sign (userinfo) makes the value invalid and MUST get 400.

    Scenario Outline: <title>
      RFC 9112 §3.2: Host carries uri-host and an optional port only; an at-sign (userinfo) makes the value
      invalid and must get 400.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                                              | bytes               |
        | a Host value with a user name                      | user@{host}         |
        | a Host value with user and password                | u:p@{host}          |
        | a Host value with an at-sign before a foreign host | {host}@evil.example |
        | a Host value with an empty userinfo                | @{host}             |

  @RFC9112-3.2-Host-with-path-query-fragment @MUST
  Rule: RFC 9112 §3.2 Host with path query fragment
    A slash, question mark or hash is not part of uri-host or port, so such a Host value is invalid and MUST
    get 400.

    Scenario Outline: <title>
      RFC 9112 §3.2: a slash, question mark or hash is not part of uri-host or port, so such a Host value is
      invalid and must get 400.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                              | bytes    |
        | a Host value with a path           | {host}/b |
        | a Host value with a query          | {host}?b |
        | a Host value with a fragment       | {host}#b |
        | a Host value with a trailing slash | {host}/  |

  @RFC9112-3.2-Host-invalid-port @MUST
  Rule: RFC 9112 §3.2 Host invalid port
    A Host port MUST be digits only; anything else is an invalid Host value that MUST get 400.

    Scenario Outline: <title>
      RFC 9112 §3.2 with RFC 3986: a port is digits only and only one colon follows a reg-name or IPv4
      address; anything else is an invalid Host value that must get 400.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {hostname}<bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                                         | bytes  |
        | a Host value with a letter as port            | :b     |
        | a Host value with two ports                   | :80:80 |
        | a Host value with a negative port             | :-1    |
        | a Host value with a space before the port     | : 80   |
        | a Host value with a plus sign before the port | :+80   |
        | a Host value with a space inside the port     | :8 0   |

  @RFC9112-3.2-Host-empty-or-out-of-range-port @MAY
  Rule: RFC 9112 §3.2 Host empty or out of range port
    An empty port or a port beyond 65535 still matches port = *DIGIT, so the server MAY process the request,
    reject it with 400, or treat it as misdirected (421).

    Scenario Outline: <title>
      RFC 9112 §3.3 and RFC 9110 §7.4: an empty port or a port beyond 65535 still matches port = *DIGIT, so
      the server may process the request, reject it with 400, or treat it as misdirected (421).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {hostname}<bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400 or 421
      And allow accepted

      Examples:
        | title                                       | bytes    |
        | a Host value with an empty port             | :        |
        | a Host value with a port above 65535        | :99999   |
        | a Host value with a port with leading zeros | :0{port} |

  @RFC9112-3.2-Host-invalid-IP-literal @MUST
  Rule: RFC 9112 §3.2 Host invalid IP literal
    RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host MUST be written as an IP-literal in square
    brackets.

    Scenario Outline: <title>
      RFC 9112 §3.2 with RFC 3986: an IPv6 address in Host must be written as an IP-literal in square
      brackets; malformed literals are invalid values that must get 400.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400

      Examples:
        | title                                         | bytes       |
        | a Host value with an unclosed bracket         | [::1        |
        | a Host value with an unbracketed IPv6 address | ::1         |
        | a Host value with junk after the bracket      | [::1]x      |
        | a Host value with non-hex IPv6 digits         | [zz::1]     |
        | a Host value with an IPv4 address in brackets | [127.0.0.1] |

  @RFC9112-3.2-Host-comma-list @MUST
  Rule: RFC 9112 §3.2 Host comma list
    Host is a singleton: a value that looks like a combined list and contains a space is invalid and MUST
    get 400.

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

  @RFC9112-3.2-Host-comma-list-without-space @SHOULD
  Rule: RFC 9112 §3.2 Host comma list without space
    A Host value like a,b is a valid reg-name that almost certainly comes from combined duplicates, so it
    SHOULD get 400; serving it as an unknown host is tolerated.

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

  @RFC9110-7.2-Host-valid-forms @MUST
  Rule: RFC 9110 §7.2 Host valid forms
    A host name, IPv4 address or bracketed IPv6 literal, with an optional port, is a valid Host value that a
    server MUST NOT reject as bad syntax.

    @control
    Scenario Outline: <title>
      RFC 9110 §7.2 with RFC 3986: a host name, IPv4 address or bracketed IPv6 literal with an optional port
      is a valid Host value and must not get a syntax 400; an unknown virtual host may still get 404 or 421.
      An unknown virtual host may get 404 or 421, which count as accepted.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                                                      | bytes               |
        | a Host value with a host name and port is syntactically valid              | {hostname}:8080     |
        | a Host value with a bracketed IPv6 literal and port is syntactically valid | [::1]:8080          |
        | a Host value with an IPv4 address is syntactically valid                   | 127.0.0.1           |
        | a Host value with an underscore in a label is syntactically valid          | a_b.example         |
        | a Host value with an A-label is syntactically valid                        | xn--caf-dma.example |
        | a Host value with a trailing dot is syntactically valid                    | localhost.          |

  @RFC9112-3.2-Host-missing-HTTP10 @MAY
  Rule: RFC 9112 §3.2 Host missing HTTP10
    Only HTTP/1.1 requires Host: a server MAY process an HTTP/1.0 request without it using a default
    authority, or reject it.

    Scenario Outline: <title>
      RFC 9112 §3.2 and §3.3: only HTTP/1.1 requires Host; an HTTP/1.0 request without it is processed with a
      default authority, or rejected if the server has none.

      Given the request
        """
        <bytes> {path} HTTP/1.0\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted
      And allow status 400
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

      Examples:
        | title                         | bytes |
        | an HTTP/1.0 GET without Host  | GET   |
        | an HTTP/1.0 HEAD without Host | HEAD  |

  @RFC9112-3.2-Host-checks-apply-with-absolute-form @SHOULD
  Rule: RFC 9112 §3.2 Host checks apply with absolute form
    The Host requirements (present, single, valid) are stated for every request, so even with an
    absolute-form target a missing, duplicate or invalid Host SHOULD get 400.

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
  Rule: RFC 9112 §3.3 empty authority
    An empty Host value is syntactically valid; a server MAY reject the request or apply a configured
    default authority.

    Scenario Outline: <title>
      RFC 9112 §3.3 and §3.2: an empty Host value is syntactically valid (the client had no authority); a
      server either rejects the request or applies a configured default authority.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host<bytes>\n
        \r\n
        """
      When the request is sent
      Then expect status 400
      And allow accepted

      Examples:
        | title                        | bytes |
        | an empty Host value          | :\r   |
        | a Host value of only a space | : \r  |
