@responses
Feature: What servers send back: response syntax
  Every response is checked with a strict response parser: the status-line, the field lines, and the framing
  rules for HEAD, 1xx, 204 and HTTP/1.0 clients. The well-formed clause applies those checks to all
  responses of the scenario, including error responses that reflect request input.

  @RFC9112-4-status-line-syntax @MUST
  Rule: RFC 9112 §4 status line syntax
    A server MUST send a status-line of HTTP-version, SP, a three-digit code, SP and an optional reason
    phrase, with the SP after the code even when the reason phrase is empty.

    Scenario Outline: <title>
      RFC 9112 §4 and RFC 9110 §2.2: a status-line is HTTP-version, SP, a three-digit code, SP and an optional
      reason phrase; the SP after the code is sent even with no reason phrase.

      Given the request
        """
        <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered

      Examples:
        | title                                                | bytes                         |
        | the status-line of a normal response                 | GET {path}                    |
        | the status-line of a HEAD response                   | HEAD {path}                   |
        | the status-line of a response for a missing resource | GET /h1proof-no-such-resource |
        | the status-line of a response to an unknown method   | FOO {path}                    |

    Scenario: the status-line of a 400 response
      RFC 9112 §4 and RFC 9110 §2.2: a status-line is HTTP-version, SP, a three-digit code, SP and an optional
      reason phrase; the SP after the code is sent even with no reason phrase. The 400 is provoked with an
      empty Content-Length, which every server must reject (RFC 9112 §6.3).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, well-formed
      And precondition status 400

  @RFC9110-2.2-response-header-section-grammar @MUST
  Rule: RFC 9110 §2.2 response header section grammar
    A server MUST not generate invalid field lines (no bare CR or LF, no obs-fold, no whitespace before a
    colon), which matters most where error pages or redirects reflect request input.

    Scenario Outline: <title>
      RFC 9110 §2.2, RFC 9112 §2.2, §5.2 and §11.1: a server must not generate invalid field lines (no bare CR
      or LF, no obs-fold, no whitespace before a colon), which matters most where error pages or redirects
      reflect request input. The decoded CR and LF must not reach the response header section.

      Given the request
        """
        GET /<bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered

      Examples:
        | title                                                                    | bytes                   |
        | a response to a target with an encoded CRLF and Set-Cookie in the path   | %0d%0aSet-Cookie:%20x=1 |
        | a response to a target with an encoded CRLF in a redirect parameter      | redirect?to=%0d%0aX:1   |
        | a response to a target with an encoded lone LF and field in the path     | %0aX-Injected:%201      |
        | a response to a target with an encoded empty line and markup in the path | %0D%0A%0D%0A%3Chtml%3E  |

    Scenario: a 400 response to a malformed field line
      RFC 9110 §2.2, RFC 9112 §2.2, §5.2 and §11.1: a server must not generate invalid field lines (no bare CR
      or LF, no obs-fold, no whitespace before a colon), which matters most where error pages or redirects
      reflect request input. The field line here is an empty Content-Length, which every server must answer
      with 400 (RFC 9112 §6.3).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, well-formed
      And precondition status 400

  @RFC9112-6.1-no-TE-or-CL-in-1xx-and-204 @MUST
  Rule: RFC 9112 §6.1 no TE or CL in 1xx and 204
    A server MUST not send Transfer-Encoding or Content-Length in a 1xx or 204 response, and such responses
    have no body.

    Scenario: the response to OPTIONS asterisk
      RFC 9112 §6.1 and RFC 9110 §8.6: a server must not send Transfer-Encoding or Content-Length in a 1xx or
      204 response, and such responses have no body. Judged only when the server answers 204; another
      answer leaves the rule unexercised (INCONCLUSIVE).

      Given the request
        """
        OPTIONS * HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 204, well-formed
      And precondition status 204

    Scenario: the response to DELETE of a missing resource
      RFC 9112 §6.1 and RFC 9110 §8.6: a server must not send Transfer-Encoding or Content-Length in a 1xx or
      204 response, and such responses have no body. Judged only when the server answers 204 (as the
      reference server does for DELETE); another answer leaves the rule unexercised (INCONCLUSIVE).

      Given the request
        """
        DELETE /h1proof-no-such-resource HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 204, well-formed
      And precondition status 204

    Scenario: the 100 Continue interim response
      RFC 9112 §6.1 and RFC 9110 §8.6: a server must not send Transfer-Encoding or Content-Length in a 1xx or
      204 response, and such responses have no body. Judged only when the server sends a 100.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Expect: 100-continue\r\n
        \r\n
        {await}
        hello
        """
      When the request is sent
      Then expect interim 100 then answered, well-formed
      And precondition interim 100 then answered

  @RFC9112-6.2-no-CL-with-TE-in-response @MUST
  Rule: RFC 9112 §6.2 no CL with TE in response
    A sender MUST not send Content-Length in a message that has Transfer-Encoding.

    Scenario: a normal GET response
      RFC 9112 §6.2: a sender must not send Content-Length in a message that has Transfer-Encoding.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered

    Scenario Outline: <title>
      RFC 9112 §6.2: a sender must not send Content-Length in a message that has Transfer-Encoding.

      Given the request
        """
        POST <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                 | bytes  |
        | the response to a chunked upload      | {path} |
        | the echo response to a chunked upload | {echo} |

  @RFC9112-6.1-no-TE-in-response-to-HTTP10 @MUST
  Rule: RFC 9112 §6.1 no TE in response to HTTP10
    A server MUST not send a response with Transfer-Encoding unless the request indicated HTTP/1.1 or later.

    Scenario Outline: <title>
      RFC 9112 §6.1: a server must not send a response with Transfer-Encoding unless the request indicated
      HTTP/1.1 or later; responses to HTTP/1.0 are Content-Length- or close-delimited.

      Given the request
        """
        GET <bytes> HTTP/1.0\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

      Examples:
        | title                                                     | bytes  |
        | the response to an HTTP/1.0 GET                           | {path} |
        | the response to an HTTP/1.0 request for the echo endpoint | {echo} |

    Scenario: the response to an HTTP/1.0 keep-alive GET
      RFC 9112 §6.1: a server must not send a response with Transfer-Encoding unless the request indicated
      HTTP/1.1 or later; responses to HTTP/1.0 are Content-Length- or close-delimited.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: keep-alive\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9112-6.3-self-delimited-responses @SHOULD
  Rule: RFC 9112 §6.3 self delimited responses
    A server SHOULD frame responses by Content-Length or chunked whenever it can, since a persistent
    connection needs self-delimited messages.

    Scenario Outline: <title>
      RFC 9112 §6.3 and §9.3: a server should frame responses by Content-Length or chunked whenever it can,
      since a persistent connection needs self-delimited messages.

      Given the request
        """
        GET <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect answered, well-formed
      And precondition answered

      Examples:
        | title                                        | bytes                     |
        | a normal response on a persistent connection | {path}                    |
        | an error response on a persistent connection | /h1proof-no-such-resource |

  @RFC9110-6.2-response-version @MUST
  Rule: RFC 9110 §6.2 response version
    A server MUST NOT send a protocol version it does not conform to, and answers an HTTP/1.1 request as
    HTTP/1.1.

    Scenario: the version of the response to an HTTP/1.1 request
      RFC 9110 §6.2: a server never sends a protocol version it does not conform to, and should answer with
      the highest version it supports whose major version does not exceed the request's, i.e. HTTP/1.1.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered

    Scenario: the version of the response to an HTTP/1.0 request
      RFC 9110 §6.2: a server never sends a protocol version it does not conform to, and should answer with
      the highest version it supports whose major version does not exceed the request's, i.e. HTTP/1.1. An
      HTTP/1.1 status-line is preferred; an HTTP/1.0 one is a tolerated downgrade.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: the version of the response to an HTTP/1.2 request
      RFC 9110 §6.2: a server never sends a protocol version it does not conform to, and should answer with
      the highest version it supports whose major version does not exceed the request's, i.e. HTTP/1.1. The
      server must not claim HTTP/1.2.

      Given the request
        """
        GET {path} HTTP/1.2\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect answered, well-formed
      And precondition answered

  @RFC9110-9.3.2-HEAD-response-has-no-content @MUST
  Rule: RFC 9110 §9.3.2 HEAD response has no content
    A response to HEAD MUST end at the empty line after its header section, whatever Content-Length or
    Transfer-Encoding it announces.

    Scenario: HEAD then GET pipelined
      RFC 9110 §9.3.2 and RFC 9112 §6.3: a response to HEAD ends at the empty line after its header section,
      whatever Content-Length or Transfer-Encoding it announces, so a GET pipelined behind it is answered
      right after that empty line. Body octets after the HEAD response would corrupt the GET response.

      Given the request
        """
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, connection open, well-formed

    Scenario: HEAD of a missing resource then GET
      RFC 9110 §9.3.2 and RFC 9112 §6.3: a response to HEAD ends at the empty line after its header section,
      whatever Content-Length or Transfer-Encoding it announces, so a GET pipelined behind it is answered
      right after that empty line.

      Given the request
        """
        HEAD /h1proof-no-such-resource HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, connection open, well-formed

    Scenario: two HEADs then GET pipelined
      RFC 9110 §9.3.2 and RFC 9112 §6.3: a response to HEAD ends at the empty line after its header section,
      whatever Content-Length or Transfer-Encoding it announces, so a GET pipelined behind it is answered
      right after that empty line.

      Given the request
        """
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted then accepted, connection open, well-formed

  @RFC9110-8.6-HEAD-and-304-Content-Length-consistent @MUST
  Rule: RFC 9110 §8.6 HEAD and 304 Content Length consistent
    A server MUST not send a Content-Length in a HEAD response unless it is the length the same GET would
    have sent.

    Scenario: a Content-Length in a HEAD response equals the GET content length
      RFC 9110 §8.6 and §9.3.2: a server must not send a Content-Length in a HEAD response unless it is the
      length the same GET would have sent. A HEAD and a GET for the same target are pipelined and the HEAD
      response's Content-Length, if any, is compared with the GET response's content.

      Given the request
        """
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, head consistent
      And allow accepted, connection closed
