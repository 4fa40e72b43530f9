@section-2.3
Feature: RFC 9112 §2.3 HTTP version
  The HTTP-version in the request-line is the case-sensitive name HTTP, a slash and two single digits around
  a dot. RFC 9110 §6.2 says how a server treats other major and minor versions.

  @RFC9112-2.3-HTTP-name-case-sensitive @SHOULD
  Rule: RFC 9112 §2.3 HTTP name case sensitive
    The HTTP-version name is exactly the upper-case octets HTTP; any other spelling is a grammar violation
    that SHOULD get 400.

    Scenario Outline: <title>
      RFC 9112 §2.3: the HTTP-version is case-sensitive and its name is exactly the upper-case octets HTTP;
      any other spelling does not match the grammar and should get 400. Treating it as HTTP/1.1 is tolerated;
      an HTTP/0.9 style answer is not.

      Given the request
        """
        GET {path} <bytes>/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow status 505
      And allow no response, connection closed
      And allow accepted

      Examples:
        | title                                 | bytes |
        | the version http/1.1 is not HTTP/1.1  | http  |
        | the version Http/1.1 is not HTTP/1.1  | Http  |
        | the version HTTPS/1.1 is not HTTP/1.1 | HTTPS |
        | the version hTTP/1.1 is not HTTP/1.1  | hTTP  |

  @RFC9112-2.3-version-digit-format @SHOULD
  Rule: RFC 9112 §2.3 version digit format
    An HTTP-version is HTTP/ followed by exactly one digit, a dot and one digit; any other shape is a
    grammar violation that SHOULD get 400.

    Scenario Outline: <title>
      RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
      grammar violation that should get 400.

      Given the request
        """
        GET {path} HTTP<bytes>\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow status 505
      And allow no response, connection closed

      Examples:
        | title                                        | bytes  |
        | the malformed version HTTP/1.10 is rejected  | /1.10  |
        | the malformed version HTTP/01.1 is rejected  | /01.1  |
        | the malformed version HTTP/1 is rejected     | /1     |
        | the malformed version HTTP/1. is rejected    | /1.    |
        | the malformed version HTTP/.1 is rejected    | /.1    |
        | the malformed version HTTP/1.1.1 is rejected | /1.1.1 |
        | the malformed version HTTP/11 is rejected    | /11    |
        | the malformed version HTTP/1.a is rejected   | /1.a   |
        | the malformed version HTTP/1,1 is rejected   | /1,1   |
        | the malformed version HTTP/ is rejected      | /      |

  @RFC9112-2.3-version-internal-whitespace @SHOULD
  Rule: RFC 9112 §2.3 version internal whitespace
    Whitespace inside the HTTP-version makes the request-line invalid, which SHOULD get 400.

    Scenario Outline: <title>
      RFC 9112 §2.3 and §3: whitespace inside the HTTP-version is not allowed; even lenient word splitting
      then sees too many words, so the request-line is invalid and should get 400.

      Given the request
        """
        GET {path} <bytes>\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow status 505
      And allow no response, connection closed

      Examples:
        | title                                               | bytes     |
        | a space after the slash of the version is rejected  | HTTP/ 1.1 |
        | a space before the slash of the version is rejected | HTTP /1.1 |
        | a space before the dot of the version is rejected   | HTTP/1 .1 |
        | a space after the dot of the version is rejected    | HTTP/1. 1 |

  @RFC9110-6.2-unsupported-major-version-505 @MAY
  Rule: RFC 9110 §6.2 unsupported major version 505
    A server MAY refuse a major version it does not support with 505 (HTTP Version Not Supported); 400 is
    also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.

    Scenario Outline: <title>
      RFC 9110 §6.2 and §15.6.6: a server may refuse a major version it does not support with 505 (HTTP
      Version Not Supported); 400 is also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.

      Given the request
        """
        GET {path} HTTP/<bytes>\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 505
      And allow status 400
      And allow accepted

      Examples:
        | title                                    | bytes |
        | the major version in HTTP/2.0 is refused | 2.0   |
        | the major version in HTTP/3.0 is refused | 3.0   |
        | the major version in HTTP/9.9 is refused | 9.9   |

    Scenario: major version zero in a request-line with fields
      RFC 9110 §6.2 and §15.6.6: a server may refuse a major version it does not support with 505 (HTTP
      Version Not Supported); 400 is also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.
      RFC 9112 Appendix C.1 discourages HTTP/0.9 support.

      Given the request
        """
        GET {path} HTTP/0.9\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 505
      And allow status 400
      And allow accepted

    Scenario: the HTTP/2 connection preface on an HTTP/1.1 port
      RFC 9110 §6.2 and §15.6.6: a server may refuse a major version it does not support with 505 (HTTP
      Version Not Supported); 400 is also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.
      A server without cleartext HTTP/2 may answer 505 or 400, or simply close; one with it answers with its
      SETTINGS frame (prior knowledge, RFC 9113 §3.3).

      Given the request
        """
        PRI * HTTP/2.0\r\n
        \r\n
        SM\r\n
        \r\n
        """
      When the request is sent
      Then expect status 505
      And expect http2 answer
      And allow status 400
      And allow accepted
      And allow no response, connection closed
      And allow answered then rejected

  @RFC9110-6.2-higher-minor-version @SHOULD
  Rule: RFC 9110 §6.2 higher minor version
    A request with the same major version and a higher minor version SHOULD be handled as the highest minor
    version the server implements, here HTTP/1.1.

    @control
    Scenario Outline: <title>
      RFC 9110 §6.2: a request with the same major version and a higher minor version should be handled as the
      highest minor version the server implements, here HTTP/1.1. A 505 would be wrong here because it is
      about the major version.

      Given the request
        """
        GET {path} HTTP/<bytes>\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow status 400
      And allow status 505
      And allow accepted, connection closed

      Examples:
        | title                           | bytes |
        | HTTP/1.2 is handled as HTTP/1.1 | 1.2   |
        | HTTP/1.9 is handled as HTTP/1.1 | 1.9   |

  @RFC9112-2.3-HTTP10-request-accepted @SHOULD
  Rule: RFC 9112 §2.3 HTTP10 request accepted
    An HTTP/1.0 request is a valid HTTP/1.x message that a server SHOULD process normally.

    @control
    Scenario Outline: <title>
      RFC 9112 §2.3 and §9.3: an HTTP/1.0 request is still a valid HTTP/1.x message and is processed normally;
      without keep-alive the connection may close after the response.

      Given the request
        """
        <bytes> {path} HTTP/1.0\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted

      Examples:
        | title                                   | bytes |
        | an HTTP/1.0 GET with Host is processed  | GET   |
        | an HTTP/1.0 HEAD with Host is processed | HEAD  |

    @control
    Scenario: an HTTP/1.0 POST with a Content-Length body is processed
      RFC 9112 §2.3 and §9.3: an HTTP/1.0 request is still a valid HTTP/1.x message and is processed normally;
      without keep-alive the connection may close after the response.

      Given the request
        """
        POST {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      When the request is sent
      Then expect accepted
