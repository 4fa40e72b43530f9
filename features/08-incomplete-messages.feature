@section-8
Feature: RFC 9112 §8 Handling incomplete messages
  A request that stops before its header section or body is complete is not a request yet. The server keeps
  waiting and may, once it gives up, send an error response before closing, but it never answers the
  fragment as if it were complete. Each scenario writes a fragment and then goes quiet.

  @RFC9112-8-incomplete-header-section @MAY
  Rule: RFC 9112 §8 incomplete header section
    A server that receives an incomplete request MAY send an error response before closing.

    Scenario Outline: <title>
      RFC 9112 §8: a server that receives an incomplete request may send an error response before closing;
      while the request may still complete it gives no other response.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        <bytes>
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed

      Examples:
        | title                                   | bytes             |
        | a header section without its empty line | Host: {host}\r\\n |
        | a request cut inside a field name       | Hos               |

    Scenario Outline: <title>
      RFC 9112 §8: a server that receives an incomplete request may send an error response before closing;
      while the request may still complete it gives no other response.

      Given the request
        """
        GET {path} <bytes>
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed

      Examples:
        | title                                 | bytes         |
        | a request-line without any field line | HTTP/1.1\r\\n |
        | a request cut inside the request-line | HTT           |

  @RFC9112-8-incomplete-chunked-body @MUST
  Rule: RFC 9112 §8 incomplete chunked body
    A chunked body is incomplete until the last chunk and the final empty line arrive, and a server MUST NOT
    process it as complete before.

    Scenario Outline: <title>
      RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
      arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
      complete.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        <bytes>
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed
      And allow accepted, connection open
      And allow accepted, connection closed
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                    | bytes      |
        | a chunked body without its last chunk    | hello\r\\n |
        | a chunked body cut inside the chunk data | hel        |

    Scenario: a chunked body without the final empty line
      RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
      arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
      complete. After the last chunk the trailer section and its empty line are still due.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed
      And allow accepted, connection open
      And allow accepted, connection closed
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a chunked body cut after the chunk size
      RFC 9112 §8 and §6.3: a chunked body is incomplete until the zero-size chunk and the final empty line
      arrive; the server keeps waiting (optionally sending an error before it closes) and never treats it as
      complete.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed
      And allow accepted, connection open
      And allow accepted, connection closed
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-CL-body-incomplete @MUST
  Rule: RFC 9112 §6.3 CL body incomplete
    When fewer octets than Content-Length arrive the message is incomplete, and a server MUST NOT process it
    as complete.

    Scenario Outline: <title>
      RFC 9112 §6.3 item 6 and §8: when fewer octets than Content-Length have arrived the message is
      incomplete; the server keeps waiting (and eventually closes, optionally after an error response) and
      never processes it as complete.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        <bytes2>
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed
      And allow accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                  | bytes  | bytes2           |
        | three of ten announced body octets     | 10     | abc              |
        | one octet short of a 100000-octet body | 100000 | {repeat:99999:x} |

    Scenario: none of five announced body octets
      RFC 9112 §6.3 item 6 and §8: when fewer octets than Content-Length have arrived the message is
      incomplete; the server keeps waiting (and eventually closes, optionally after an error response) and
      never processes it as complete.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed
      And allow accepted, connection open
      And allow accepted, connection closed

  @RFC9110-5.3-no-action-before-header-section-complete @MUST
  Rule: RFC 9110 §5.3 no action before header section complete
    A server MUST not apply a request to its target before the whole header section has arrived, so a
    request whose empty line has not been sent gets no response yet.

    Scenario: no response before the empty line
      RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
      arrived, so a request whose empty line has not been sent gets no response yet.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed

    Scenario Outline: <title>
      RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
      arrived, so a request whose empty line has not been sent gets no response yet.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        <bytes2>
        """
      When the request is sent
      Then expect no response, connection open
      And allow status 400 or 408, connection closed
      And allow no response, connection closed

      Examples:
        | title                                                | bytes | bytes2                 |
        | no response while a field line is unfinished         | GET   | X-A: b                 |
        | no response before a POST header section is complete | POST  | Content-Length: 5\r\\n |

    @control
    Scenario: a header section written in three parts is processed once complete
      RFC 9110 §5.3: a server must not apply a request to its target before the whole header section has
      arrived, so a request whose empty line has not been sent gets no response yet. Split writes are one
      request; it is answered once the empty line arrives.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        {pause}
        Host: {host}\r\n
        {pause}
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed
