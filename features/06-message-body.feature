@section-6
Feature: RFC 9112 §6 Message body, Transfer-Encoding and Content-Length
  A request body is present only when Content-Length or Transfer-Encoding says so, whatever the method.
  Transfer-Encoding overrides Content-Length and must end in chunked; an invalid Content-Length is an
  unrecoverable error. Every framing error is answered with 400 and a close, and the pipelined canary shows
  where the server thinks the message ended.

  @RFC9112-6.3-CL-invalid-syntax @MUST
  Rule: RFC 9112 §6.3 CL invalid syntax
    A Content-Length that is not a decimal number, with no Transfer-Encoding, is an unrecoverable framing
    error: the server MUST answer 400 and close.

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
      with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
      close. A close without the 400, or treating the value as zero, fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                                    | bytes |
        | Content-Length abc is rejected and the connection closed | abc   |
        | Content-Length -1 is rejected and the connection closed  | -1    |
        | Content-Length -0 is rejected and the connection closed  | -0    |

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length is one or more decimal digits; any other value
      with no Transfer-Encoding is an unrecoverable framing error, and the server must answer 400 and then
      close. A close without the 400, or treating the value as zero, fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        <bytes2>
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                                                            | bytes    | bytes2     |
        | Content-Length +5 is rejected and the connection closed                          | +5       | hello      |
        | Content-Length 0x5 is rejected and the connection closed                         | 0x5      | hello      |
        | Content-Length 5.0 is rejected and the connection closed                         | 5.0      | hello      |
        | Content-Length 5a is rejected and the connection closed                          | 5a       | hello      |
        | Content-Length 1e1 is rejected and the connection closed                         | 1e1      | 0123456789 |
        | Content-Length the Arabic-Indic digit five is rejected and the connection closed | \xd9\xa5 | hello      |

    @smuggling
    Scenario: Content-Length +32 next to chunked
      RFC 9112 §6.1 and §6.3: a Content-Length look-alike beside Transfer-Encoding chunked. A sign is not part
      of the 1*DIGIT grammar (RFC 9112 §6.3 item 5): the value is invalid. With Transfer-Encoding present the
      server must reject, or frame by chunked and close after responding; it must never frame by the look-alike
      and keep the connection. The 32 octets after the header section are a last chunk and then a whole request:
      framed by Content-Length they are one body and only the canary is answered; framed as chunked on an open
      connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: +32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-CL-empty-or-internal-whitespace @MUST
  Rule: RFC 9112 §6.3 CL empty or internal whitespace
    An empty Content-Length or one with whitespace inside the number is an unrecoverable framing error: the
    server MUST answer 400 and close.

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5: an empty Content-Length, or whitespace inside the number, is an invalid value; the
      server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length<bytes>\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                        | bytes |
        | an empty Content-Length is rejected          | :\r   |
        | a Content-Length of only a space is rejected | : \r  |

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5: an empty Content-Length, or whitespace inside the number, is an invalid value; the
      server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        <bytes2>
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                                            | bytes | bytes2     |
        | a Content-Length of two numbers separated by a space is rejected | 5 5   | hello      |
        | a Content-Length with a tab inside the number is rejected        | 1\t0  | 0123456789 |

  @RFC9112-6.3-CL-differing-values @MUST
  Rule: RFC 9112 §6.3 CL differing values
    Content-Length values that differ are an unrecoverable framing error: the server MUST answer 400 and
    close rather than pick one.

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
      framing invalid; the server must answer 400 and close rather than pick one. Picking the first or the
      last value fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        Content-Length: 6\r\n
        \r\n
        hello!
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                          | bytes |
        | two Content-Length lines with different values | 5     |
        | a zero and a non-zero Content-Length line      | 0     |

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
      framing invalid; the server must answer 400 and close rather than pick one. Picking the first or the
      last value fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        hello!
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                                     | bytes |
        | a Content-Length list with different values               | 5, 6  |
        | a Content-Length list without space with different values | 6,5   |

    @smuggling
    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: several Content-Length values that are not all the same make the
      framing invalid; the server must answer 400 and close rather than pick one.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        Content-Length: <bytes2>\r\n
        \r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

      Examples:
        | title                                            | bytes | bytes2 |
        | Content-Length 0 then 22 around a hidden request | 0     | 22     |
        | Content-Length 22 then 0 around a hidden request | 22    | 0      |

  @RFC9112-6.3-CL-identical-values @MAY
  Rule: RFC 9112 §6.3 CL identical values
    A Content-Length list whose members are all the same valid number MAY be processed as that number, or
    rejected with 400 and a close.

    Scenario: two identical Content-Length lines
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
      number may be processed as that number, or rejected with 400 and a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
      number may be processed as that number, or rejected with 400 and a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5<bytes>\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered

      Examples:
        | title                                          | bytes |
        | an identical Content-Length list               | , 5   |
        | an identical Content-Length list without space | ,5    |

    @smuggling
    Scenario: identical Content-Length lines around a hidden request
      RFC 9112 §6.3 item 5 and RFC 9110 §8.6: a Content-Length list whose members are all the same valid
      number may be processed as that number, or rejected with 400 and a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 22\r\n
        Content-Length: 22\r\n
        \r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered

    @smuggling
    Scenario: Content-Length 32, 32, 32 next to chunked
      RFC 9112 §6.1 and §6.3: a Content-Length look-alike beside Transfer-Encoding chunked. A list of identical
      values may be taken as one (RFC 9110 §8.6). With Transfer-Encoding present the server must reject, or
      frame by chunked and close after responding; it must never frame by the look-alike and keep the
      connection. The 32 octets after the header section are a last chunk and then a whole request: framed by
      Content-Length they are one body and only the canary is answered; framed as chunked on an open connection
      the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: 32, 32, 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-CL-list-with-invalid-member @MUST
  Rule: RFC 9112 §6.3 CL list with invalid member
    A Content-Length list with an invalid member is an unrecoverable framing error: the server MUST answer
    400 and close the connection.

    Scenario: a Content-Length list with an invalid member
      RFC 9112 §6.3 item 5 and RFC 9110 §5.6.1.2: an invalid member in a Content-Length list requires 400 and
      a close; empty list elements are ignored by recipients, so the server may process the single remaining
      value or reject.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5, abc\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered

  @RFC9112-6.3-CL-list-with-empty-or-invalid-member @MAY
  Rule: RFC 9112 §6.3 CL list with empty or invalid member
    Empty elements of a Content-Length list are ignored, so a server MAY process the single remaining value,
    or reject the request.

    Scenario Outline: <title>
      RFC 9112 §6.3 item 5 and RFC 9110 §5.6.1.2: an invalid member in a Content-Length list requires 400 and
      a close; empty list elements are ignored by recipients, so the server may process the single remaining
      value or reject.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered

      Examples:
        | title                                               | bytes |
        | a Content-Length list with a trailing empty element | 5,    |
        | a Content-Length list with a leading empty element  | , 5   |

  @RFC9110-8.6-CL-large-value-no-overflow @MUST
  Rule: RFC 9110 §8.6 CL large value no overflow
    Recipients MUST expect very large Content-Length numerals and must not let them overflow or lose
    precision.

    Scenario Outline: <title>
      RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
      or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
      length. Wrapped to a small number, the body would end early and the canary would be answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 413, canary not answered
      And expect no response, connection open, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

      Examples:
        | title                                        | bytes                |
        | a 2^64+5 Content-Length does not wrap around | 18446744073709551621 |
        | a 2^32+5 Content-Length does not wrap around | 4294967301           |
        | a 2^63 Content-Length does not wrap around   | 9223372036854775808  |
        | a 2^63+5 Content-Length does not wrap around | 9223372036854775813  |

    Scenario: a 32-digit Content-Length does not wrap around
      RFC 9110 §8.6: recipients must expect very large Content-Length numerals and must not let them overflow
      or lose precision; the server rejects (400 or 413) or waits for the body, and never wraps to a small
      length. The value is 2^106+5, so a 32-bit or 64-bit accumulator wraps it to five: the body would end
      early and the canary would be answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 81129638414606681695789005144069\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 413, canary not answered
      And expect no response, connection open, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

  @RFC9110-8.6-CL-leading-zeros-are-decimal @MUST
  Rule: RFC 9110 §8.6 CL leading zeros are decimal
    Content-Length is a decimal number of one or more digits; a recipient MUST read leading zeros as
    decimal, never as octal.

    @control
    Scenario: Content-Length 010 means ten octets
      RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
      and never mean octal. Read as octal eight, two body octets would prefix the canary.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 010\r\n
        \r\n
        0123456789
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario Outline: <title>
      RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
      and never mean octal.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: <bytes>\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

      Examples:
        | title                                          | bytes                   |
        | Content-Length 005 means five octets           | 005                     |
        | a Content-Length with twenty-two leading zeros | 00000000000000000000005 |

    @control
    Scenario: Content-Length 00 means an empty body
      RFC 9110 §8.6: Content-Length is a decimal number of one or more digits, so leading zeros are allowed
      and never mean octal.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 00\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

  @RFC9112-6.3-CL-exact-framing @MUST
  Rule: RFC 9112 §6.3 CL exact framing
    A valid Content-Length MUST be taken as the body length: exactly that many octets are the body and the
    next octet starts the next request.

    @control
    Scenario: exactly five octets are the body
      RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
      are the body and the next octet starts the next request.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: Content-Length 0 leaves the next octet for the next request
      RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
      are the body and the next octet starts the next request.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: CRLFs inside a Content-Length body are data
      RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
      are the body and the next octet starts the next request.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 10\r\n
        \r\n
        ab\r\n
        cd\r\n
        ef
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: a body that looks like a request is data
      RFC 9112 §6.3 item 6: a valid Content-Length gives the body length in octets; exactly that many octets
      are the body and the next octet starts the next request. Exactly one response for the POST and one for
      the canary; none for the embedded request.

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

  @RFC9112-6.3-no-CL-no-TE-means-empty-body @MUST
  Rule: RFC 9112 §6.3 no CL no TE means empty body
    A request with neither Content-Length nor Transfer-Encoding MUST be taken as having an empty body, so
    the server answers at once.

    Scenario: a POST without framing fields has an empty body
      RFC 9112 §6.3 item 7: a request with neither Content-Length nor Transfer-Encoding has an empty body
      (requests are never close-delimited), so the server answers at once and does not wait for a body.
      Waiting for a body is wrong; a 411 is allowed.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect status 411, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

    Scenario Outline: <title>
      RFC 9112 §6.3 item 7: a request with neither Content-Length nor Transfer-Encoding has an empty body
      (requests are never close-delimited), so the server answers at once and does not wait for a body.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect status 411, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, canary answered

      Examples:
        | title                                             | bytes  |
        | a PUT without framing fields has an empty body    | PUT    |
        | a DELETE without framing fields has an empty body | DELETE |

  @RFC9112-6.3-411-for-chunked-request @MAY
  Rule: RFC 9112 §6.3 411 for chunked request
    A server MAY answer 411 (Length Required) to a request whose body is not framed by Content-Length.

    Scenario: a chunked POST is processed or answered with 411
      RFC 9112 §6.3: a server may answer 411 (Length Required) to a request whose body is not framed by
      Content-Length; if it does so without reading the body it must close. A 411 that leaves the body unread
      must be followed by a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect status 411, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6-framing-independent-of-method @MUST
  Rule: RFC 9112 §6 framing independent of method
    Request framing MUST NOT depend on the method: a body on GET, HEAD, OPTIONS or DELETE is read and
    ignored, or the request is rejected and the connection closed, but never parsed as a request.

    Scenario Outline: <title>
      RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
      OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
      octets are never parsed as a request. Answering the body octets as a request fails;
      the body is a line of its own, so that it cannot merge with the canary into one valid request.

      Given the request
        """
        <bytes> {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        \r\n
        abc\r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect status 400, connection closed, canary not answered
      And expect accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered

      Examples:
        | title                                                     | bytes   |
        | a Content-Length body on GET is framed like any other     | GET     |
        | a Content-Length body on HEAD is framed like any other    | HEAD    |
        | a Content-Length body on OPTIONS is framed like any other | OPTIONS |
        | a Content-Length body on DELETE is framed like any other  | DELETE  |

    Scenario: a chunked body on GET is framed like any other
      RFC 9112 §6 and RFC 9110 §9.3: request framing does not depend on the method; a body on GET, HEAD,
      OPTIONS or DELETE is read and ignored, or the request is rejected and the connection closed, but body
      octets are never parsed as a request. Answering the body octets as a request fails.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect status 400, connection closed, canary not answered
      And expect accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: a request hidden in a HEAD body is never answered
      RFC 9112 §6 and RFC 9110 §9.3.2: request framing does not depend on the method, so the 27 octets a HEAD
      announces are its body even though HEAD content has no meaning; they are read and ignored, or the request
      is rejected and the connection closed. A server that skips the body of a HEAD answers the request inside
      it: one response more than the canary allows.

      Given the request
        """
        HEAD {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 27\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect status 400, connection closed, canary not answered
      And expect accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered

  @RFC9112-9.3-read-body-or-close @MUST
  Rule: RFC 9112 §9.3 read body or close
    A server MUST read the whole request body, or close the connection after its response.

    Scenario: an early 404 still consumes a Content-Length body
      RFC 9112 §9.3: a server must read the whole request body, or close the connection after its response;
      otherwise the unread body would be taken as the next request. No response may be sent for the request
      inside the body.

      Given the request
        """
        POST /h1proof-does-not-exist HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 22\r\n
        \r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect answered, connection closed, canary not answered

    Scenario: an early response still consumes a chunked body
      RFC 9112 §9.3: a server must read the whole request body, or close the connection after its response;
      otherwise the unread body would be taken as the next request.

      Given the request
        """
        POST /h1proof-does-not-exist HTTP/1.1\r\n
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
      And expect answered, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: an early response to PUT still consumes the body
      RFC 9112 §9.3: a server must read the whole request body, or close the connection after its response;
      otherwise the unread body would be taken as the next request.

      Given the request
        """
        PUT /h1proof-does-not-exist HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 22\r\n
        \r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And expect answered, connection closed, canary not answered

  @RFC9110-15.5.14-content-too-large @MAY
  Rule: RFC 9110 §15.5.14 content too large
    A server that refuses content this large answers 413 (Content Too Large) and MAY close the connection.

    Scenario: a one-tebibyte Content-Length
      RFC 9110 §15.5.14: a server that refuses content this large answers 413 (Content Too Large) and may
      close the connection; it may also simply wait for the body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 1099511627776\r\n
        \r\n
        """
      When the request is sent
      Then expect status 413
      And expect no response, connection open
      And allow status 400
      And allow accepted, connection closed
      And inconclusive accepted, connection open

    Scenario: a one-gibibyte chunk announced
      RFC 9110 §15.5.14: a server that refuses content this large answers 413 (Content Too Large) and may
      close the connection; it may also simply wait for the body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        40000000\r\n
        """
      When the request is sent
      Then expect status 413
      And expect no response, connection open
      And allow status 400
      And allow accepted, connection closed
      And inconclusive accepted, connection open
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-chunked-not-final @MUST
  Rule: RFC 9112 §6.3 TE chunked not final
    A request Transfer-Encoding whose final coding is not chunked cannot be framed: the server MUST answer
    400 and close.

    Scenario: Transfer-Encoding chunked followed by gzip
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked, gzip\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario Outline: <title>
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: <bytes>\r\n
        \r\n
        xyz
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered

      Examples:
        | title                           | bytes   |
        | Transfer-Encoding gzip alone    | gzip    |
        | Transfer-Encoding deflate alone | deflate |

    Scenario: Transfer-Encoding chunked and gzip on separate lines
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Transfer-Encoding: gzip\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: Transfer-Encoding identity alone
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: identity\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered

    @smuggling
    Scenario: Transfer-Encoding chunked, identity
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked, identity\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: chunked followed by a second Transfer-Encoding line
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.
      The two lines combine to chunked, x, so chunked is not final.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Transfer-Encoding: x\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: chunked followed by an identity line
      RFC 9112 §6.3 item 4: when a request has Transfer-Encoding and chunked is not the final coding (after
      combining all its lines), the body length cannot be known; the server must answer 400 and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Transfer-Encoding: identity\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: identity next to Content-Length
      RFC 9112 §6.3 item 4: identity is no longer a transfer coding, and a Transfer-Encoding whose final coding
      is not chunked leaves the body length unknown; the server must answer 400 (or 501 for the unknown coding)
      and close, not fall back to the Content-Length. The 32 octets after the header section are a last chunk
      and then a whole request: framed by Content-Length they are one body and only the canary is answered;
      framed as chunked on an open connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: identity\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-empty-or-malformed-value @MUST
  Rule: RFC 9112 §6.3 TE empty or malformed value
    An empty or malformed Transfer-Encoding cannot be framed: the server MUST answer 400 (501 tolerated for
    an unknown coding) and close.

    Scenario Outline: <title>
      RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
      make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
      well-formed coding) and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding<bytes>\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered

      Examples:
        | title                                                | bytes |
        | an empty Transfer-Encoding does not frame as chunked | :     |
        | a lone comma does not frame as chunked               | : ,   |

    Scenario Outline: <title>
      RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
      make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
      well-formed coding) and then close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: <bytes>\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                              | bytes       |
        | a quoted chunked does not frame as chunked         | "chunked"   |
        | chunked followed by a VT does not frame as chunked | chunked\x0b |

    @smuggling
    Scenario Outline: <title>
      RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
      make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
      well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Transfer-Encoding: <bytes>\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                    | bytes               |
        | Transfer-Encoding xchunked next to Content-Length        | xchunked            |
        | Transfer-Encoding chunked-false next to Content-Length   | chunked-false       |
        | a VT before chunked next to Content-Length               | \x0bchunked         |
        | an FF before chunked next to Content-Length              | \x0cchunked         |
        | a zero-width space before chunked next to Content-Length | \xe2\x80\x8bchunked |
        | a NUL and a letter after chunked next to Content-Length  | chunked\0x          |

    @smuggling
    Scenario Outline: <title>
      RFC 9112 §6.3 item 4 and §6.1: an empty, quoted, garbled or look-alike Transfer-Encoding value does not
      make chunked the final coding; the server must answer 400 (501 is tolerated for an unknown but
      well-formed coding) and then close. Framing by the Content-Length instead would answer the canary.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Transfer-Encoding: <bytes>\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered

      Examples:
        | title                                                         | bytes    |
        | a space inside the chunked coding name next to Content-Length | ch unked |
        | the truncated coding name chunk next to Content-Length        | chunk    |

    @smuggling
    Scenario: an empty Transfer-Encoding next to Content-Length
      RFC 9112 §6.3 item 4: a Transfer-Encoding whose final coding is not chunked (here: none at all) leaves the
      body length unknown; the server must answer 400 and close, not fall back to the Content-Length. The 32
      octets after the header section are a last chunk and then a whole request: framed by Content-Length they
      are one body and only the canary is answered; framed as chunked on an open connection the request inside
      is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding:\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-unknown-coding-501 @SHOULD
  Rule: RFC 9112 §6.1 TE unknown coding 501
    A server that receives a transfer coding it does not understand SHOULD answer 501 (Not Implemented).

    Scenario Outline: <title>
      RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
      Implemented); identity is no longer a registered coding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: <bytes>, chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 501, connection closed, canary not answered
      And expect status 501, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                   | bytes    |
        | an unknown coding before chunked        | foo      |
        | an extension-like coding before chunked | x-custom |

    Scenario: identity before chunked
      RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
      Implemented); identity is no longer a registered coding. identity is no longer a registered transfer
      coding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: identity, chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 501, connection closed, canary not answered
      And expect status 501, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: an unknown coding line before a chunked line
      RFC 9112 §6.1: a server that receives a transfer coding it does not understand should answer 501 (Not
      Implemented); identity is no longer a registered coding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: x\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 501, connection closed, canary not answered
      And expect status 501, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-chunked-twice @SHOULD
  Rule: RFC 9112 §6.1 TE chunked twice
    A sender never applies chunked more than once, and a recipient SHOULD treat a doubled chunked as an
    error.

    Scenario: chunked listed twice in one line
      RFC 9112 §6.1: a sender must not apply chunked more than once; a recipient should treat a doubled
      chunked as an error. Decoding once and ignoring the duplicate is tolerated.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked, chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: chunked on two Transfer-Encoding lines
      RFC 9112 §6.1: a sender must not apply chunked more than once; a recipient should treat a doubled
      chunked as an error.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow status 501, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: chunked on two Transfer-Encoding lines next to Content-Length
      RFC 9112 §6.1 and §7: chunked must not be applied more than once, and the two lines form one list
      (chunked, chunked); the body length is unknown, so 400 and a close. The 32 octets after the header section
      are a last chunk and then a whole request: framed by Content-Length they are one body and only the canary
      is answered; framed as chunked on an open connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-OWS-and-list-forms @MUST
  Rule: RFC 9112 §6.1 TE OWS and list forms
    Whitespace around Transfer-Encoding members is not part of them, so a recipient MUST frame a padded
    chunked as chunked.

    @control
    Scenario Outline: <title>
      RFC 9112 §6.1 and RFC 9110 §5.5 and §5.6.1: whitespace around the Transfer-Encoding value is not part of
      it, so padded forms of chunked frame the body as chunked.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding<bytes>\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                        | bytes            |
        | chunked surrounded by tabs   | :\tchunked\t\r   |
        | chunked surrounded by spaces | :   chunked   \r |

    @control
    Scenario: chunked with no whitespace after the colon
      RFC 9112 §6.1 and RFC 9110 §5.5 and §5.6.1: whitespace around the Transfer-Encoding value is not part of
      it, so padded forms of chunked frame the body as chunked.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding:chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-and-CL-together @MUST
  Rule: RFC 9112 §6.1 TE and CL together
    A server may reject a request with both Content-Length and Transfer-Encoding or process it by
    Transfer-Encoding alone, and either way MUST close the connection after responding.

    Scenario: Content-Length first, then chunked, with a leftover octet (CL.TE)
      RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
      process it by Transfer-Encoding alone, and either way must close the connection after responding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 6\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        G
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: chunked body longer than Content-Length (TE.CL)
      RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
      process it by Transfer-Encoding alone, and either way must close the connection after responding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 3\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        8\r\n
        SMUGGLED\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: chunked first, then Content-Length 0
      RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
      process it by Transfer-Encoding alone, and either way must close the connection after responding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: 0\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: Content-Length equal to a complete chunked body
      RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
      process it by Transfer-Encoding alone, and either way must close the connection after responding. Either
      reading consumes the same octets, but the close is still required.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: a short Content-Length with a request hidden in the chunk (TE.CL)
      RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
      process it by Transfer-Encoding alone, and either way must close the connection after responding. Framed
      by Content-Length, the hidden request would be answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 4\r\n
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
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: a long Content-Length covering a request after the last chunk (CL.TE)
      RFC 9112 §6.1 and §6.3: a server may reject a request with both Content-Length and Transfer-Encoding or
      process it by Transfer-Encoding alone, and either way must close the connection after responding. Framed
      by chunked, the request after the last chunk must still not be answered, because the server closes.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 27\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario Outline: <title>
      RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
      Transfer-Encoding alone, and either way the server must close the connection after responding. An empty
      list element is ignored (RFC 9110 §5.6.1), so the coding is chunked. The 32 octets after the header
      section are a last chunk and then a whole request: framed by Content-Length they are one body and only the
      canary is answered; framed as chunked on an open connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: <bytes>\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                | bytes    |
        | chunked with a trailing comma next to Content-Length | chunked, |
        | chunked after a leading comma next to Content-Length | ,chunked |

    @smuggling
    Scenario: chunked with a trailing space next to Content-Length
      RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
      Transfer-Encoding alone, and either way the server must close the connection after responding. Trailing
      whitespace is OWS, not part of the value (RFC 9112 §5.1), so the coding is chunked. The 32 octets after
      the header section are a last chunk and then a whole request: framed by Content-Length they are one body
      and only the canary is answered; framed as chunked on an open connection the request inside is answered
      too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\s\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: Chunked in mixed case next to Content-Length
      RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
      Transfer-Encoding alone, and either way the server must close the connection after responding. Coding
      names are case-insensitive (RFC 9112 §7), so the coding is chunked. The 32 octets after the header section
      are a last chunk and then a whole request: framed by Content-Length they are one body and only the canary
      is answered; framed as chunked on an open connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: Chunked\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: chunked with a parameter next to Content-Length
      RFC 9112 §6.1: a request with both Transfer-Encoding and Content-Length may be rejected or framed by
      Transfer-Encoding alone, and either way the server must close the connection after responding. A transfer
      coding may carry parameters (RFC 9110 §10.1.4 grammar); chunked defines none, so the server may refuse the
      coding (400 or 501), or take it as chunked. The 32 octets after the header section are a last chunk and
      then a whole request: framed by Content-Length they are one body and only the canary is answered; framed
      as chunked on an open connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked;x=1\r\n
        Content-Length: 32\r\n
        \r\n
        0\r\n
        \r\n
        GET / HTTP/1.1\r\n
        Host: h\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.3-TE-overrides-CL @MUST
  Rule: RFC 9112 §6.3 TE overrides CL
    With both fields present Transfer-Encoding MUST override Content-Length: the server answers once the
    chunked body is complete, without waiting for Content-Length octets.

    Scenario: a large Content-Length does not delay a complete chunked body
      RFC 9112 §6.3 item 3: with both fields present Transfer-Encoding overrides Content-Length, so the server
      answers once the chunked body is complete and then closes, without waiting for Content-Length octets.
      Waiting for a hundred octets leaves the server silent, which is not a pass.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 100\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: an invalid Content-Length next to chunked
      RFC 9112 §6.3 item 3: with both fields present Transfer-Encoding overrides Content-Length, so the server
      answers once the chunked body is complete and then closes, without waiting for Content-Length octets.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: abc\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-6.1-TE-in-HTTP10-request @MUST
  Rule: RFC 9112 §6.1 TE in HTTP10 request
    A server that receives an HTTP/1.0 message with Transfer-Encoding MUST treat its framing as faulty, even
    with a Content-Length, and close the connection after processing it. The RFC names no status: 400 and
    a close is preferred; any rejection, or a close without an answer, frames nothing wrongly.

    Scenario: an HTTP/1.0 request with chunked
      RFC 9112 §6.1: a server that receives an HTTP/1.0 message with Transfer-Encoding must treat its framing
      as faulty, even with a Content-Length, and close the connection after processing it.

      Given the request
        """
        POST {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds
      And precondition RFC9112-2.3-HTTP10-request-accepted holds

    Scenario: an HTTP/1.0 keep-alive request with chunked and Content-Length
      RFC 9112 §6.1: a server that receives an HTTP/1.0 message with Transfer-Encoding must treat its framing
      as faulty, even with a Content-Length, and close the connection after processing it. Even with
      keep-alive the connection must close.

      Given the request
        """
        POST {path} HTTP/1.0\r\n
        Host: {host}\r\n
        Connection: keep-alive\r\n
        Content-Length: 5\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds
      And precondition RFC9112-2.3-HTTP10-request-accepted holds
