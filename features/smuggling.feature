@smuggling
Feature: Request smuggling: framing attacks
  Front ends and origin servers that disagree on where a request ends let an attacker hide a second request
  inside the first. These scenarios obfuscate Transfer-Encoding and Content-Length and bend chunk sizes, and
  a pipelined canary request shows how the server framed the message before it: where the RFC demands a
  close the canary must stay unanswered, and no response may ever come for octets that belong to a body.
  Each rule is defined once: the smuggling probes of a rule that a section's file defines (Content-Length,
  Transfer-Encoding, chunk sizes, field syntax) sit beneath that rule there, tagged @smuggling, so that
  --tags @smuggling selects every probe; this file keeps the rule no single section defines.

  @RFC9112-9.2-one-final-response-per-request @MUST
  Rule: RFC 9112 §9.2 one final response per request
    A server MUST send exactly one final response per request, in order, and never a response for octets
    that belong to a body.

    Scenario: a request inside a Content-Length body gets no response
      RFC 9112 §9.2 and §9.3.2: responses pair with requests by order and only 1xx responses may precede the
      single final response, so no response is ever sent for octets that belong to a body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 22\r\n
        \r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    Scenario: a request inside a chunk gets no response
      RFC 9112 §9.2 and §9.3.2: responses pair with requests by order and only 1xx responses may precede the
      single final response, so no response is ever sent for octets that belong to a body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        16\r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a rejected request followed by a pipelined one gets one response
      RFC 9112 §9.2 and §9.3.2: responses pair with requests by order and only 1xx responses may precede the
      single final response, so no response is ever sent for octets that belong to a body. After the 400 for
      the invalid framing (an empty Content-Length, RFC 9112 §6.3) nothing else is answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length:\r\n
        \r\n
        x
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And precondition rejected
