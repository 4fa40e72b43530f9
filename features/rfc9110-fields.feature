@rfc9110-5
Feature: RFC 9110 §5 Field names, values, lists and limits
  Field names are case-insensitive tokens. Field values are visible characters, SP, HTAB and obs-text; CR,
  LF and NUL are dangerous and other controls are invalid. List fields tolerate empty elements, and a server
  answers oversized fields with a 4xx instead of dropping them.

  @RFC9110-5.1-field-name-case-insensitive @MUST
  Rule: RFC 9110 §5.1 field name case insensitive
    Field names are case-insensitive: a recipient MUST treat any spelling of Host, Content-Length or
    Transfer-Encoding as that field.

    @control
    Scenario Outline: <title>
      RFC 9110 §5.1 and RFC 9112 §5: field names are case-insensitive, so any spelling of Host satisfies the
      Host requirement and any spelling of Content-Length or Transfer-Encoding frames the body.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        <bytes>: {host}\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                  | bytes |
        | a lower-case host field satisfies Host | host  |
        | a mixed-case host field satisfies Host | HoSt  |

    @control
    Scenario: a mixed-case Content-Length frames the body
      RFC 9110 §5.1 and RFC 9112 §5: field names are case-insensitive, so any spelling of Host satisfies the
      Host requirement and any spelling of Content-Length or Transfer-Encoding frames the body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        HOST: {host}\r\n
        cOnTeNt-LeNgTh: 5\r\n
        \r\n
        hello
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: a mixed-case Transfer-Encoding frames the body
      RFC 9110 §5.1 and RFC 9112 §5: field names are case-insensitive, so any spelling of Host satisfies the
      Host requirement and any spelling of Content-Length or Transfer-Encoding frames the body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        tRaNsFeR-eNcOdInG: chunked\r\n
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

  @RFC9110-5.5-NUL-in-field-value @MUST
  Rule: RFC 9110 §5.5 NUL in field value
    A NUL in a field value MUST either cause the message to be rejected or be replaced by SP before the
    value is used.

    Scenario: a NUL inside a field value
      RFC 9110 §5.5: a NUL in a field value must either cause the message to be rejected or be replaced by SP
      before the value is used; truncating the value at the NUL is wrong. Truncating the value at the NUL
      fails.

      Given the request
        """
        GET {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: b\0c\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, echo field X-A is "b c"

    Scenario: a NUL inside the Host value
      RFC 9110 §5.5: a NUL in a field value must either cause the message to be rejected or be replaced by SP
      before the value is used; truncating the value at the NUL is wrong. Replaced by SP the Host value still
      contains a space, so 400 either way.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {hostname}\0.evil.example\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And precondition RFC9112-3.2-Host-invalid-characters holds

    @smuggling
    Scenario: a NUL after chunked next to Content-Length
      RFC 9110 §5.5: a NUL in a field value must be rejected or replaced by SP. Replaced, the value is chunked
      with trailing whitespace, and the request has both framing fields: the server must close after responding
      (RFC 9112 §6.1). The 32 octets after the header section are a last chunk and then a whole request: framed
      by Content-Length they are one body and only the canary is answered; framed as chunked on an open
      connection the request inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\0\r\n
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

    @seed @seed-field-value
    Scenario: seed comparison, NUL as a field value
      RFC 9110 §5.5: a NUL in a field value must cause a rejection or be replaced by SP; replaced, this value
      is empty, so answering is permitted but not preferred.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello HTTP/1.1\r\n
        Host: {host}\r\n
        name: {each:nul}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted

  @RFC9110-5.5-LF-inside-field-value @MUST
  Rule: RFC 9110 §5.5 LF inside field value
    A lone LF in a field value either ends the line or is an invalid octet; the server MUST apply one
    reading consistently, never both.

    Scenario: a lone LF inside a field value
      RFC 9110 §5.5 and RFC 9112 §2.2: a lone LF in a field value is either an invalid octet (reject, or
      replace with SP) or, under the lone-LF leniency, a line end; the server must apply one reading
      consistently. Taken as a line end, the rest is a line without a colon, so 400.

      Given the request
        """
        GET {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: a\n
        b\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, echo field X-A is "a b"

    Scenario: a lone LF that would inject Transfer-Encoding
      RFC 9110 §5.5 and RFC 9112 §2.2: a lone LF in a field value is either an invalid octet (reject, or
      replace with SP) or, under the lone-LF leniency, a line end; the server must apply one reading
      consistently. Taken as a line end, both framing fields are present and the server must close; replaced
      by SP, the value hides the field and Content-Length frames all 32 octets, the request inside them
      included. Framed as chunked on an open connection, the request inside is answered too: one response
      more than the canary allows. (A Content-Length equal to the chunked body would answer the canary
      under both readings.)

      Given the request
        """
        POST {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: a\n
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
      And allow accepted, connection open, canary answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a lone LF followed by a space inside a field value
      RFC 9110 §5.5 and RFC 9112 §2.2: a lone LF in a field value is either an invalid octet (reject, or
      replace with SP) or, under the lone-LF leniency, a line end; the server must apply one reading
      consistently.

      Given the request
        """
        GET {echo} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: a\n
        \sb\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, echo field X-A is "a  b"
      And allow accepted, echo field X-A is "a b"

  @RFC9110-5.5-other-CTL-in-field-value @MAY
  Rule: RFC 9110 §5.5 other CTL in field value
    Control characters other than HTAB are invalid in field values, but a recipient MAY keep them where that
    is safe.

    Scenario Outline: <title>
      RFC 9110 §5.5: control characters other than HTAB are invalid in field values, but a recipient may keep
      them where that is safe. Rejecting is the strict reading.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted, connection open

      Examples:
        | title                                            | bytes     |
        | a field value containing the control octet 01    | b\x01c    |
        | a field value containing a DEL octet             | b\x7fc    |
        | a field value containing an ANSI escape sequence | b\x1b[0mc |
        | a field value containing a VT octet              | b\x0bc    |
        | a field value containing an FF octet             | b\x0cc    |
        | a field value containing a backspace octet       | b\x08c    |

    @seed @seed-field-value
    Scenario: seed comparison, each other control octet as a field value
      RFC 9110 §5.5: control octets other than NUL, CR and LF are invalid in a field value, but a recipient may
      keep them where that is safe; rejecting is the strict reading.
      Seed comparison (issue 14), one request per octet of the set.

      Given the request
        """
        GET /hello HTTP/1.1\r\n
        Host: {host}\r\n
        name: {each:ctl-but-nul-htab-cr-lf}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400, connection closed
      And allow status 400
      And allow accepted

  @RFC9110-5.5-valid-field-value-octets @SHOULD
  Rule: RFC 9110 §5.5 valid field value octets
    Field values may contain VCHAR, SP and HTAB between visible characters, and obs-text octets 0x80-0xFF,
    which a recipient SHOULD treat as opaque data.

    @control
    Scenario Outline: <title>
      RFC 9110 §5.5: field values may contain VCHAR, SP and HTAB between visible characters, and obs-text
      octets 0x80-0xFF, which a recipient should treat as opaque data.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow status 400
      And allow accepted, connection closed

      Examples:
        | title                                                        | bytes                                               |
        | a field value with a Latin-1 octet is accepted               | caf\xe9                                             |
        | a field value with tabs and double spaces is accepted        | a\tb  c                                             |
        | a field value with the octets 80 and FF is accepted          | \x80\xff                                            |
        | a field value with UTF-8 octets is accepted                  | caf\xc3\xa9                                         |
        | a field value with quotes and commas is accepted             | "quoted, value"                                     |
        | a field value with parameters is accepted                    | a=b; c="d"                                          |
        | a field value with every visible ASCII character is accepted | !"#$%&'()*+,-./0123456789:;<=>?@AZ[\\\]^_`az\{\|\}~ |

  @RFC9110-5.4-fields-too-large @MUST
  Rule: RFC 9110 §5.4 fields too large
    A server that will not process a field line, value or header section that large MUST answer with a 4xx
    (431 preferred) instead of silently dropping the field.

    Scenario: a one-mebibyte field value
      RFC 9110 §5.4 and RFC 6585 §5: a server that will not process a field line, value or header section that
      large must answer with a 4xx (431 preferred) instead of silently dropping the field. A close without a
      response fails.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        X-A: {repeat:1048576:a}\r\n
        \r\n
        """
      When the request is sent
      Then expect status 431
      And expect status 400 or 413
      And expect accepted, connection open

    Scenario Outline: <title>
      RFC 9110 §5.4 and RFC 6585 §5: a server that will not process a field line, value or header section that
      large must answer with a 4xx (431 preferred) instead of silently dropping the field.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        <bytes>
        \r\n
        """
      When the request is sent
      Then expect status 431
      And expect status 400 or 413
      And expect accepted, connection open

      Examples:
        | title                     | bytes                                                                                   |
        | a 100000-octet field name | {repeat:100000:X}: b\r\\n                                                               |
        | ten thousand field lines  | {repeat:10000:X-A: b\r\\n}                                                              |
        | a 70 KB header section    | {repeat:1000:X-Filler: 0123456789012345678901234567890123456789012345678901234567\r\\n} |

  @RFC9110-5.6.1-list-field-parsing @MUST
  Rule: RFC 9110 §5.6.1 list field parsing
    A recipient MUST accept list fields with empty elements, and repeated field lines of a list field are
    one combined list in order.

    @control
    Scenario Outline: <title>
      RFC 9110 §5.6.1.2 and §5.3: a recipient must accept list fields with empty elements, and repeated field
      lines of a list field are one combined list in order.
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
        | title                                              | bytes   |
        | an empty element before close in Connection        | , close |
        | a trailing empty element after close in Connection | close,  |

    @control
    Scenario: two Connection lines form one list
      RFC 9110 §5.6.1.2 and §5.3: a recipient must accept list fields with empty elements, and repeated field
      lines of a list field are one combined list in order.
      The canary is written only after the response: a client that sent close must not send more (§9.6).

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Connection: keep-alive\r\n
        Connection: close\r\n
        \r\n
        """
      And a canary request after the response
      When the request is sent
      Then expect accepted, connection closed, canary not answered

    @control
    Scenario: an empty element before chunked in Transfer-Encoding
      RFC 9110 §5.6.1.2 and §5.3: a recipient must accept list fields with empty elements, and repeated field
      lines of a list field are one combined list in order. A 400 is a common defensive choice and is
      tolerated.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: ,chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @control
    Scenario Outline: <title>
      RFC 9110 §5.6.1.2 and §5.3: a recipient must accept list fields with empty elements, and repeated field
      lines of a list field are one combined list in order.

      Given the request
        """
        GET {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Accept: <bytes>\r\n
        \r\n
        """
      When the request is sent
      Then expect accepted, connection open
      And allow accepted, connection closed

      Examples:
        | title                                     | bytes       |
        | an empty element before a value in Accept | , a/b       |
        | empty elements around values in Accept    | a/b, , c/d, |

  @RFC9110-17.10-underscore-lookalike-field-names @SHOULD
  Rule: RFC 9110 §17.10 underscore lookalike field names
    A field named with underscores, such as Content_Length, is a different field from its hyphenated
    namesake and SHOULD never be taken as framing the body.

    Scenario: Content_Length does not frame the body
      RFC 9110 §17.10: names such as Content_Length are legal tokens but different fields; a server that maps
      underscores to hyphens can be tricked into framing by them. The field must not frame the body. Framed by
      it, the canary would be swallowed as body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content_Length: 20\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

    Scenario: Transfer_Encoding does not frame the body
      RFC 9110 §17.10: names such as Content_Length are legal tokens but different fields; a server that maps
      underscores to hyphens can be tricked into framing by them. The field must not frame the body. The body
      is empty, so the stray zero-chunk is an invalid next request.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer_Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted then status 400, connection closed, canary not answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

    Scenario: an upper-case CONTENT_LENGTH does not frame the body
      RFC 9110 §17.10: names such as Content_Length are legal tokens but different fields; a server that maps
      underscores to hyphens can be tricked into framing by them. The field must not frame the body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        CONTENT_LENGTH: 20\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered

    @smuggling
    Scenario: Transfer_Encoding next to Content-Length does not frame
      RFC 9110 §17.10: names such as Content_Length are legal tokens but different fields; a server that maps
      underscores to hyphens can be tricked into framing by them. The field must not frame the body.
      Content-Length frames the five octets; treating the look-alike as Transfer-Encoding would force a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Content-Length: 5\r\n
        Transfer_Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
