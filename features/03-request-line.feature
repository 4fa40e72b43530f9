@section-3
Feature: RFC 9112 §3 Request line, method and request-target
  A request-line is a method token, one SP, the request-target, one SP and the HTTP-version. The target
  takes one of four forms (origin, absolute, authority, asterisk) and contains no whitespace. Invalid
  request-lines should get 400 (or a 301 to the encoded target), never silent auto-correction.

  @RFC9112-3-separator-leniency @MAY
  Rule: RFC 9112 §3 separator leniency
    The request-line words are separated by one SP, but a recipient MAY instead split on runs of SP, HTAB,
    VT, FF or bare CR.

    Scenario Outline: <title>
      RFC 9112 §3: the request-line parts are separated by exactly one SP; a recipient may instead split on
      runs of SP, HTAB, VT, FF or bare CR. Rejecting is the strict reading, accepting is permitted leniency.

      Given the request
        """
        <bytes>/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, connection open

      Examples:
        | title                                 | bytes                 |
        | two spaces between method and target  | GET  {path} HTTP      |
        | two spaces between target and version | GET {path}  HTTP      |
        | tabs as request-line separators       | GET\t{path}\tHTTP     |
        | VT and FF as request-line separators  | GET\x0b{path}\x0cHTTP |
        | bare CRs as request-line separators   | GET\r{path}\rHTTP     |

  @RFC9112-3-leading-trailing-whitespace-in-request-line @MAY
  Rule: RFC 9112 §3 leading trailing whitespace in request line
    A recipient MAY ignore whitespace before or after the request-line words.

    Scenario Outline: <title>
      RFC 9112 §3: a recipient may ignore whitespace before or after the request-line words; rejecting the
      line with 400 is the strict reading.

      Given the request
        """
        <bytes>\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, connection open

      Examples:
        | title                     | bytes                   |
        | a space before the method | \sGET {path} HTTP/1.1\r |
        | a tab before the method   | \tGET {path} HTTP/1.1\r |
        | a space after the version | GET {path} HTTP/1.1 \r  |
        | a tab after the version   | GET {path} HTTP/1.1\t\r |

  @RFC9112-3-request-line-wrong-word-count @SHOULD
  Rule: RFC 9112 §3 request line wrong word count
    A request-line has exactly three words (method, target, version); anything else is invalid and SHOULD
    get 400.

    Scenario Outline: <title>
      RFC 9112 §3 and §3.2: a request-line has exactly three words (method, target, version); anything else is
      invalid and should be answered with 400.

      Given the request
        """
        <bytes>\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

      Examples:
        | title                                | bytes                     |
        | a request-line with no target        | GET HTTP/1.1              |
        | a request-line with no method        | \s{path} HTTP/1.1         |
        | a request-line with a fourth word    | GET {path} HTTP/1.1 extra |
        | a request-line that is a single word | GET                       |

  @RFC9112-3-HTTP09-style-request @SHOULD
  Rule: RFC 9112 §3 HTTP09 style request
    RFC 9112 §3.2 and Appendix C.1: a request-line without an HTTP-version is not an HTTP/1.1 request line;
    it should get 400 rather than an HTTP/0.9 style answer. An HTTP/0.9 answer (a bare body; its close is
    not waited for) takes the request as the HTTP/0.9 it looks like: a SHOULD not followed, nothing
    misframed (WARN).

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
  Rule: RFC 9112 §3.1 method not a token
    Delimiters, controls, DEL and non-ASCII octets make the request-line invalid, which SHOULD be answered
    with 400.

    Scenario Outline: <title>
      RFC 9112 §3.1: a method is a token (one or more tchar); delimiters, controls, DEL and non-ASCII octets
      make the request-line invalid, which should be answered with 400. A 501 is tolerated but treats a syntax
      error as a merely unknown method.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed
      And allow status 501

      Examples:
        | title                               | bytes      |
        | a method containing a parenthesis   | GE(T       |
        | a method containing a NUL octet     | GET\0      |
        | a method containing UTF-8 octets    | G\xc3\x89T |
        | a method containing a colon         | GE:T       |
        | a method containing a comma         | G,ET       |
        | a method containing a double quote  | GE"T       |
        | a method containing an at-sign      | G@T        |
        | a method containing a brace         | GE\{T      |
        | a method containing a DEL octet     | GE\x7fT    |
        | a method containing a control octet | GE\x01T    |
        | a method containing a slash         | GE/T       |

  @RFC9112-3.1-method-case-sensitive @SHOULD
  Rule: RFC 9112 §3.1 method case sensitive
    Methods are case-sensitive, so a lower-case get is an unknown method that SHOULD get 501 and is never
    served as GET.

    Scenario Outline: <title>
      RFC 9112 §3.1 and RFC 9110 §9.1: methods are case-sensitive, so a lower-case get is an unknown method,
      not GET; it should get 501 and must not be served as GET. A normal GET response fails.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 501
      And allow status 405 or 400

      Examples:
        | title                     | bytes |
        | the method get is not GET | get   |
        | the method Get is not GET | Get   |
        | the method gEt is not GET | gEt   |

  @RFC9112-3-overlong-method-501 @SHOULD
  Rule: RFC 9112 §3 overlong method 501
    A method longer than any the server implements SHOULD be answered with 501 (Not Implemented).

    Scenario Outline: <title>
      RFC 9112 §3: a method longer than any the server implements should be answered with 501 (Not
      Implemented).

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 501
      And allow status 400
      And allow status 414 or 431
      And allow no response, connection closed

      Examples:
        | title                                  | bytes                    |
        | a 100000-octet method                  | {repeat:100000:A}        |
        | a 24-octet method made of repeated GET | GETGETGETGETGETGETGETGET |
        | a 1000-octet method                    | {repeat:1000:X}          |

  @RFC9112-3.2-whitespace-in-target @SHOULD
  Rule: RFC 9112 §3.2 whitespace in target
    Such a request-line is invalid and SHOULD get 400 or a 301 to the properly encoded target, not silent
    auto-correction.

    Scenario Outline: <title>
      RFC 9112 §3.2: the request-target contains no whitespace; such a request-line is invalid and should get
      400 or a 301 to the properly encoded target, not silent auto-correction. Auto-correcting to an encoded
      target without a redirect is tolerated but not preferred.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And expect status 301
      And allow status 400
      And allow accepted
      And allow no response, connection closed

      Examples:
        | title                                      | bytes      |
        | a space inside the target                  | a b        |
        | a tab inside the target                    | a\tb       |
        | a target followed by an extra version word | a HTTP/1.1 |
        | a VT inside the target                     | a\x0bb     |
        | an FF inside the target                    | a\x0cb     |

    @seed @seed-path
    Scenario: seed comparison, SP and HTAB in the path
      RFC 9112 §3.2: whitespace never belongs in a request-target; the request-line is invalid and should get
      400 or a 301. Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello{each:whitespace} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And expect status 301
      And allow status 400
      And allow accepted
      And allow no response, connection closed

    @seed @seed-query
    Scenario: seed comparison, SP and HTAB in the query
      RFC 9112 §3.2: whitespace never belongs in a request-target; the request-line is invalid and should get
      400 or a 301. Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello?{each:whitespace} HTTP/1.1\r\n
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
  Rule: RFC 9112 §3.2 disallowed octets in target
    Octets outside the target grammar (quote marks, angle brackets, backslash, braces, caret, backquote, raw
    non-ASCII) make the request invalid, and the server SHOULD answer 400 or 301 rather than auto-correct.

    Scenario Outline: <title>
      RFC 9112 §3.2.1 with RFC 3986: origin-form allows only pchar, / and ?; other printable delimiters and
      raw octets above 0x7F must be percent-encoded. The server should answer 400 or 301 rather than
      auto-correct.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And expect status 301
      And allow status 400
      And allow accepted
      And allow no response, connection closed

      Examples:
        | title                                | bytes       |
        | a target containing a double quote   | a"b         |
        | a target containing angle brackets   | <x>         |
        | a target containing raw UTF-8 octets | caf\xc3\xa9 |
        | a target containing a backslash      | a\\\b       |
        | a target containing braces           | a\{b\}      |
        | a target containing a pipe           | a\|b        |
        | a target containing the octet FF     | \xff        |
        | a target containing a caret          | a^b         |
        | a target containing a backquote      | a`b         |
        | a target containing square brackets  | a[b]        |

    @seed @seed-path
    Scenario: seed comparison, each printable or high octet outside the path grammar
      RFC 9112 §3.2 with RFC 3986 §3.3 and §3.4: octets that no part of a path or query allows make the
      request-line invalid, which should get 400 or a 301.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello{each:not-uri-char} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And expect status 301
      And allow status 400
      And allow accepted
      And allow no response, connection closed

    @seed @seed-query
    Scenario: seed comparison, each printable or high octet outside the query grammar
      RFC 9112 §3.2 with RFC 3986 §3.3 and §3.4: octets that no part of a path or query allows make the
      request-line invalid, which should get 400 or a 301.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello?{each:not-uri-char} HTTP/1.1\r\n
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
  Rule: RFC 9112 §3.2 CTL or NUL in target
    Control octets, NUL and DEL never appear in a request-target, so the request-line is invalid and SHOULD
    get 400 followed by a close.

    Scenario Outline: <title>
      RFC 9112 §3.2 and §2.2: control octets, NUL and DEL never appear in a request-target, so the
      request-line is invalid and should get 400 followed by a close.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

      Examples:
        | title                                    | bytes    |
        | a target containing a NUL octet          | a\0b     |
        | a target containing the control octet 01 | a\x01    |
        | a target containing a DEL octet          | a\x7f    |
        | a target containing an ESC octet         | a\x1b[0m |
        | a target containing a backspace octet    | a\x08    |

    @seed @seed-path
    Scenario: seed comparison, each control octet but HTAB in the path
      RFC 9112 §3.2 and §2.2: no control octet belongs in a request-target; CR and LF included, they break
      the request-line, which should get 400.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello{each:ctl-but-htab} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

    @seed @seed-query
    Scenario: seed comparison, each control octet but HTAB in the query
      RFC 9112 §3.2 and §2.2: no control octet belongs in a request-target; CR and LF included, they break
      the request-line, which should get 400.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello?{each:ctl-but-htab} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

  @RFC9112-3.2-fragment-or-bad-percent-encoding @SHOULD
  Rule: RFC 9112 §3.2 fragment or bad percent encoding
    A request-target carries no fragment and only well-formed percent-encodings; otherwise the request-line
    is invalid and SHOULD get 400.

    Scenario Outline: <title>
      RFC 9112 §3.2 and §3.2.1: a request-target carries no fragment, and every percent sign starts two hex
      digits; otherwise the request-line is invalid and should get 400. Dropping the fragment or decoding
      leniently is tolerated but not preferred.

      Given the request
        """
        GET <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted
      And allow no response, connection closed

      Examples:
        | title                                       | bytes             |
        | a target with a fragment                    | /a#b              |
        | a target with non-hex percent digits        | /%zz              |
        | a target with a single percent digit        | /%4               |
        | a target with a trailing percent sign       | /a%               |
        | a target with a fragment in absolute-form   | http://{host}/x#y |
        | a target with a percent sign followed by g0 | /%g0              |

    @seed @seed-path
    Scenario: seed comparison, a fragment mark or a lone percent sign in the path
      RFC 9112 §3.2 and RFC 3986 §2.1: a request-target has no fragment, and a percent sign starts two hex
      digits; otherwise the request-line is invalid and should get 400.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello{each:hash-percent} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted
      And allow no response, connection closed

    @seed @seed-pct-path
    Scenario: seed comparison, each invalid two-octet percent-encoding in the path
      RFC 9112 §3.2 and RFC 3986 §2.1: "%" is followed by two hex digits; any other pair makes the
      request-line invalid, which should get 400. Seed comparison (issue 14), one request per pair.

      Given the request
        """
        GET /hello%{each:bad-pct-pair} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted
      And allow no response, connection closed

    @seed @seed-query
    Scenario: seed comparison, a fragment mark or a lone percent sign in the query
      RFC 9112 §3.2 and RFC 3986 §2.1: a request-target has no fragment, and a percent sign starts two hex
      digits; otherwise the request-line is invalid and should get 400.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello?{each:hash-percent} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted
      And allow no response, connection closed

    @seed @seed-pct-query
    Scenario: seed comparison, each invalid two-octet percent-encoding in the query
      RFC 9112 §3.2 and RFC 3986 §2.1: "%" is followed by two hex digits; any other pair makes the
      request-line invalid, which should get 400. Seed comparison (issue 14), one request per pair.

      Given the request
        """
        GET /hello?%{each:bad-pct-pair} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted
      And allow no response, connection closed

  @RFC9112-3.2.1-origin-form-must-start-with-slash @SHOULD
  Rule: RFC 9112 §3.2.1 origin form must start with slash
    An origin-form target starts with a slash; a target that starts otherwise is invalid and the server
    SHOULD answer 400.

    Scenario Outline: <title>
      RFC 9112 §3.2: a target that matches none of origin-form, absolute-form, authority-form or asterisk-form
      makes the request-line invalid; origin-form always starts with a slash. The server should answer 400.

      Given the request
        """
        GET <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow no response, connection closed

      Examples:
        | title                            | bytes      |
        | a target that is a relative path | a/b        |
        | a target that is a bare query    | ?q=1       |
        | a target that is two dots        | ..         |
        | a target that is a file name     | index.html |

  @RFC9112-3.2.1-origin-form-legal-characters @SHOULD
  Rule: RFC 9112 §3.2.1 origin form legal characters
    Unreserved characters, sub-delims, colon, at-sign, slash, question mark and well-formed
    percent-encodings are legal in origin-form and SHOULD never be rejected as bad syntax.

    @control
    Scenario Outline: <title>
      RFC 9112 §3.2.1 with RFC 3986: unreserved characters, sub-delims, colon, at-sign, slash, question mark
      and well-formed percent-encodings are all legal in origin-form and must not be rejected as bad syntax.
      The resource may not exist; any status except a syntax rejection passes.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                                          | bytes                        |
        | a target with every legal punctuation character is valid       | a-._~!$&'()*+,;=:@/%20?x=/?y |
        | a target with a double slash is valid                          | /double                      |
        | a target with percent-encoded letters is valid                 | %41%42                       |
        | a target with an empty query is valid                          | ?                            |
        | a target with question marks and slashes in the query is valid | a?b?c/d                      |

  @RFC9112-3.2.2-absolute-form-accepted @MUST
  Rule: RFC 9112 §3.2.2 absolute form accepted
    A server MUST accept the absolute-form of request-target even though clients send it mainly to proxies.

    @control
    Scenario Outline: <title>
      RFC 9112 §3.2.2: a server must accept the absolute-form of request-target even though clients send it
      mainly to proxies; an empty path means / and the scheme is case-insensitive.

      Given the request
        """
        GET <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                                     | bytes                          |
        | an absolute-form target is accepted                       | http://{host}{path}            |
        | an absolute-form target with an empty path is accepted    | http://{host}                  |
        | an upper-case scheme is accepted                          | HTTP://{host}{path}            |
        | an absolute-form target with an explicit port is accepted | http://{hostname}:{port}{path} |
        | an absolute-form target with a query is accepted          | http://{host}{path}?q=1        |

  @RFC9112-3.2.2-absolute-form-overrides-Host @MUST
  Rule: RFC 9112 §3.2.2 absolute form overrides Host
    With an absolute-form target an origin server ignores the Host field value and takes the authority from
    the target, so a differing Host MUST not by itself cause a 400.

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
  Rule: RFC 9110 §4.2.1 http URI with empty host
    An http or https URI with an empty host is invalid and a recipient that processes one MUST reject it.

    Scenario Outline: <title>
      RFC 9110 §4.2.1: an http or https URI with an empty host is invalid and a recipient that processes one
      must reject it.

      Given the request
        """
        GET http:/<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow status 421

      Examples:
        | title                                                     | bytes |
        | an http target with an empty authority is rejected        | //x   |
        | an http target with a port but no host is rejected        | /:80/ |
        | an http target with nothing after the slashes is rejected | /     |

  @RFC9110-4.2.4-userinfo-in-target @SHOULD
  Rule: RFC 9110 §4.2.4 userinfo in target
    Senders must not put userinfo in http(s) URIs, and a recipient SHOULD treat userinfo in a URI from an
    untrusted source as an error.

    Scenario Outline: <title>
      RFC 9110 §4.2.4: senders must not put userinfo in http(s) URIs, and a recipient should treat userinfo in
      a URI from an untrusted source as an error.

      Given the request
        """
        GET http://<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400
      And allow accepted

      Examples:
        | title                                          | bytes                |
        | an absolute-form target with user and password | user:pw@{host}{path} |
        | an absolute-form target with a user name       | evil@{host}{path}    |
        | an absolute-form target with an empty userinfo | @{host}{path}        |

  @RFC9110-7.4-https-target-over-cleartext @MUST
  Rule: RFC 9110 §7.4 https target over cleartext
    An origin server MUST reject a request for an https target that did not arrive over a connection secured
    for that origin, typically with 421 (Misdirected Request).

    @cleartext
    Scenario Outline: <title>
      RFC 9110 §7.4: an origin server must reject a request for an https target that did not arrive over a
      connection secured for that origin, typically with 421 (Misdirected Request). Meaningful only when the
      target is reached over cleartext TCP with no trusted gateway in front.

      Given the request
        """
        GET <bytes>://{host}{path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 421
      And expect status 400 or 403

      Examples:
        | title                                                 | bytes |
        | an https target over cleartext is rejected            | https |
        | an upper-case https target over cleartext is rejected | HTTPS |

  @RFC9112-3.2.3-authority-form-only-for-CONNECT @SHOULD
  Rule: RFC 9112 §3.2.3 authority form only for CONNECT
    The authority-form is only for CONNECT; with any other method the request-line is invalid and SHOULD get
    400.

    Scenario Outline: <title>
      RFC 9112 §3.2.3 and RFC 9110 §7.1: authority-form (host:port) is used only with CONNECT; with any other
      method the request-line is invalid and should get 400. An IPv4 literal is used so the target cannot
      parse as an absolute-URI.

      Given the request
        """
        <bytes>:80 HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow status 403 or 404 or 405 or 421

      Examples:
        | title                                            | bytes         |
        | GET with an authority-form target                | GET 127.0.0.1 |
        | HEAD with a bracketed IPv6 authority-form target | HEAD [::1]    |

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

  @RFC9110-9.3.6-CONNECT-empty-or-invalid-port @MUST
  Rule: RFC 9110 §9.3.6 CONNECT empty or invalid port
    A server MUST reject a CONNECT whose target has an empty or invalid port, usually with 400.

    Scenario Outline: <title>
      RFC 9110 §9.3.6: a server must reject a CONNECT whose target has an empty or invalid port, usually with
      400; a server without CONNECT support rejects it with 405 or 501. Any other answer that is not 2xx
      (no tunnel is formed, §9.3.6), a close without a response included, conforms too ("typically",
      WARN); any 2xx fails.

      Given the request
        """
        CONNECT <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400
      And expect status 405 or 501
      And allow no response, connection closed
      And allow rejected
      And allow refused

      Examples:
        | title                                       | bytes            |
        | CONNECT with no port is rejected            | {hostname}       |
        | CONNECT with an empty port is rejected      | {hostname}:      |
        | CONNECT with a non-numeric port is rejected | {hostname}:xyz   |
        | CONNECT with a negative port is rejected    | {hostname}:-1    |
        | CONNECT with a port above 65535 is rejected | {hostname}:99999 |

  @RFC9112-3.2.3-CONNECT-with-non-authority-target @SHOULD
  Rule: RFC 9112 §3.2.3 CONNECT with non authority target
    A CONNECT target is authority-form (host and port); any other target makes the request invalid and
    SHOULD get 400.

    Scenario Outline: <title>
      RFC 9112 §3.2.3: CONNECT takes only authority-form; any other target makes the request-line invalid and
      should get 400.

      Given the request
        """
        CONNECT <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400
      And allow status 405 or 501

      Examples:
        | title                                | bytes                 |
        | CONNECT with an origin-form target   | {path}                |
        | CONNECT with an absolute-form target | http://{hostname}:80/ |
        | CONNECT with an asterisk target      | *                     |

  @RFC9112-3.2.4-asterisk-only-for-OPTIONS @SHOULD
  Rule: RFC 9112 §3.2.4 asterisk only for OPTIONS
    The asterisk-form is only for OPTIONS; with any other method the request is invalid and SHOULD get 400,
    never be served as /.

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

    Scenario Outline: <title>
      RFC 9112 §3.2.4 and RFC 9110 §7.1: asterisk-form is only for a server-wide OPTIONS; with any other
      method the request is invalid and should get 400, never be served as /.

      Given the request
        """
        <bytes> * HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400
      And allow status 404 or 405

      Examples:
        | title                          | bytes  |
        | HEAD with an asterisk target   | HEAD   |
        | DELETE with an asterisk target | DELETE |

  @RFC9112-3.2.4-OPTIONS-asterisk-accepted @SHOULD
  Rule: RFC 9112 §3.2.4 OPTIONS asterisk accepted
    OPTIONS * asks about the server as a whole; a server SHOULD process it as a valid request (501 when it
    does not implement OPTIONS).

    @control
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

    @control
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
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9112-3-target-too-long-414 @MUST
  Rule: RFC 9112 §3 target too long 414
    A server that refuses a request-target because it is longer than it is willing to parse MUST answer 414
    (URI Too Long), not 400, 431 or a silent close.

    Scenario Outline: <title>
      RFC 9112 §3: a server that refuses a request-target because it is longer than it is willing to parse
      must answer 414 (URI Too Long), not 400, 431 or a silent close; a server that parses it answers
      normally.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 414
      And expect accepted, connection open

      Examples:
        | title                    | bytes               |
        | a 100000-octet path      | {repeat:100000:a}   |
        | a one-mebibyte query     | ?{repeat:1048576:q} |
        | a path of 65536 segments | {repeat:65536:a/}   |

  @RFC9112-3-request-line-8000-octets @SHOULD
  Rule: RFC 9112 §3 request line 8000 octets
    Recipients SHOULD support request-lines of at least 8000 octets.

    @control
    Scenario Outline: <title>
      RFC 9112 §3 and RFC 9110 §4.1: recipients are recommended to support request-lines of at least 8000
      octets.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow status 414
      And allow accepted, connection closed

      Examples:
        | title                                                 | bytes              |
        | a request-line of about 8000 octets with a long path  | {repeat:7980:a}    |
        | a request-line of about 8000 octets with a long query | ?q={repeat:7976:b} |
