@section-7
Feature: RFC 9112 §7 Transfer codings and the chunked coding
  A chunked body is a series of hex-sized chunks, each line ended by CRLF, then a zero-size last chunk, an
  optional trailer section and an empty line. Unknown chunk extensions are ignored, BWS is allowed around
  their delimiters, and every framing error should get 400 and a close. The canary shows where the server
  thinks the body ended.

  @RFC9112-7-coding-names-case-insensitive @MUST
  Rule: RFC 9112 §7 coding names case insensitive
    Transfer coding names are case-insensitive, so a recipient MUST frame any spelling of chunked as
    chunked.

    @control
    Scenario: Chunked with a capital C frames the body
      RFC 9112 §7: transfer coding names are case-insensitive, so any spelling of chunked frames the body as
      chunked.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: Chunked\r\n
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
      RFC 9112 §7: transfer coding names are case-insensitive, so any spelling of chunked frames the body as
      chunked.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: <bytes>\r\n
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

      Examples:
        | title                                 | bytes   |
        | CHUNKED in capitals frames the body   | CHUNKED |
        | cHuNkEd in mixed case frames the body | cHuNkEd |

  @RFC9112-6.1-chunked-supported @MUST
  Rule: RFC 9112 §6.1 chunked supported
    Every recipient MUST be able to parse and decode the chunked transfer coding.

    @control
    Scenario: two chunks and the last chunk
      RFC 9112 §6.1 and §7.1: every recipient must be able to parse and decode the chunked transfer coding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        6\r\n
        \sworld\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: one-octet chunks
      RFC 9112 §6.1 and §7.1: every recipient must be able to parse and decode the chunked transfer coding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        1\r\n
        h\r\n
        1\r\n
        i\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: only the last chunk
      RFC 9112 §6.1 and §7.1: every recipient must be able to parse and decode the chunked transfer coding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

    @control
    Scenario: chunk data made of CRLFs
      RFC 9112 §6.1 and §7.1: every recipient must be able to parse and decode the chunked transfer coding.
      The four data octets are two CRLFs; they must not be read as line ends.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        4\r\n
        \r\n
        \r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered

  @RFC9112-7.1-chunked-with-parameters @SHOULD
  Rule: RFC 9112 §7.1 chunked with parameters
    Chunked (like gzip, deflate and compress) defines no parameters, and parameters on it SHOULD be treated
    as an error.

    Scenario: chunked with a parameter
      RFC 9112 §7.1 and §7.2: chunked (like gzip, deflate and compress) defines no parameters, and parameters
      on it should be treated as an error. Ignoring the parameter is tolerated.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked;foo=bar\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow status 501, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario Outline: <title>
      RFC 9112 §7.1 and §7.2: chunked (like gzip, deflate and compress) defines no parameters, and parameters
      on it should be treated as an error.

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
      And allow accepted, connection open, canary answered
      And allow status 501, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                       | bytes                 |
        | chunked with a q parameter after whitespace | chunked; q=1          |
        | gzip with a parameter before chunked        | gzip;level=9, chunked |

  @RFC9112-7.1-chunk-size-hex-forms @MUST
  Rule: RFC 9112 §7.1 chunk size hex forms
    Chunk-size is one or more hex digits, and a recipient MUST accept either case and leading zeros.

    @control
    Scenario Outline: <title>
      RFC 9112 §7.1: chunk-size is one or more hex digits, in either case and with leading zeros allowed.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        <bytes2>\r\n
        <bytes3>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                 | bytes | bytes2         | bytes3 |
        | a lower-case hex chunk size           | a     | 0123456789     | 0      |
        | an upper-case hex chunk size          | A     | 0123456789     | 0      |
        | chunk sizes with leading zeros        | 0005  | hello          | 000    |
        | a mixed-case two-digit hex chunk size | fF    | {repeat:255:x} | 0      |

  @RFC9112-7.1-chunk-size-not-hex @SHOULD
  Rule: RFC 9112 §7.1 chunk size not hex
    A prefix, sign, underscore, non-hex letter or empty size does not match the grammar and SHOULD get 400
    and a close, never a partial parse.

    Scenario Outline: <title>
      RFC 9112 §7.1 and §2.2: a chunk-size is hex digits only; a prefix, sign, underscore, non-hex letter or
      empty size does not match the grammar and should get 400 and a close, never a partial parse. Parsing a
      prefix of the size fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                       | bytes |
        | a chunk size with a 0x prefix               | 0x5\r |
        | a chunk size with a minus sign              | -5\r  |
        | an empty chunk size                         | \r    |
        | a chunk size with a plus sign               | +5\r  |
        | a chunk size with a trailing non-hex letter | 5g\r  |
        | a chunk size with an underscore             | 5_0\r |
        | a chunk size with only a non-hex letter     | g\r   |
        | a chunk size with an inner space            | 5 5\r |

    @smuggling
    Scenario: a 0x chunk size in front of a hidden request
      RFC 9112 §7.1 and §2.2: a chunk-size is hex digits only; a prefix, sign, underscore, non-hex letter or
      empty size does not match the grammar and should get 400 and a close, never a partial parse. Read as
      zero, the body would end and the hidden request would be answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0x16\r\n
        GET /evil HTTP/1.0\r\n
        \r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-size-surrounding-whitespace @SHOULD
  Rule: RFC 9112 §7.1 chunk size surrounding whitespace
    Whitespace is allowed only before the semicolon of a chunk extension, so whitespace before the size, or
    after it with no extension, is invalid and SHOULD get 400.

    Scenario Outline: <title>
      RFC 9112 §7.1 and §7.1.1: whitespace is allowed only before the semicolon of a chunk extension, so
      whitespace before the size, or after it with no extension, is invalid and should get 400. Lenient
      acceptance is tolerated but is a known parser-differential vector.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                         | bytes |
        | a space before the chunk size | \s5\r |
        | a space after the chunk size  | 5 \r  |
        | a tab after the chunk size    | 5\t\r |
        | a tab before the chunk size   | \t5\r |

  @RFC9112-7.1-chunk-size-overflow @MUST
  Rule: RFC 9112 §7.1 chunk size overflow
    Recipients MUST expect very large hex chunk sizes and prevent integer overflow or precision loss.
    The RFC names no status for it: 400 or 413 and a close is preferred, any other rejection and a close
    (a 500 or a proxy's 503) frames nothing wrongly and is permitted.

    Scenario Outline: <title>
      RFC 9112 §7.1: recipients must expect very large hex chunk sizes and prevent integer overflow or
      precision loss; the server rejects or waits, and never wraps to a small size. Wrapped to five, the chunk
      would end early and the canary would be answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 413, connection closed, canary not answered
      And expect no response, connection open, canary not answered
      And allow status 400 or 413, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And inconclusive accepted, connection open, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                    | bytes             |
        | a 2^64+5 chunk size does not wrap around | 10000000000000005 |
        | a 2^32+5 chunk size does not wrap around | 100000005         |
        | a 2^63+5 chunk size does not wrap around | 8000000000000005  |

    Scenario: a twenty-digit chunk size does not wrap around
      RFC 9112 §7.1: recipients must expect very large hex chunk sizes and prevent integer overflow or
      precision loss; the server rejects or waits, and never wraps to a small size. The size is 2^76+5, so a
      32-bit or 64-bit accumulator wraps it to five: the chunk would end early and the canary would be answered.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        10000000000000000005\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 413, connection closed, canary not answered
      And expect no response, connection open, canary not answered
      And allow status 400 or 413, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And inconclusive accepted, connection open, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: a chunk size of 2^64 that wraps to zero
      RFC 9112 §7.1: recipients must expect very large hex chunk sizes and prevent integer overflow or
      precision loss; the server rejects or waits, and never wraps to a small size. Wrapped to zero it would
      look like the last chunk.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        10000000000000000\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 413, connection closed, canary not answered
      And expect no response, connection open, canary not answered
      And allow status 400 or 413, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And inconclusive accepted, connection open, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: a chunk size of 2^64-1
      RFC 9112 §7.1: recipients must expect very large hex chunk sizes and prevent integer overflow or
      precision loss; the server rejects or waits, and never wraps to a small size. As a signed 64-bit number
      this is minus one.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        ffffffffffffffff\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400 or 413, connection closed, canary not answered
      And expect no response, connection open, canary not answered
      And allow status 400 or 413, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And inconclusive accepted, connection open, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-data-length-mismatch @SHOULD
  Rule: RFC 9112 §7.1 chunk data length mismatch
    Chunk data is exactly chunk-size octets followed by CRLF; more, fewer or a missing CRLF is a framing
    error that SHOULD get 400 and a close.

    Scenario Outline: <title>
      RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF; more, fewer or a missing CRLF
      is a framing error that should get 400 and a close, not a resync on the next line. Resynchronising on
      the next CRLF fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        <bytes2>\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                              | bytes | bytes2  |
        | more data than the chunk size      | 5     | helloXX |
        | a chunk size smaller than the data | 3     | hello   |

    Scenario: less data than the chunk size
      RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF; more, fewer or a missing CRLF
      is a framing error that should get 400 and a close, not a resync on the next line. Resynchronising on
      the next CRLF fails. Three octets and a CRLF make exactly five, so the five-octet chunk ends at the 0
      where its CRLF belongs: there is no second reading in which the chunk is complete.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hel\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: no CRLF after the chunk data
      RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF; more, fewer or a missing CRLF
      is a framing error that should get 400 and a close, not a resync on the next line. Resynchronising on
      the next CRLF fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @smuggling
    Scenario: a request glued to chunk data without CRLF
      RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF; more, fewer or a missing CRLF
      is a framing error that should get 400 and a close, not a resync on the next line.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        helloGET /evil HTTP/1.0\r\n
        \r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-lines-bare-LF @SHOULD
  Rule: RFC 9112 §7.1 chunk lines bare LF
    The lone-LF leniency covers the start-line and field lines only, so a bare LF in chunk framing SHOULD
    get 400 (if accepted, framing must stay consistent).

    Scenario: every chunk line ends in a lone LF
      RFC 9112 §7.1 and §2.2: chunk lines end in CRLF; the lone-LF leniency covers the start-line and field
      lines only, so a bare LF in chunk framing should get 400 (if accepted, framing must stay consistent).

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\n
        hello\n
        0\n
        \n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a lone LF after the chunk data
      RFC 9112 §7.1 and §2.2: chunk lines end in CRLF; the lone-LF leniency covers the start-line and field
      lines only, so a bare LF in chunk framing should get 400 (if accepted, framing must stay consistent).

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a lone LF after a chunk extension
      RFC 9112 §7.1 and §2.2: chunk lines end in CRLF; the lone-LF leniency covers the start-line and field
      lines only, so a bare LF in chunk framing should get 400 (if accepted, framing must stay consistent).

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;ext\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a lone LF after the chunk size
      RFC 9112 §7.1 and §2.2: chunk lines end in CRLF; the lone-LF leniency covers the start-line and field
      lines only, so a bare LF in chunk framing should get 400 (if accepted, framing must stay consistent).

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1-chunk-lines-bare-CR @MUST
  Rule: RFC 9112 §7.1 chunk lines bare CR
    A bare CR in chunk framing MUST be treated as invalid (or as SP, which still breaks the chunk line), so
    the body is rejected; the RFC names no status, so any rejection and a close is permitted, 400 preferred.

    Scenario Outline: <title>
      RFC 9112 §2.2 and §7.1: a bare CR in chunk framing must be treated as invalid (or as SP, which still
      breaks the chunk line), so the body is rejected.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\n
        <bytes2>\r\n
        <bytes3>\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                          | bytes      | bytes2   | bytes3 |
        | a bare CR after the chunk size | 5\rhello\r | 0        | \r     |
        | a bare CR before the last CRLF | 5\r        | hello    | 0\r\r  |
        | a bare CR after the chunk data | 5\r        | hello\r0 | \r     |

  @RFC9112-7.1-last-chunk-and-terminator @MUST
  Rule: RFC 9112 §7.1 last chunk and terminator
    A recipient MUST accept a last chunk of one or more zeros with optional extensions, followed by an
    optional trailer section and the final empty line.

    @control
    Scenario Outline: <title>
      RFC 9112 §7.1: the last chunk is one or more zeros with optional extensions and CRLF, then an optional
      trailer section and a final empty line; without that empty line the following bytes belong to the
      trailer section.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                          | bytes |
        | a last chunk of three zeros    | 000   |
        | a last chunk with an extension | 0;x=1 |

  @RFC9112-7.1-last-chunk-missing-terminator @SHOULD
  Rule: RFC 9112 §7.1 last chunk missing terminator
    Without the final empty line after the last chunk the following bytes belong to the trailer section, and
    a server SHOULD NOT answer them as a request.

    Scenario: a missing final empty line makes the canary a trailer line
      RFC 9112 §7.1: the last chunk is one or more zeros with optional extensions and CRLF, then an optional
      trailer section and a final empty line; without that empty line the following bytes belong to the
      trailer section. The canary's request-line is a trailer line without a colon; answering it as a request
      fails.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And expect no response, connection open, canary not answered
      And allow accepted, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.1-chunk-extensions-ignored @MUST
  Rule: RFC 9112 §7.1.1 chunk extensions ignored
    A recipient MUST ignore chunk extensions it does not recognise.

    @control
    Scenario Outline: <title>
      RFC 9112 §7.1.1: a recipient must ignore chunk extensions it does not recognise.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        hello\r\n
        <bytes2>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                                                   | bytes     | bytes2     |
        | an unknown chunk extension with a name and value is ignored                             | 5;foo=bar | 0          |
        | an unknown chunk extension with a name only is ignored                                  | 5;foo     | 0          |
        | an unknown chunk extension with several extensions and one on the last chunk is ignored | 5;a=1;b=2 | 0;last=yes |
        | an unknown chunk extension with an extension on the last chunk only is ignored          | 5         | 0;foo=bar  |

  @RFC9112-7.1.1-chunk-ext-quoted-string @MUST
  Rule: RFC 9112 §7.1.1 chunk ext quoted string
    A chunk extension value can be a quoted-string, and a recipient MUST read the semicolons, equals signs,
    spaces and escaped quotes inside it as data.

    @control
    Scenario Outline: <title>
      RFC 9112 §7.1.1 and RFC 9110 §5.6.4: a chunk extension value may be a quoted-string, inside which
      semicolons, equals signs, spaces and backslash-escaped quotes are plain data.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;foo=<bytes>\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                                 | bytes     |
        | a quoted chunk extension value containing a space                     | "bar baz" |
        | a quoted chunk extension value containing a semicolon and equals sign | "a;b=c"   |
        | a quoted chunk extension value containing an escaped quote            | "a\\\"b"  |
        | an empty quoted chunk extension value                                 | ""        |

  @RFC9112-7.1.1-chunk-ext-BWS @MUST
  Rule: RFC 9112 §7.1.1 chunk ext BWS
    Bad whitespace is allowed around the semicolon and equals sign of a chunk extension, and the recipient
    MUST parse and remove it.

    @control
    Scenario Outline: <title>
      RFC 9112 §7.1.1 and RFC 9110 §5.6.3: bad whitespace is allowed around the semicolon and equals sign of a
      chunk extension, and the recipient must parse and remove it. RFC 7230 forbade this whitespace, so a 400
      from an older parser is tolerated.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                         | bytes             |
        | a chunk extension with a space before the semicolon           | 5 ;foo=bar        |
        | a chunk extension with spaces around the name and equals sign | 5; foo = bar      |
        | a chunk extension with tabs around every delimiter            | 5\t;\tfoo\t=\tbar |

  @RFC9112-7.1.1-chunk-ext-malformed @SHOULD
  Rule: RFC 9112 §7.1.1 chunk ext malformed
    A chunk extension with an empty name, an empty value, a space inside the name or an unterminated quote
    is invalid and SHOULD get 400 and a close.

    Scenario Outline: <title>
      RFC 9112 §7.1.1 and §2.2: a chunk extension is a token name with an optional token or quoted-string
      value; an empty name, an empty value, a space inside the name or an unterminated quote should get 400
      and a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5<bytes>\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                      | bytes              |
        | a chunk extension with a semicolon and no name             | ;                  |
        | a chunk extension with an unterminated quoted value        | ;foo="unterminated |
        | a chunk extension with a space inside the name             | ;fo o=bar          |
        | a chunk extension with a value but no name                 | ;=bar              |
        | a chunk extension with a name and equals sign but no value | ;foo=              |
        | a chunk extension with a quote inside a token value        | ;foo=b"ar          |
        | a chunk extension with two semicolons                      | ;;                 |

    @smuggling
    Scenario Outline: <title>
      RFC 9112 §7.1.1 and §2.2: a chunk extension is a token name with an optional token or quoted-string
      value; an empty name, an empty value, a space inside the name or an unterminated quote should get 400
      and a close.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        <bytes>\r\n
        hello\r\n
        <bytes2>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                | bytes | bytes2 |
        | a chunk extension of only whitespace and a semicolon | 5 ;   | 0      |
        | a last chunk with an empty extension                 | 5     | 0;     |

    @smuggling
    Scenario: an invalid chunk-extension name next to Content-Length
      RFC 9112 §7.1.1 and §6.1: a chunk-ext-name is a token, so "x y" is no extension, and the message also
      carries Content-Length; the server should reject it, and whatever it does it must close after
      responding. The 36 octets after the header section are the last chunk and then a whole request:
      framed by Content-Length they are one body; framed as chunked on an open connection the request
      inside is answered too.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Content-Length: 36\r\n
        \r\n
        0;x y\r\n
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

  @RFC9112-7.1.1-chunk-ext-CR-LF-NUL @SHOULD
  Rule: RFC 9112 §7.1.1 chunk ext CR LF NUL
    An LF or NUL inside a chunk extension is invalid and SHOULD get the body rejected; an LF inside a quoted
    value never ends the chunk line.

    Scenario: a lone LF inside a quoted chunk extension value
      RFC 9112 §2.2 and §7.1.1: a bare CR, LF or NUL inside a chunk extension is invalid, and an LF inside a
      quoted value must not end the chunk line; the server rejects the body. A parser that ends the chunk line
      at the LF sees a different body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;foo="a\n
        b"\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: a NUL inside a chunk extension value
      RFC 9112 §2.2 and §7.1.1: a bare CR, LF or NUL inside a chunk extension is invalid, and an LF inside a
      quoted value must not end the chunk line; the server rejects the body.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;foo=a\0\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.1-chunk-ext-bare-CR @MUST
  Rule: RFC 9112 §7.1.1 chunk ext bare CR
    A bare CR inside a chunk extension MUST make it invalid or be replaced by SP, and either way it MUST NOT
    end the chunk line. The RFC names no status: any rejection and a close is permitted, 400 preferred.

    Scenario Outline: <title>
      RFC 9112 §2.2 and §7.1.1: a bare CR, LF or NUL inside a chunk extension is invalid, and an LF inside a
      quoted value must not end the chunk line. A recipient may instead replace a bare CR with SP (§2.2), and
      must ignore a chunk extension it does not recognise (§7.1.1): the chunk framed as sent, the canary
      answered on its own, is that reading (WARN); a chunk line ended at the CR is not.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;foo=<bytes>\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And allow accepted, canary answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                           | bytes  |
        | a bare CR inside a chunk extension value        | a\rb   |
        | a bare CR inside a quoted chunk extension value | "a\rb" |

  @RFC9112-7.1.1-chunk-ext-length-limit @SHOULD
  Rule: RFC 9112 §7.1.1 chunk ext length limit
    A server SHOULD cap the total length of the chunk extensions it accepts and answer 4xx when the cap is
    exceeded.

    Scenario: a one-mebibyte chunk extension
      RFC 9112 §7.1.1: a server ought to cap the total length of chunk extensions it accepts and answer with a
      4xx when the cap is exceeded. Processing it normally is reported, not failed; hanging is a
      denial-of-service finding.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5;{repeat:1048576:a}\r\n
        hello\r\n
        0\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400 or 413 or 431
      And allow accepted
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: one hundred thousand chunks with extensions
      RFC 9112 §7.1.1: a server ought to cap the total length of chunk extensions it accepts and answer with a
      4xx when the cap is exceeded.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        {repeat:100000:1;a=b\r\nx\r\n}
        0\r\n
        \r\n
        """
      When the request is sent
      Then expect status 400 or 413 or 431
      And allow accepted
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.2-trailer-section-accepted @MUST
  Rule: RFC 9112 §7.1.2 trailer section accepted
    A chunked body can end with a trailer section, and the message MUST still be processed normally.

    @control
    Scenario: an announced trailer field
      RFC 9112 §7.1 and §7.1.2: a chunked body may end with a trailer section of field lines, which the
      recipient may keep or discard; the message is still processed normally.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        Trailer: X-T\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        X-T: v\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @control
    Scenario: two trailer fields after an empty body
      RFC 9112 §7.1 and §7.1.2: a chunked body may end with a trailer section of field lines, which the
      recipient may keep or discard; the message is still processed normally.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        X-A: 1\r\n
        X-B: 2\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    @control
    Scenario: an unannounced trailer field
      RFC 9112 §7.1 and §7.1.2: a chunked body may end with a trailer section of field lines, which the
      recipient may keep or discard; the message is still processed normally.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        5\r\n
        hello\r\n
        0\r\n
        X-T: v\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.2-trailer-not-merged @MUST
  Rule: RFC 9112 §7.1.2 trailer not merged
    A recipient MUST not merge a trailer field into the header section unless its definition allows it.

    Scenario: a Content-Length trailer does not frame anything
      RFC 9112 §7.1.2 and RFC 9110 §6.5.1: a recipient must not merge a trailer field into the header section
      unless its definition allows it; framing, routing and connection fields never qualify and have no effect
      from a trailer. Rejecting the forbidden trailer is tolerated.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        Content-Length: 50\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario Outline: <title>
      RFC 9112 §7.1.2 and RFC 9110 §6.5.1: a recipient must not merge a trailer field into the header section
      unless its definition allows it; framing, routing and connection fields never qualify and have no effect
      from a trailer.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        <bytes>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect accepted, connection open, canary answered
      And allow status 400, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                    | bytes                      |
        | a Transfer-Encoding trailer does not frame anything      | Transfer-Encoding: chunked |
        | a Host trailer does not reroute the request              | Host: evil.example         |
        | a Connection close trailer does not close the connection | Connection: close          |

  @RFC9112-7.1.2-trailer-malformed-field-line @SHOULD
  Rule: RFC 9112 §7.1.2 trailer malformed field line
    Trailer lines are field lines, so a malformed one (whitespace before the colon, no colon) SHOULD get 400
    and a close.

    Scenario Outline: <title>
      RFC 9112 §7.1.2 and §2.2: trailer lines are field lines, so a malformed one should get 400 and a close;
      for NUL or an obs-fold in a trailer value, replacing with SP is also allowed.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        <bytes>\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                      | bytes       |
        | a trailer with whitespace before the colon | X-T : v     |
        | a trailer line without a colon             | not a field |

  @RFC9112-7.1.2-trailer-NUL-or-obs-fold @MUST
  Rule: RFC 9112 §7.1.2 trailer NUL or obs fold
    A NUL or an obs-fold in a trailer value MUST make the message invalid or be replaced by SP, like in any
    field line. For an obs-fold RFC 9112 §5.2 names 400; for a NUL (RFC 9110 §5.5) any rejection and a
    close is permitted, 400 preferred.

    Scenario: a NUL inside a trailer value
      RFC 9112 §7.1.2 and §2.2: trailer lines are field lines, so a malformed one should get 400 and a close;
      for NUL or an obs-fold in a trailer value, replacing with SP is also allowed. Replacing the NUL with SP
      is also allowed.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        X-T: a\0b\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow rejected, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

    Scenario: an obs-fold inside a trailer value
      RFC 9112 §7.1.2 and §2.2: trailer lines are field lines, so a malformed one should get 400 and a close;
      for NUL or an obs-fold in a trailer value, replacing with SP is also allowed. Replacing the fold with SP
      is also allowed.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        X-T: a\r\n
        \sb\r\n
        \r\n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow no response, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

  @RFC9112-7.1.2-trailer-bare-LF @MAY
  Rule: RFC 9112 §7.1.2 trailer bare LF
    Trailer lines are field lines, so a recipient MAY accept a lone LF as their terminator or reject it,
    with consistent framing either way.

    Scenario Outline: <title>
      RFC 9112 §2.2: trailer lines are field lines, so a recipient may accept a lone LF as their terminator or
      reject it, with consistent framing either way.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\r\n
        X-T: v\n
        <bytes>
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds

      Examples:
        | title                                                     | bytes |
        | a trailer line ended by a lone LF                         | \r\\n |
        | a trailer line and the final empty line ended by lone LFs | \\n   |

    Scenario: a last chunk and final empty line ended by lone LFs
      RFC 9112 §2.2: trailer lines are field lines, so a recipient may accept a lone LF as their terminator or
      reject it, with consistent framing either way. The lone LF on the last-chunk line is outside the
      field-line leniency, so 400 is preferred.

      Given the request
        """
        POST {path} HTTP/1.1\r\n
        Host: {host}\r\n
        Transfer-Encoding: chunked\r\n
        \r\n
        0\n
        \n
        """
      And a pipelined canary request
      When the request is sent
      Then expect status 400, connection closed, canary not answered
      And allow accepted, connection open, canary answered
      And allow accepted, connection closed, canary not answered
      And precondition RFC9112-6.1-chunked-supported holds
