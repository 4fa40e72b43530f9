@rfc9110-9
Feature: RFC 9110 methods, Expect: 100-continue and Upgrade
  Unknown methods get 501 and GET and HEAD are always supported. A 100-continue expectation on an HTTP/1.1
  request with content is answered promptly with 100 or a final status, and ignored for HTTP/1.0. A server
  never switches to a protocol the client did not offer.

  @RFC9110-9.1-unknown-method-501 @SHOULD
  Rule: RFC 9110 §9.1 unknown method 501
    A server SHOULD answer an unrecognised method with 501 (Not Implemented), and a recognised method that
    the resource does not allow with 405.

    Scenario Outline: <title>
      RFC 9110 §9.1: a server should answer an unrecognised method with 501 (Not Implemented), and a
      recognised method that the resource does not allow with 405. A 405 is meant for methods the server
      knows.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 501
      And allow status 405
      And allow status 400

      Examples:
        | title                       | bytes    |
        | the unknown method FOO      | FOO      |
        | the unknown method BREW     | BREW     |
        | the unknown method X-CUSTOM | X-CUSTOM |
        | the unknown method QUERYX   | QUERYX   |

  @RFC9110-9.1-GET-and-HEAD-supported @MUST
  Rule: RFC 9110 §9.1 GET and HEAD supported
    Every general-purpose server MUST support GET and HEAD and never refuse them as unknown methods.

    @control
    Scenario Outline: <title>
      RFC 9110 §9.1: every general-purpose server supports GET and HEAD; neither may be refused as unknown or
      not allowed on a resource that answers GET.

      Given the request
        """
        <bytes> HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                         | bytes          |
        | HEAD is supported             | HEAD {path}    |
        | GET with a query is supported | GET {path}?q=1 |

    @control
    Scenario: HEAD followed by a pipelined canary
      RFC 9110 §9.1: every general-purpose server supports GET and HEAD; neither may be refused as unknown or
      not allowed on a resource that answers GET.

      Given the request
        """
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

  @RFC9110-10.1.1-100-continue-sent-promptly @MUST
  Rule: RFC 9110 §10.1.1 100 continue sent promptly
    On an HTTP/1.1 request with Expect: 100-continue (case-insensitive) and content, an origin server MUST
    promptly send 100 (Continue) or a final status, without waiting for the content first.

    Scenario: 100-continue with a Content-Length body
      RFC 9110 §10.1.1: on an HTTP/1.1 request with Expect: 100-continue (case-insensitive) and content, an
      origin server must promptly send 100 (Continue) or a final status, without waiting for the content
      first. The body is written only after the server has answered or the wait has timed out.

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
      Then expect interim 100 then accepted, connection open
      And allow accepted

    Scenario Outline: <title>
      RFC 9110 §10.1.1: on an HTTP/1.1 request with Expect: 100-continue (case-insensitive) and content, an
      origin server must promptly send 100 (Continue) or a final status, without waiting for the content
      first.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Expect: <bytes>\r\n
        \r\n
        {await}
        hello
        """
      When the request is sent
      Then expect interim 100 then accepted, connection open
      And allow accepted

      Examples:
        | title                                 | bytes        |
        | 100-Continue spelled with a capital C | 100-Continue |
        | 100-CONTINUE in capitals              | 100-CONTINUE |

    Scenario: 100-continue with a chunked body
      RFC 9110 §10.1.1: on an HTTP/1.1 request with Expect: 100-continue (case-insensitive) and content, an
      origin server must promptly send 100 (Continue) or a final status, without waiting for the content
      first.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Expect: 100-continue\r\n
        \r\n
        {await}
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      When the request is sent
      Then expect interim 100 then accepted, connection open
      And allow accepted
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9110-10.1.1-expect-ignored-for-HTTP10 @MUST
  Rule: RFC 9110 §10.1.1 expect ignored for HTTP10
    A server MUST ignore a 100-continue expectation in an HTTP/1.0 request and must not send any 1xx
    response to an HTTP/1.0 client.

    Scenario: no 100 for an HTTP/1.0 POST
      RFC 9110 §10.1.1 and §15.2: a server must ignore a 100-continue expectation in an HTTP/1.0 request and
      must not send any 1xx response to an HTTP/1.0 client. Any 1xx response fails.

      Given the request
        """
        POST {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Expect: 100-continue\r\n
        \r\n
        {await}
        hello
        """
      When the request is sent
      Then expect accepted, no interim response
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: no 100 for an HTTP/1.0 GET
      RFC 9110 §10.1.1 and §15.2: a server must ignore a 100-continue expectation in an HTTP/1.0 request and
      must not send any 1xx response to an HTTP/1.0 client.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Expect: 100-continue\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, no interim response
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9110-10.1.1-unknown-expectation @MAY
  Rule: RFC 9110 §10.1.1 unknown expectation
    A server MAY answer 417 (Expectation Failed) to an expectation other than 100-continue, or ignore it.

    Scenario Outline: <title>
      RFC 9110 §10.1.1: a server may answer 417 (Expectation Failed) to an expectation other than
      100-continue, or ignore it.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Expect: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 417
      And expect accepted, connection open

      Examples:
        | title                              | bytes     |
        | an unknown expectation on GET      | foo       |
        | an expectation with a quoted value | foo="bar" |

    Scenario: an unknown expectation after 100-continue
      RFC 9110 §10.1.1: a server may answer 417 (Expectation Failed) to an expectation other than
      100-continue, or ignore it.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Expect: 100-continue, bar=1\r\n
        \r\n
        hello
        """
      When the request is sent
      Then expect status 417
      And expect accepted, connection open
      And expect interim 100 then accepted, connection open
      And allow accepted, connection closed

  @RFC9110-10.1.1-100-continue-without-content @MAY
  Rule: RFC 9110 §10.1.1 100 continue without content
    A server MAY omit the 100 (Continue) when the framing shows there is no content or when the content has
    already arrived, but it must not hang waiting for content.

    Scenario: 100-continue on a GET without content
      RFC 9110 §10.1.1: a server may omit the 100 (Continue) when the framing shows there is no content or
      when the content has already arrived, but it must not hang waiting for content.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Expect: 100-continue\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And expect interim 100 then accepted, connection open
      And allow accepted, connection closed

    Scenario: 100-continue with Content-Length 0
      RFC 9110 §10.1.1: a server may omit the 100 (Continue) when the framing shows there is no content or
      when the content has already arrived, but it must not hang waiting for content.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 0\r\n
        Expect: 100-continue\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And expect interim 100 then accepted, connection open
      And allow accepted, connection closed

    Scenario: 100-continue with the body already sent
      RFC 9110 §10.1.1: a server may omit the 100 (Continue) when the framing shows there is no content or
      when the content has already arrived, but it must not hang waiting for content.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Expect: 100-continue\r\n
        \r\n
        hello
        """
      When the request is sent
      Then expect accepted, connection open
      And expect interim 100 then accepted, connection open
      And allow accepted, connection closed

  @RFC9110-10.1.1-early-final-response-signals-intent @MUST
  Rule: RFC 9110 §10.1.1 early final response signals intent
    A server that sends its final status before reading all the content should say whether it will close or
    keep reading, and MUST either read the body or close.

    Scenario: a body sent after an early final response is not answered as a request
      RFC 9110 §10.1.1 and RFC 9112 §9.3: a server that sends its final status before reading all the content
      should say whether it will close or keep reading, and must either read the body or close; the body is
      never answered as a request. Two final responses mean the body was parsed as a request.

      Given the request
        """
        POST /h1proof-protected HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 22\r\n
        Expect: 100-continue\r\n
        \r\n
        {await}
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      When the request is sent
      Then expect interim 100 then accepted, connection open
      And expect accepted, connection closed
      And expect accepted, connection open

    Scenario: an early final response to a PUT still reads or closes
      RFC 9110 §10.1.1 and RFC 9112 §9.3: a server that sends its final status before reading all the content
      should say whether it will close or keep reading, and must either read the body or close; the body is
      never answered as a request.

      Given the request
        """
        PUT /h1proof-protected HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 22\r\n
        Expect: 100-continue\r\n
        \r\n
        {await}
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      When the request is sent
      Then expect interim 100 then accepted, connection open
      And expect accepted, connection closed
      And expect accepted, connection open

    @smuggling
    Scenario: a request hidden in a 100-continue body sent at once is never answered
      RFC 9110 §10.1.1 and RFC 9112 §9.3: a client may send the body without waiting for 100 (Continue); a
      server that answers before reading it must still read the body or close, and never parse it as a
      request. The 27-octet body is a whole request: answering it is one response more than the canary allows.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 27\r\n
        Expect: 100-continue\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect interim 100 then accepted, connection open, canary answered
      And expect accepted, connection closed, canary not answered
      And allow status 417, connection closed, canary not answered

  @RFC9110-7.8-upgrade-to-unoffered-protocol @MUST
  Rule: RFC 9110 §7.8 upgrade to unoffered protocol
    A server MUST not switch to a protocol the client did not list in Upgrade and may ignore Upgrade
    altogether, so an unknown protocol gets an ordinary response and no 101.

    Scenario: an unknown protocol in Upgrade is not switched to
      RFC 9110 §7.8: a server must not switch to a protocol the client did not list in Upgrade and may ignore
      Upgrade altogether, so an unknown protocol gets an ordinary response and no 101. Any 101 fails.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: upgrade\r\n
        Upgrade: foo/1.0\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed
      And allow answered

    Scenario: an empty Upgrade value is not switched to
      RFC 9110 §7.8: a server must not switch to a protocol the client did not list in Upgrade and may ignore
      Upgrade altogether, so an unknown protocol gets an ordinary response and no 101.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: upgrade\r\n
        Upgrade:\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow status 400
      And allow accepted, connection closed
      And allow answered

    Scenario: a list of unknown protocols is not switched to
      RFC 9110 §7.8: a server must not switch to a protocol the client did not list in Upgrade and may ignore
      Upgrade altogether, so an unknown protocol gets an ordinary response and no 101.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: upgrade\r\n
        Upgrade: foo, bar/2\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed
      And allow answered

  @RFC9110-7.8-upgrade-ignored-for-HTTP10 @MUST
  Rule: RFC 9110 §7.8 upgrade ignored for HTTP10
    A server MUST ignore an Upgrade field received in an HTTP/1.0 request, so no 101 is sent.

    Scenario: an h2c upgrade in HTTP/1.0 is ignored
      RFC 9110 §7.8: a server must ignore an Upgrade field received in an HTTP/1.0 request, so no 101 is sent.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: Upgrade, HTTP2-Settings\r\n
        Upgrade: h2c\r\n
        HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: a WebSocket upgrade in HTTP/1.0 is ignored
      RFC 9110 §7.8: a server must ignore an Upgrade field received in an HTTP/1.0 request, so no 101 is sent.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: Upgrade\r\n
        Upgrade: websocket\r\n
        Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n
        Sec-WebSocket-Version: 13\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9110-7.8-upgrade-requires-connection-option @SHOULD
  Rule: RFC 9110 §7.8 upgrade requires connection option
    An Upgrade field that arrives without the upgrade connection option SHOULD be ignored, so no 101 is
    sent. Its sender broke a MUST (RFC 9110 §7.8), so a 400 refusing the request switches nothing either.

    Scenario: Upgrade h2c without the upgrade connection option
      RFC 9110 §7.8 and §7.6.1: a sender of Upgrade must also send the upgrade connection option, and a
      connection-specific field without it ought to be ignored; no 101 is expected.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Upgrade: h2c\r\n
        HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed
      And allow status 400

    Scenario: Upgrade websocket without the upgrade connection option
      RFC 9110 §7.8 and §7.6.1: a sender of Upgrade must also send the upgrade connection option, and a
      connection-specific field without it ought to be ignored; no 101 is expected.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Upgrade: websocket\r\n
        Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n
        Sec-WebSocket-Version: 13\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed
      And allow status 400

  @RFC9110-7.8-100-before-101 @MUST
  Rule: RFC 9110 §7.8 100 before 101
    When a request carries both Upgrade and Expect: 100-continue the server MUST send the 100 before any
    101, and a 101 names the new protocol in Upgrade.

    Scenario: 100 comes before any 101 on an upgrade with 100-continue
      RFC 9110 §7.8: when a request carries both Upgrade and Expect: 100-continue the server must send the 100
      before any 101, and a 101 names the new protocol in Upgrade. A server that does not upgrade answers like
      any 100-continue request.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: Upgrade, HTTP2-Settings\r\n
        Upgrade: h2c\r\n
        HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n
        Expect: 100-continue\r\n
        Content-Length: 5\r\n
        \r\n
        {await}
        hello
        """
      When the request is sent
      Then expect interim 100 then accepted
      And expect interim 100 then interim 101
      And allow accepted
      And allow answered
