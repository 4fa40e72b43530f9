@section-9
Feature: RFC 9112 §9 Connection management
  HTTP/1.1 connections persist unless the close option is sent; HTTP/1.0 connections close unless keep-alive
  is honoured. Pipelined requests get their responses in order, and once the server has decided to close it
  processes nothing further on the connection.

  @RFC9112-9.3-persistent-by-default @SHOULD
  Rule: RFC 9112 §9.3 persistent by default
    HTTP/1.1 connections are persistent by default and implementations SHOULD support that, so a second
    request on the same connection is answered.

    Scenario: a second GET after the first response is answered
      RFC 9112 §9.3: HTTP/1.1 connections are persistent by default and implementations should support that,
      so a second request on the same connection is answered. A server without persistence must have announced
      the close.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        {await}
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, connection open
      And allow accepted, connection closed

    Scenario: a GET after a POST response is answered
      RFC 9112 §9.3: HTTP/1.1 connections are persistent by default and implementations should support that,
      so a second request on the same connection is answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello{await}
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, connection open
      And allow accepted, connection closed

    Scenario: three sequential requests on one connection
      RFC 9112 §9.3: HTTP/1.1 connections are persistent by default and implementations should support that,
      so a second request on the same connection is answered.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        {await}
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        {await}
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted then accepted, connection open
      And allow accepted, connection closed
      And allow accepted then accepted, connection closed

  @RFC9112-9.3.2-pipelined-responses-in-order @MUST
  Rule: RFC 9112 §9.3.2 pipelined responses in order
    A server may work on pipelined safe requests in parallel but MUST send the responses in the order the
    requests arrived.

    Scenario: three pipelined GETs get three responses
      RFC 9112 §9.3.2: a server may work on pipelined safe requests in parallel but must send the responses in
      the order the requests arrived.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted then accepted, connection open, well-formed
      And allow accepted, connection closed
      And allow accepted then accepted, connection closed

    Scenario: pipelined HEAD, missing resource and GET answered in order
      RFC 9112 §9.3.2: a server may work on pipelined safe requests in parallel but must send the responses in
      the order the requests arrived. A HEAD answer out of place would break the framing of the others.

      Given the request
        """
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET /h1proof-missing HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted then accepted, connection open, well-formed
      And allow accepted, connection closed
      And allow accepted then accepted, connection closed

    Scenario: the answer to a bad request comes after the answers before it
      RFC 9112 §9.3.2: a server may work on pipelined safe requests in parallel but must send the responses in
      the order the requests arrived. The third request has an empty Content-Length, which every server
      must answer with 400 (RFC 9112 §6.3). A server that accepts the empty Content-Length (judged under
      its own rule) answers all three: nothing to judge here.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted then status 400, connection closed
      And allow accepted then accepted then status 400
      And precondition accepted then accepted then rejected
      And precondition rejected

    Scenario: a pipelined POST body and GET answered in order
      RFC 9112 §9.3.2: a server may work on pipelined safe requests in parallel but must send the responses in
      the order the requests arrived.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        helloGET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, connection open
      And allow accepted, connection closed

  @RFC9112-9.6-request-Connection-close @MUST
  Rule: RFC 9112 §9.6 request Connection close
    A server that receives the close option MUST close after its final response to that request and must not
    process any later request on the connection.

    Scenario: Connection close stops processing after the response
      RFC 9112 §9.6: a server that receives the close option must close after its final response to that
      request and must not process any later request on the connection.
      The canary is written only after the response: a client that sent close must not send more (§9.6).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: close\r\n
        \r\n
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered

    Scenario: Connection close on an HTTP/1.0 request
      RFC 9112 §9.6: a server that receives the close option must close after its final response to that
      request and must not process any later request on the connection.
      The canary is written only after the response: a client that sent close must not send more (§9.6).

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: close\r\n
        \r\n
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: Connection close on a POST stops processing after the body
      RFC 9112 §9.6: a server that receives the close option must close after its final response to that
      request and must not process any later request on the connection.
      The canary is written only after the response: a client that sent close must not send more (§9.6).

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: close\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered

  @RFC9110-7.6.1-connection-option-parsing @MUST
  Rule: RFC 9110 §7.6.1 connection option parsing
    Connection options are case-insensitive tokens in a list, and a server MUST recognise the close option
    in any spelling or list position.

    @control
    Scenario Outline: <title>
      RFC 9110 §7.6.1 and §5.6.1: Connection is a list of case-insensitive option tokens, so close is honoured
      in any case and at any position in the list.
      The canary is written only after the response: a client that sent close must not send more (§9.6).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: <bytes>\r\n
        \r\n
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered

      Examples:
        | title                                                | bytes             |
        | close in capitals is honoured                        | CLOSE             |
        | close after keep-alive with a capital C is honoured  | keep-alive, Close |
        | close after another option without space is honoured | foo,close         |
        | close before another option is honoured              | close, foo        |
        | close padded with tabs is honoured                   | \tclose\t         |

  @RFC9112-9.3-HTTP10-closes-by-default @SHOULD
  Rule: RFC 9112 §9.3 HTTP10 closes by default
    An HTTP/1.0 request without keep-alive means the connection closes after the response, so a server
    SHOULD NOT answer a request sent after it.

    Scenario: an HTTP/1.0 request without keep-alive closes the connection
      RFC 9112 §9.3: an HTTP/1.0 request without keep-alive means the connection closes after the response, so
      a request sent after the response should not be answered (the canary waits for the response: a client
      must not pipeline behind a connection that closes, RFC 9112 §9.6).

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        \r\n
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: an HTTP/1.0 request without Host closes the connection
      RFC 9112 §9.3: an HTTP/1.0 request without keep-alive means the connection closes after the response, so
      a request sent after the response should not be answered (the canary waits for the response: a client
      must not pipeline behind a connection that closes, RFC 9112 §9.6). HTTP/1.0 does not require Host
      (RFC 9112 §3.2), but a server may reject a request without it (§3.3); that 400 and close shows nothing
      of the default.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        \r\n
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: an HTTP/1.0 POST without keep-alive closes the connection after the body
      RFC 9112 §9.3: an HTTP/1.0 request without keep-alive means the connection closes after the response, so
      a request sent after the response should not be answered (the canary waits for the response: a client
      must not pipeline behind a connection that closes, RFC 9112 §9.6).

      Given the request
        """
        POST {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9112-9.3-HTTP10-keep-alive @MAY
  Rule: RFC 9112 §9.3 HTTP10 keep alive
    A server MAY honour keep-alive on an HTTP/1.0 request, and its response says whether the connection
    persists.

    Scenario Outline: <title>
      RFC 9112 §9.3 and Appendix C.2.2: with an HTTP/1.0 keep-alive request the server persists only if it
      chooses to honour keep-alive; both persisting and closing conform, and the response says which: the
      keep-alive option exactly when the connection persists.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: <bytes>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered, keep-alive announced
      And expect accepted, connection closed, canary not answered, keep-alive announced
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

      Examples:
        | title                                         | bytes      |
        | an HTTP/1.0 keep-alive request may persist    | keep-alive |
        | an HTTP/1.0 Keep-Alive option in another case | Keep-Alive |

    Scenario: two pipelined HTTP/1.0 keep-alive requests
      RFC 9112 §9.3 and Appendix C.2.2: with an HTTP/1.0 keep-alive request the server persists only if it
      chooses to honour keep-alive; both persisting and closing conform, and the response says which: the
      keep-alive option exactly when the connection persists.

      Given the request
        """
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: keep-alive\r\n
        \r\n
        GET {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: keep-alive\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted then accepted, keep-alive announced
      And expect accepted, connection closed, keep-alive announced
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

  @RFC9112-9.6-server-sent-close-stops-processing @MUST
  Rule: RFC 9112 §9.6 server sent close stops processing
    After a response that carries the close option the server MUST close and must not process further
    requests.

    Scenario: after a 400 for duplicate Host the canary is not processed
      RFC 9112 §9.6: after a response that carries the close option the server must close and must not process
      further requests; error responses after which the server closes should carry it. Continuing is tolerated
      only if the 400 did not carry close, which these outcomes cannot see. A server that accepts the
      duplicate Host sends no 400 (judged under RFC9112-3.2-Host-duplicate): nothing to judge here.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Host: other.example\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 400, connection open, canary answered
      And precondition status 400

    Scenario: after a 400 for a missing Host the canary is not processed
      RFC 9112 §9.6: after a response that carries the close option the server must close and must not process
      further requests; error responses after which the server closes should carry it.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 400, connection open, canary answered
      And precondition status 400

  @RFC9112-9.6-graceful-close-no-reset @SHOULD
  Rule: RFC 9112 §9.6 graceful close no reset
    A server SHOULD close in stages (half-close, drain, close), so that unread client data does not trigger
    a reset that destroys its final response.

    Scenario: the response survives one mebibyte of unread data after Connection close
      RFC 9112 §9.6: servers typically close in stages (half-close, drain, close) so that unread client data
      does not trigger a reset that destroys the final response. A reset that destroys the response shows up
      as no response. The octets after the close are bytes a client must not send (RFC 9112 §9.6); a server
      that answers the whole exchange with 400 instead of the GET's response has reacted to that, not shown
      how it closes (INCONCLUSIVE).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: close\r\n
        \r\n
        {repeat:1048576:X}
        """
      When the request is sent
      Then expect accepted, connection closed
      And inconclusive status 400, connection closed

    Scenario: a 400 survives a thousand unread pipelined requests
      RFC 9112 §9.6: servers typically close in stages (half-close, drain, close) so that unread client data
      does not trigger a reset that destroys the final response. The request has an empty Content-Length, which
      every server must answer with 400 and a close (RFC 9112 §6.3). A server that accepts the empty
      Content-Length (judged under its own rule) answers the pipelined requests instead: nothing to judge here.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        {repeat:1000:GET / HTTP/1.0\r\n\r\n}
        """
      When the request is sent
      Then expect status 400, connection closed
      And precondition status 400
      And precondition no response, connection closed

  @RFC9112-9.3-close-signalled-when-server-closes @SHOULD
  Rule: RFC 9112 §9.3 close signalled when server closes
    A server that intends to close the connection after a response SHOULD send the close connection option
    in it, so the client knows not to send more.

    Scenario: a close after a 400 is announced in the 400
      RFC 9112 §9.6: a server that intends to close the connection after a response should send the close
      connection option in it, so the client knows not to send more. A 400 for an empty Content-Length must be
      followed by a close (RFC 9112 §6.3); that 400 should say so.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, close announced
      And precondition rejected

    Scenario: a close after a valid request is announced
      RFC 9112 §9.3 and §9.6: a server without persistent connections must send close in every response,
      and any server should announce a close it intends. A valid GET answered and then closed should carry
      Connection: close.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, close announced

    Scenario: the answer to Connection close carries close
      RFC 9112 §9.6: a server that receives the close option must close after its response, and should send
      close in that response too.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: close\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection closed, close announced

  @RFC9112-9.6-half-close-after-complete-request @MAY
  Rule: RFC 9112 §9.6 half close after complete request
    A client that half-closes after a complete request still wants the response; a server MAY answer it
    before closing (advisory, not gated).

    Scenario: a GET followed by a half-close is still answered
      RFC 9112 §9.6: a client that shuts down its sending side after a complete request still wants the
      response; the half-close neither delimits the request nor cancels it. Advisory: reported, not gated.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        {shutdown}
        """
      When the request is sent
      Then expect accepted

    Scenario: a POST with its whole body followed by a half-close is still answered
      RFC 9112 §9.6: a half-close after a complete request, body included, does not cancel it; the server
      still answers. Advisory: reported, not gated.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        {shutdown}
        """
      When the request is sent
      Then expect accepted
