@section-2.3
Feature: RFC 9112 §2.3 HTTP version
  The HTTP-version in the request-line is the case-sensitive name HTTP, a slash and two single digits around
  a dot. RFC 9110 §6.2 says how a server treats other major and minor versions.

  @RFC9112-2.3-HTTP-name-case-sensitive @SHOULD
  Scenario: the version http/1.1 is not HTTP/1.1
    RFC 9112 §2.3: the HTTP-version is case-sensitive and its name is exactly the upper-case octets HTTP;
    any other spelling does not match the grammar and should get 400. Treating it as HTTP/1.1 is tolerated;
    an HTTP/0.9 style answer is not.

    Given the request
      """
      GET {path} http/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed
    And allow accepted

  @RFC9112-2.3-HTTP-name-case-sensitive @SHOULD
  Scenario: the version Http/1.1 is not HTTP/1.1
    RFC 9112 §2.3: the HTTP-version is case-sensitive and its name is exactly the upper-case octets HTTP;
    any other spelling does not match the grammar and should get 400. Treating it as HTTP/1.1 is tolerated;
    an HTTP/0.9 style answer is not.

    Given the request
      """
      GET {path} Http/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed
    And allow accepted

  @RFC9112-2.3-HTTP-name-case-sensitive @SHOULD
  Scenario: the version HTTPS/1.1 is not HTTP/1.1
    RFC 9112 §2.3: the HTTP-version is case-sensitive and its name is exactly the upper-case octets HTTP;
    any other spelling does not match the grammar and should get 400. Treating it as HTTP/1.1 is tolerated;
    an HTTP/0.9 style answer is not.

    Given the request
      """
      GET {path} HTTPS/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed
    And allow accepted

  @RFC9112-2.3-HTTP-name-case-sensitive @SHOULD
  Scenario: the version hTTP/1.1 is not HTTP/1.1
    RFC 9112 §2.3: the HTTP-version is case-sensitive and its name is exactly the upper-case octets HTTP;
    any other spelling does not match the grammar and should get 400. Treating it as HTTP/1.1 is tolerated;
    an HTTP/0.9 style answer is not.

    Given the request
      """
      GET {path} hTTP/1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed
    And allow accepted

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/1.10 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/1.10\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/01.1 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/01.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/1 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/1. is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/1.\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/.1 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/1.1.1 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/1.1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/11 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/11\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/1.a is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/1.a\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/1,1 is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/1,1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-digit-format @SHOULD
  Scenario: the malformed version HTTP/ is rejected
    RFC 9112 §2.3: the version is HTTP, a slash, one digit, a dot and one digit. Any other shape is a
    grammar violation that should get 400.

    Given the request
      """
      GET {path} HTTP/\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-internal-whitespace @SHOULD
  Scenario: a space after the slash of the version is rejected
    RFC 9112 §2.3 and §3: whitespace inside the HTTP-version is not allowed; even lenient word splitting
    then sees too many words, so the request-line is invalid and should get 400.

    Given the request
      """
      GET {path} HTTP/ 1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-internal-whitespace @SHOULD
  Scenario: a space before the slash of the version is rejected
    RFC 9112 §2.3 and §3: whitespace inside the HTTP-version is not allowed; even lenient word splitting
    then sees too many words, so the request-line is invalid and should get 400.

    Given the request
      """
      GET {path} HTTP /1.1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-internal-whitespace @SHOULD
  Scenario: a space before the dot of the version is rejected
    RFC 9112 §2.3 and §3: whitespace inside the HTTP-version is not allowed; even lenient word splitting
    then sees too many words, so the request-line is invalid and should get 400.

    Given the request
      """
      GET {path} HTTP/1 .1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9112-2.3-version-internal-whitespace @SHOULD
  Scenario: a space after the dot of the version is rejected
    RFC 9112 §2.3 and §3: whitespace inside the HTTP-version is not allowed; even lenient word splitting
    then sees too many words, so the request-line is invalid and should get 400.

    Given the request
      """
      GET {path} HTTP/1. 1\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 400, connection closed
    And allow status 400
    And allow status 505
    And allow no response, connection closed

  @RFC9110-6.2-unsupported-major-version-505 @MAY
  Scenario: the major version in HTTP/2.0 is refused
    RFC 9110 §6.2 and §15.6.6: a server may refuse a major version it does not support with 505 (HTTP
    Version Not Supported); 400 is also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.

    Given the request
      """
      GET {path} HTTP/2.0\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 505
    And allow status 400
    And allow accepted

  @RFC9110-6.2-unsupported-major-version-505 @MAY
  Scenario: the major version in HTTP/3.0 is refused
    RFC 9110 §6.2 and §15.6.6: a server may refuse a major version it does not support with 505 (HTTP
    Version Not Supported); 400 is also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.

    Given the request
      """
      GET {path} HTTP/3.0\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 505
    And allow status 400
    And allow accepted

  @RFC9110-6.2-unsupported-major-version-505 @MAY
  Scenario: the major version in HTTP/9.9 is refused
    RFC 9110 §6.2 and §15.6.6: a server may refuse a major version it does not support with 505 (HTTP
    Version Not Supported); 400 is also a refusal, and answering as HTTP/1.1 is tolerated but not preferred.

    Given the request
      """
      GET {path} HTTP/9.9\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect status 505
    And allow status 400
    And allow accepted

  @RFC9110-6.2-unsupported-major-version-505 @MAY
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

  @RFC9110-6.2-unsupported-major-version-505 @MAY
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

  @RFC9110-6.2-higher-minor-version @SHOULD @control
  Scenario: HTTP/1.2 is handled as HTTP/1.1
    RFC 9110 §6.2: a request with the same major version and a higher minor version should be handled as the
    highest minor version the server implements, here HTTP/1.1. A 505 would be wrong here because it is
    about the major version.

    Given the request
      """
      GET {path} HTTP/1.2\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 400
    And allow status 505
    And allow accepted, connection closed

  @RFC9110-6.2-higher-minor-version @SHOULD @control
  Scenario: HTTP/1.9 is handled as HTTP/1.1
    RFC 9110 §6.2: a request with the same major version and a higher minor version should be handled as the
    highest minor version the server implements, here HTTP/1.1. A 505 would be wrong here because it is
    about the major version.

    Given the request
      """
      GET {path} HTTP/1.9\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted, connection open
    And allow status 400
    And allow status 505
    And allow accepted, connection closed

  @RFC9112-2.3-HTTP10-request-accepted @SHOULD @control
  Scenario: an HTTP/1.0 GET with Host is processed
    RFC 9112 §2.3 and §9.3: an HTTP/1.0 request is still a valid HTTP/1.x message and is processed normally;
    without keep-alive the connection may close after the response.

    Given the request
      """
      GET {path} HTTP/1.0\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted

  @RFC9112-2.3-HTTP10-request-accepted @SHOULD @control
  Scenario: an HTTP/1.0 HEAD with Host is processed
    RFC 9112 §2.3 and §9.3: an HTTP/1.0 request is still a valid HTTP/1.x message and is processed normally;
    without keep-alive the connection may close after the response.

    Given the request
      """
      HEAD {path} HTTP/1.0\r\n
      Host: {host}\r\n
      \r\n
      """
    When the request is sent
    Then expect accepted

  @RFC9112-2.3-HTTP10-request-accepted @SHOULD @control
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
