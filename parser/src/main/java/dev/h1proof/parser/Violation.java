package dev.h1proof.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every defect the parsers detect, as data: one constant per distinct defect, each keyed by the id
 * of the rulebook rule it breaks (the {@code Rule:} of that id in {@code features/}).
 *
 * <p>A constant carries only what a parser's caller needs: the {@link #ruleId() rule id}, the
 * {@link #status() status} to answer with when the message is rejected and a one-line {@link
 * #summary() summary}. The rule's requirement level and RFC section are defined once, in the
 * rulebook, and nowhere else. For the response rules (Group 12) the status is 502, the one a
 * gateway would send after receiving such a response.
 *
 * <p>The "Tolerated:" paragraph of a constant describes how the parser breaks the rule on purpose
 * when a conformance suite's own test lab asks it to, through a package this module does not
 * export; a constant whose Javadoc says "cannot be tolerated" is always reported. No public
 * configuration turns a violation into an accepted message: only {@link Leniency leniencies} the
 * RFC permits can be enabled.
 */
public enum Violation {
  // ---------------------------------------------------------------- Group 1: message format
  /**
   * The first octet of the message cannot begin a request-line (for example a TLS ClientHello or a
   * NUL sent to a cleartext port). Tolerated: parsing continues, usually ending in {@link
   * #METHOD_NOT_TOKEN}.
   */
  NON_HTTP_OCTETS(
      "RFC9112-2.2-non-HTTP-octets-400-close", 400, "Octets that cannot start an HTTP message"),
  /**
   * A lone LF ends the request-line or an empty line before it. Accepted without a violation under
   * {@link Leniency#BARE_LF_LINE_ENDINGS}. Tolerated: the LF ends the line.
   */
  BARE_LF_REQUEST_LINE(
      "RFC9112-2.2-bare-LF-request-line", 400, "Request-line terminated by LF without CR"),
  /**
   * A lone LF ends a field line or the empty line closing the header section. Accepted without a
   * violation under {@link Leniency#BARE_LF_LINE_ENDINGS}. Tolerated: the LF ends the line.
   */
  BARE_LF_FIELD_LINE(
      "RFC9112-2.2-bare-LF-field-lines",
      400,
      "Field line or header end terminated by LF without CR"),
  /**
   * A CR not followed by LF inside the request-line. Treated as a separator without a violation
   * under {@link Leniency#REQUEST_LINE_WHITESPACE_RUNS}. Tolerated: the CR counts as SP.
   */
  BARE_CR_IN_REQUEST_LINE(
      "RFC9112-2.2-bare-CR-in-request-line", 400, "CR not followed by LF in the request-line"),
  /**
   * A CR not followed by LF inside a field line. In a value it becomes SP under {@link
   * Leniency#BARE_CR_TO_SP}. Tolerated: the CR stays in the name or value.
   */
  BARE_CR_IN_FIELD_LINE(
      "RFC9112-2.2-bare-CR-in-field-line", 400, "CR not followed by LF in a field line"),
  /**
   * A CR not followed by LF where a line is expected to start, i.e. a CR used as a line terminator.
   * Tolerated: the CR is skipped.
   */
  BARE_CR_LINE_TERMINATOR(
      "RFC9112-2.2-bare-CR-as-line-terminator", 400, "CR used as a line terminator"),
  /**
   * More empty lines before the request-line than {@link ParserConfig#maxLeadingEmptyLines()}.
   * Tolerated: further empty lines are skipped without limit.
   */
  LEADING_EMPTY_LINE_FLOOD(
      "RFC9112-2.2-empty-line-flood", 400, "Too many empty lines before the request-line"),
  /**
   * SP or HTAB at the start of the first line after the request-line. The line is dropped without a
   * violation under {@link Leniency#IGNORE_WHITESPACE_PRECEDED_LINES}. Tolerated: the whitespace is
   * skipped and the line is parsed as an ordinary field line (so {@code " Host: evil"} routes).
   */
  WHITESPACE_BEFORE_FIRST_FIELD(
      "RFC9112-2.2-whitespace-before-first-field",
      400,
      "Whitespace between the start-line and the first field line"),

  // ---------------------------------------------------------------- Group 2: request-line
  /**
   * The parts of the request-line are separated by something other than exactly one SP (a run of
   * SP, or HTAB, VT, FF). Accepted without a violation under {@link
   * Leniency#REQUEST_LINE_WHITESPACE_RUNS}. Tolerated: the run is one separator.
   */
  REQUEST_LINE_SEPARATOR(
      "RFC9112-3-separator-leniency", 400, "Request-line parts not separated by exactly one SP"),
  /**
   * Whitespace before the method. Ignored without a violation under {@link
   * Leniency#REQUEST_LINE_WHITESPACE_RUNS}. Tolerated: the whitespace is ignored.
   */
  REQUEST_LINE_LEADING_WHITESPACE(
      "RFC9112-3-leading-trailing-whitespace-in-request-line", 400, "Whitespace before the method"),
  /**
   * Whitespace after the HTTP-version. Ignored without a violation under {@link
   * Leniency#REQUEST_LINE_WHITESPACE_RUNS}. Tolerated: the whitespace is ignored.
   */
  REQUEST_LINE_TRAILING_WHITESPACE(
      "RFC9112-3-leading-trailing-whitespace-in-request-line",
      400,
      "Whitespace after the HTTP-version"),
  /**
   * The request-line does not have exactly three parts (a missing target, an extra word). When the
   * line has four or more words it cannot be tolerated if there is too little to recover; otherwise
   * tolerated: the first two words are the method and target and the last one is the version.
   */
  REQUEST_LINE_WORD_COUNT(
      "RFC9112-3-request-line-wrong-word-count", 400, "Request-line without exactly three parts"),
  /**
   * A request-line with a method and target but no HTTP-version. Tolerated: it is taken for an
   * HTTP/1.0 request-line, and a header section follows as usual.
   */
  HTTP09_REQUEST_LINE(
      "RFC9112-3-HTTP09-style-request", 400, "HTTP/0.9-style request-line without a version"),
  /** The method contains an octet that is not a tchar. Tolerated: the method is kept as is. */
  METHOD_NOT_TOKEN("RFC9112-3.1-method-not-a-token", 400, "Method is not a token"),
  /**
   * The request-line limit was reached before the method ended; a method that long is not
   * implemented, hence 501 rather than 414. Tolerated: scanning continues without the limit.
   */
  METHOD_TOO_LONG(
      "RFC9112-3-overlong-method-501", 501, "Method longer than any implemented method"),
  /**
   * The request-line is longer than {@link ParserConfig#maxRequestLineLength()}. Tolerated:
   * scanning continues without the limit.
   */
  REQUEST_LINE_TOO_LONG(
      "RFC9112-3-target-too-long-414", 414, "Request-line longer than the configured limit"),

  // ---------------------------------------------------------------- Group 3: request-target
  /**
   * Whitespace inside the request-target (seen as extra words before a valid HTTP-version).
   * Tolerated: the target spans everything between the method and the version, whitespace included.
   */
  TARGET_WHITESPACE(
      "RFC9112-3.2-whitespace-in-target", 400, "Whitespace inside the request-target"),
  /**
   * A printable octet outside pchar, "/" and "?" (for example {@code "}, {@code <}, {@code \}, or
   * raw obs-text) in the target. Tolerated: the octet is kept.
   */
  TARGET_DISALLOWED_OCTET(
      "RFC9112-3.2-disallowed-octets-in-target", 400, "Octet not allowed in a request-target"),
  /**
   * The authority of an absolute-form or authority-form target is not a valid {@code uri-host [ ":"
   * port ]}. Tolerated: the authority is used as is.
   */
  TARGET_INVALID_AUTHORITY(
      "RFC9112-3.2-disallowed-octets-in-target", 400, "Invalid authority in the request-target"),
  /** A CTL, NUL or DEL in the request-target. Tolerated: the octet is kept. */
  TARGET_CTL("RFC9112-3.2-CTL-or-NUL-in-target", 400, "Control octet in the request-target"),
  /** A {@code #} fragment in the request-target. Tolerated: the fragment is kept in the target. */
  TARGET_FRAGMENT(
      "RFC9112-3.2-fragment-or-bad-percent-encoding", 400, "Fragment in the request-target"),
  /** A {@code %} not followed by two HEXDIG. Tolerated: the octets are kept as they are. */
  TARGET_BAD_PERCENT_ENCODING(
      "RFC9112-3.2-fragment-or-bad-percent-encoding",
      400,
      "Malformed percent-encoding in the request-target"),
  /**
   * A target that is none of the four forms, typically a relative path without the leading "/".
   * Tolerated: it is treated as origin-form.
   */
  ORIGIN_FORM_WITHOUT_SLASH(
      "RFC9112-3.2.1-origin-form-must-start-with-slash",
      400,
      "Request-target matches none of the four forms"),
  /**
   * An http or https absolute-form target with an empty or missing host. Tolerated: the Host field
   * supplies the authority.
   */
  TARGET_EMPTY_HOST(
      "RFC9110-4.2.1-http-URI-with-empty-host", 400, "http(s) target URI with an empty host"),
  /**
   * Userinfo ({@code user@}) in the authority of the target. Tolerated: the userinfo is skipped and
   * the rest is the authority.
   */
  TARGET_USERINFO("RFC9110-4.2.4-userinfo-in-target", 400, "Userinfo in the request-target"),
  /**
   * An authority-form target ({@code host:port}) with a method other than CONNECT. Tolerated: the
   * request is processed with an authority-form target.
   */
  AUTHORITY_FORM_NOT_CONNECT(
      "RFC9112-3.2.3-authority-form-only-for-CONNECT",
      400,
      "Authority-form target without CONNECT"),
  /**
   * A CONNECT target whose port is missing, empty, not numeric or out of range. Tolerated: the
   * authority is kept as is.
   */
  CONNECT_INVALID_PORT(
      "RFC9110-9.3.6-CONNECT-empty-or-invalid-port",
      400,
      "CONNECT target with an empty or invalid port"),
  /**
   * CONNECT with an origin-form, absolute-form or asterisk-form target. Tolerated: the target is
   * parsed in its own form.
   */
  CONNECT_TARGET_NOT_AUTHORITY(
      "RFC9112-3.2.3-CONNECT-with-non-authority-target",
      400,
      "CONNECT without an authority-form target"),
  /** The asterisk-form target with a method other than OPTIONS. Tolerated: it is accepted. */
  ASTERISK_FORM_NOT_OPTIONS(
      "RFC9112-3.2.4-asterisk-only-for-OPTIONS", 400, "Asterisk-form target without OPTIONS"),

  // ---------------------------------------------------------------- Group 4: HTTP-version
  /**
   * The protocol name is "HTTP" in another case ({@code http/1.1}). Tolerated: it is compared
   * case-insensitively.
   */
  HTTP_NAME_CASE("RFC9112-2.3-HTTP-name-case-sensitive", 400, "HTTP-name not in upper case"),
  /** The last request-line part is not {@code HTTP/} at all (e.g. {@code HTTPS/1.1}). */
  HTTP_NAME_INVALID(
      "RFC9112-2.3-HTTP-name-case-sensitive", 400, "HTTP-version does not start with HTTP/"),
  /**
   * The version is not exactly {@code DIGIT "." DIGIT} (e.g. {@code 1.10}, {@code 1}, {@code
   * 01.1}). Tolerated: read like {@code atoi}: the digits after {@code HTTP/} are the major
   * version, those after the next {@code .} the minor, a missing number is 0 and the rest is
   * ignored ({@code HTTP/1.10} is 1.10, {@code HTTP/1} is 1.0); a major version other than 1 still
   * gets {@link #UNSUPPORTED_MAJOR_VERSION}.
   */
  VERSION_DIGIT_FORMAT("RFC9112-2.3-version-digit-format", 400, "HTTP-version digits malformed"),
  /**
   * Whitespace inside the HTTP-version ({@code HTTP/ 1.1}). Tolerated: the whitespace is skipped
   * when reading the version.
   */
  VERSION_INTERNAL_WHITESPACE(
      "RFC9112-2.3-version-internal-whitespace", 400, "Whitespace inside the HTTP-version"),
  /**
   * A major version other than 1, answered with 505. Tolerated: the request is processed with
   * HTTP/1.1 semantics (HTTP/1.0 semantics for major version 0).
   */
  UNSUPPORTED_MAJOR_VERSION(
      "RFC9110-6.2-unsupported-major-version-505", 505, "HTTP major version other than 1"),

  // ---------------------------------------------------------------- Group 5: fields
  /**
   * SP or HTAB between a field name and its colon, a classic smuggling vector. Tolerated: the
   * whitespace is trimmed and the field is kept under the trimmed name.
   */
  WHITESPACE_BEFORE_COLON(
      "RFC9112-5.1-whitespace-before-colon", 400, "Whitespace between field name and colon"),
  /** A field name containing a non-tchar octet. Tolerated: the name is kept as is. */
  FIELD_NAME_NOT_TOKEN("RFC9112-5-field-name-not-a-token", 400, "Field name is not a token"),
  /** A field line starting with a colon. Tolerated: the field is kept with an empty name. */
  FIELD_NAME_EMPTY("RFC9112-5-field-name-not-a-token", 400, "Empty field name"),
  /** A field line without any colon. Tolerated: the line is ignored. */
  FIELD_LINE_WITHOUT_COLON("RFC9112-5-field-line-without-colon", 400, "Field line without a colon"),
  /** A NUL octet in a field value. Tolerated: the NUL is kept. */
  NUL_IN_FIELD_VALUE("RFC9110-5.5-NUL-in-field-value", 400, "NUL in a field value"),
  /**
   * A CTL other than HTAB, CR, LF and NUL (or DEL) in a field value. RFC 9110 §5.5 lets a recipient
   * keep these in a safe context. Tolerated: the octet is kept.
   */
  CTL_IN_FIELD_VALUE("RFC9110-5.5-other-CTL-in-field-value", 400, "Control octet in a field value"),
  /**
   * An obs-fold (a line continuation starting with SP or HTAB). Replaced by SP without a violation
   * under {@link Leniency#OBS_FOLD_TO_SP}. Tolerated: the fold is kept as is inside the value, CR
   * and LF included.
   */
  OBS_FOLD("RFC9112-5.2-obs-fold", 400, "Obsolete line folding"),
  /**
   * An obs-fold inside Host, Content-Length or Transfer-Encoding, always rejected even under {@link
   * Leniency#OBS_FOLD_TO_SP}. Tolerated: the fold is overwritten with SP and the unfolded value is
   * used for framing and routing.
   */
  OBS_FOLD_IN_FRAMING_FIELD(
      "RFC9112-5.2-obs-fold-in-framing-field",
      400,
      "Obsolete line folding in a framing or routing field"),
  /**
   * The header section (or trailer section) exceeds {@link ParserConfig#maxHeaderSectionSize()}.
   * Tolerated: the limit is ignored.
   */
  HEADER_SECTION_TOO_LARGE(
      "RFC9110-5.4-fields-too-large", 431, "Header section larger than the configured limit"),
  /**
   * More field lines than {@link ParserConfig#maxFieldCount()}. Tolerated: the limit is ignored.
   */
  TOO_MANY_FIELDS(
      "RFC9110-5.4-fields-too-large", 431, "More field lines than the configured limit"),

  // ---------------------------------------------------------------- Group 6: Host
  /** An HTTP/1.1 request without Host. Tolerated: the request has no authority. */
  HOST_MISSING("RFC9112-3.2-Host-missing-HTTP11", 400, "HTTP/1.1 request without Host"),
  /** A second Host field line in an HTTP/1.1 request. Tolerated: the first Host is used. */
  HOST_DUPLICATE("RFC9112-3.2-Host-duplicate", 400, "More than one Host field"),
  /** A second Host field line in an HTTP/1.0 request. Tolerated: the first Host is used. */
  HOST_DUPLICATE_HTTP10(
      "RFC9112-3.2-Host-duplicate-HTTP10", 400, "More than one Host field in an HTTP/1.0 request"),
  /** An octet that reg-name does not allow in Host. Tolerated: the value is used as is. */
  HOST_INVALID_CHARACTER("RFC9112-3.2-Host-invalid-characters", 400, "Invalid octet in Host"),
  /** Userinfo ({@code @}) in Host. Tolerated: the value is used as is. */
  HOST_USERINFO("RFC9112-3.2-Host-with-userinfo", 400, "Userinfo in Host"),
  /** A "/", "?" or "#" in Host. Tolerated: the value is used as is. */
  HOST_PATH_QUERY_FRAGMENT(
      "RFC9112-3.2-Host-with-path-query-fragment", 400, "Path, query or fragment in Host"),
  /** A port that is not {@code *DIGIT}, or a second colon. Tolerated: the value is used as is. */
  HOST_INVALID_PORT("RFC9112-3.2-Host-invalid-port", 400, "Invalid port in Host"),
  /**
   * A colon with an empty port ({@code a:}); valid syntax that this strict parser rejects because
   * the RFC lets a server do so. Tolerated: accepted.
   */
  HOST_EMPTY_PORT("RFC9112-3.2-Host-empty-or-out-of-range-port", 400, "Empty port in Host"),
  /**
   * A port above 65535, or one written with leading zeros ({@code a:080}); the RFC lets a server
   * reject both. Tolerated: accepted.
   */
  HOST_PORT_OUT_OF_RANGE(
      "RFC9112-3.2-Host-empty-or-out-of-range-port",
      400,
      "Port out of range or with leading zeros in Host"),
  /** A malformed IP-literal, or an unbracketed IPv6 address. Tolerated: used as is. */
  HOST_INVALID_IP_LITERAL("RFC9112-3.2-Host-invalid-IP-literal", 400, "Invalid IP-literal in Host"),
  /** A comma in Host, the trace of two Host values combined into a list. Tolerated: used as is. */
  HOST_COMMA_LIST("RFC9112-3.2-Host-comma-list", 400, "Comma-separated Host"),
  /**
   * An empty Host value (or a port with no host). Valid syntax, but the http scheme needs a host,
   * and the RFC lets a server reject it. Tolerated: the request has an empty authority.
   */
  HOST_EMPTY("RFC9112-3.3-empty-authority", 400, "Empty Host value"),
  /**
   * A missing, duplicate or invalid Host in a request whose absolute-form target carries the
   * authority. Tolerated: Host is ignored and the target's authority is used.
   */
  HOST_CHECKS_WITH_ABSOLUTE_FORM(
      "RFC9112-3.2-Host-checks-apply-with-absolute-form",
      400,
      "Missing, duplicate or invalid Host with an absolute-form target"),

  // ---------------------------------------------------------------- Group 7: Content-Length
  /**
   * Content-Length is not {@code 1*DIGIT} (a sign, hex, letters). Tolerated: read like {@code
   * atoi}: the leading digits are the value (none reads as 0) and the rest is ignored, so {@code
   * 5a} is 5 and {@code abc} or {@code -1} is 0.
   */
  CONTENT_LENGTH_INVALID(
      "RFC9112-6.3-CL-invalid-syntax", 400, "Content-Length is not a decimal number"),
  /** An empty Content-Length value. Cannot be tolerated. */
  CONTENT_LENGTH_EMPTY("RFC9112-6.3-CL-empty-or-internal-whitespace", 400, "Empty Content-Length"),
  /**
   * Whitespace between digits ({@code 5 5}). Tolerated: the whitespace is skipped, so {@code 1 0}
   * reads as 10.
   */
  CONTENT_LENGTH_INTERNAL_WHITESPACE(
      "RFC9112-6.3-CL-empty-or-internal-whitespace", 400, "Whitespace inside Content-Length"),
  /** Content-Length values that differ. Tolerated: the first value frames the body. */
  CONTENT_LENGTH_DIFFERENT_VALUES(
      "RFC9112-6.3-CL-differing-values", 400, "Different Content-Length values"),
  /**
   * The same Content-Length repeated (in one list or several lines). RFC 9110 §8.6 lets a recipient
   * reject or use one instance; this parser rejects. Accepted without a violation under {@link
   * Leniency#IDENTICAL_CONTENT_LENGTHS}. Tolerated: one instance is used.
   */
  CONTENT_LENGTH_IDENTICAL_VALUES(
      "RFC9112-6.3-CL-identical-values", 400, "Repeated identical Content-Length values"),
  /** An empty member in a Content-Length list ({@code 5,}). Tolerated: the member is skipped. */
  CONTENT_LENGTH_LIST_EMPTY_MEMBER(
      "RFC9112-6.3-CL-list-with-empty-or-invalid-member",
      400,
      "Empty member in a Content-Length list"),
  /**
   * A non-numeric member in a Content-Length list. Tolerated: the member is read like {@link
   * #CONTENT_LENGTH_INVALID}.
   */
  CONTENT_LENGTH_LIST_INVALID_MEMBER(
      "RFC9112-6.3-CL-list-with-empty-or-invalid-member",
      400,
      "Invalid member in a Content-Length list"),
  /**
   * A Content-Length beyond {@link Long#MAX_VALUE}. Tolerated: every value is kept modulo 2^32,
   * like an unchecked unsigned 32-bit accumulator (2^32+5 and 2^64+5 both become 5, 2^63 becomes
   * 0), which is exactly the bug this rule prevents; the result is never negative.
   */
  CONTENT_LENGTH_OVERFLOW(
      "RFC9110-8.6-CL-large-value-no-overflow", 400, "Content-Length too large to represent"),

  // ---------------------------------------------------------------- Group 8: Transfer-Encoding
  /**
   * Transfer-Encoding whose final coding is not chunked (for a request the body length is then
   * unknowable). Tolerated: chunked anywhere in the list frames the body as chunked, and without it
   * the field is ignored (Content-Length, or no body, frames the message); other codings are
   * ignored either way, as in servers that look only for chunked.
   */
  TRANSFER_ENCODING_CHUNKED_NOT_FINAL(
      "RFC9112-6.3-TE-chunked-not-final",
      400,
      "Transfer-Encoding without chunked as the final coding"),
  /**
   * An empty Transfer-Encoding, a quoted coding, or a coding that is not a token. Tolerated: each
   * malformed member is skipped up to the next comma, and a field with no member left is ignored
   * (Content-Length, or no body, frames the message).
   */
  TRANSFER_ENCODING_MALFORMED(
      "RFC9112-6.3-TE-empty-or-malformed-value", 400, "Malformed Transfer-Encoding value"),
  /**
   * A transfer coding other than chunked before the final chunked; this parser decodes only
   * chunked. Tolerated: the coding is ignored and the body is framed as chunked.
   */
  TRANSFER_ENCODING_UNKNOWN_CODING(
      "RFC9112-6.1-TE-unknown-coding-501", 501, "Transfer coding not implemented"),
  /** chunked applied more than once. Tolerated: the body is decoded once. */
  TRANSFER_ENCODING_CHUNKED_TWICE(
      "RFC9112-6.1-TE-chunked-twice", 400, "chunked listed more than once"),
  /** Parameters on a transfer coding ({@code chunked;foo=bar}). Tolerated: they are ignored. */
  TRANSFER_ENCODING_PARAMETERS(
      "RFC9112-7.1-chunked-with-parameters", 400, "Parameters on a transfer coding"),
  /**
   * Both Transfer-Encoding and Content-Length. Processed by Transfer-Encoding alone, with {@link
   * RequestHead#mustClose()}, under {@link Leniency#TRANSFER_ENCODING_OVERRIDES_CONTENT_LENGTH}.
   * Tolerated: Content-Length frames the body (the CL.TE smuggling bug) and the connection must
   * close.
   */
  TRANSFER_ENCODING_WITH_CONTENT_LENGTH(
      "RFC9112-6.1-TE-and-CL-together", 400, "Transfer-Encoding together with Content-Length"),
  /**
   * Transfer-Encoding in an HTTP/1.0 request, whose framing must be treated as faulty. Tolerated:
   * the body is framed by Transfer-Encoding and the connection must close.
   */
  TRANSFER_ENCODING_IN_HTTP10(
      "RFC9112-6.1-TE-in-HTTP10-request", 400, "Transfer-Encoding in an HTTP/1.0 request"),

  // ---------------------------------------------------------------- Group 9: chunked
  /**
   * A chunk-size that is empty or contains a non-HEXDIG octet. Tolerated: read like {@code strtol}:
   * the hex digits before the bad octet are the size (none reads as 0, the last chunk) and the rest
   * of the line is skipped.
   */
  CHUNK_SIZE_NOT_HEX("RFC9112-7.1-chunk-size-not-hex", 400, "chunk-size is not hexadecimal"),
  /**
   * SP or HTAB before the chunk-size, or after it without a chunk extension. Tolerated: skipped.
   */
  CHUNK_SIZE_WHITESPACE(
      "RFC9112-7.1-chunk-size-surrounding-whitespace", 400, "Whitespace around the chunk-size"),
  /**
   * A chunk-size beyond {@link Long#MAX_VALUE}. Tolerated: every chunk-size is kept modulo 2^32,
   * like an unchecked unsigned 32-bit accumulator (100000005 and 10000000000000005 both become 5),
   * which is exactly the bug this rule prevents; the result is never negative.
   */
  CHUNK_SIZE_OVERFLOW("RFC9112-7.1-chunk-size-overflow", 400, "chunk-size too large to represent"),
  /**
   * A chunk-size with more digits than {@link ParserConfig#maxChunkSizeDigits()}. Tolerated: the
   * limit is ignored (overflow is still checked).
   */
  CHUNK_SIZE_TOO_MANY_DIGITS(
      "RFC9112-7.1-chunk-size-overflow", 400, "chunk-size longer than the configured limit"),
  /**
   * chunk-data not followed by CRLF (the data is longer or shorter than its size). Tolerated: the
   * decoder skips to the next LF.
   */
  CHUNK_DATA_LENGTH_MISMATCH(
      "RFC9112-7.1-chunk-data-length-mismatch", 400, "chunk-data not followed by CRLF"),
  /**
   * A lone LF ending a chunk-size line or chunk-data. The §2.2 lone-LF allowance covers only the
   * start-line and field lines, so no leniency applies. Tolerated: the LF ends the line.
   */
  CHUNK_LINE_BARE_LF(
      "RFC9112-7.1-chunk-lines-bare-LF", 400, "Chunk line terminated by LF without CR"),
  /**
   * A CR not followed by LF on a chunk line. Tolerated: the lone CR is dropped: after chunk-data it
   * ends the data as CRLF would, and on a chunk-size line the octet after it is read as though the
   * CR were not there.
   */
  CHUNK_LINE_BARE_CR(
      "RFC9112-7.1-chunk-lines-bare-CR", 400, "CR not followed by LF on a chunk line"),
  /**
   * A chunk extension that does not match {@code ";" chunk-ext-name [ "=" chunk-ext-val ]} (an
   * empty name, a missing value, an unterminated quoted-string). Tolerated: skipped up to the end
   * of the line.
   */
  CHUNK_EXTENSION_MALFORMED("RFC9112-7.1.1-chunk-ext-malformed", 400, "Malformed chunk extension"),
  /**
   * CR, LF, NUL or another CTL inside a chunk extension. Tolerated: the extension is skipped to the
   * end of its line; a CR or LF ends the line even inside a quoted string, and a lone CR is
   * dropped.
   */
  CHUNK_EXTENSION_CONTROL(
      "RFC9112-7.1.1-chunk-ext-CR-LF-NUL", 400, "Control octet inside a chunk extension"),
  /**
   * Chunk extensions on one line longer than {@link ParserConfig#maxChunkExtensionLength()}.
   * Tolerated: the limit is ignored.
   */
  CHUNK_EXTENSION_TOO_LONG(
      "RFC9112-7.1.1-chunk-ext-length-limit",
      400,
      "Chunk extensions longer than the configured limit"),
  /**
   * A trailer line that is not a valid field line (see the field rules above). Tolerated: the line
   * is ignored.
   */
  TRAILER_FIELD_MALFORMED(
      "RFC9112-7.1.2-trailer-malformed-field-line", 400, "Malformed trailer field line"),
  /**
   * A lone LF ending a trailer line or the chunked body. Accepted without a violation under {@link
   * Leniency#BARE_LF_LINE_ENDINGS}, since trailer lines are field lines. Tolerated: the LF ends the
   * line.
   */
  TRAILER_BARE_LF("RFC9112-7.1.2-trailer-bare-LF", 400, "Trailer line terminated by LF without CR"),

  // ---------------------------------------------------------------- Group 12: responses
  // Raised by ResponseParser, which records them instead of rejecting; the parser never tolerates
  // them (the reference server's wrong responses are its own misbehaviours).
  /** A status-line that does not match {@code HTTP/1.x SP 3DIGIT SP reason CRLF}. */
  RESPONSE_STATUS_LINE("RFC9112-4-status-line-syntax", 502, "Malformed status-line"),
  /**
   * A response header line that is not {@code token ":" OWS field-value OWS CRLF}: bare CR or LF,
   * obs-fold, whitespace before the colon or before the first field, CTLs in values, an invalid
   * Content-Length.
   */
  RESPONSE_HEADER_SECTION_GRAMMAR(
      "RFC9110-2.2-response-header-section-grammar", 502, "Malformed response header section"),
  /** Transfer-Encoding or Content-Length in a 1xx or 204 response. */
  RESPONSE_TE_OR_CL_IN_1XX_OR_204(
      "RFC9112-6.1-no-TE-or-CL-in-1xx-and-204",
      502,
      "Transfer-Encoding or Content-Length in a 1xx or 204 response"),
  /** A response with both Content-Length and Transfer-Encoding. */
  RESPONSE_CL_WITH_TE(
      "RFC9112-6.2-no-CL-with-TE-in-response",
      502,
      "Content-Length together with Transfer-Encoding in a response"),
  /** Octets after a HEAD response where the next status-line should begin. */
  RESPONSE_CONTENT_AFTER_HEAD(
      "RFC9110-9.3.2-HEAD-response-has-no-content", 502, "Content sent in a response to HEAD"),
  /** A close-delimited response without {@code Connection: close}. */
  RESPONSE_NOT_SELF_DELIMITED(
      "RFC9112-6.3-self-delimited-responses", 502, "Response neither length- nor chunk-delimited"),
  /** A final response with no request left to answer, or garbage where a response should be. */
  RESPONSE_UNSOLICITED(
      "RFC9112-9.2-one-final-response-per-request",
      502,
      "Final response without a matching request");

  private static final Map<String, List<Violation>> BY_RULE_ID;

  static {
    Map<String, List<Violation>> map = new HashMap<>();
    for (Violation v : values()) {
      map.computeIfAbsent(v.ruleId, k -> new ArrayList<>()).add(v);
    }
    map.replaceAll((k, list) -> Collections.unmodifiableList(list));
    BY_RULE_ID = Collections.unmodifiableMap(map);
  }

  private final String ruleId;
  private final int status;
  private final String summary;

  Violation(String ruleId, int status, String summary) {
    this.ruleId = ruleId;
    this.status = status;
    this.summary = summary;
  }

  /**
   * Returns the id of the rulebook rule this violation breaks.
   *
   * @return the rule id, e.g. {@code RFC9112-5.1-whitespace-before-colon}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the status code a server should answer with when it rejects the message (502 for the
   * response rules).
   *
   * @return an HTTP status code such as 400, 414, 431, 501 or 505
   */
  public int status() {
    return status;
  }

  /**
   * Returns a one-line description of the defect.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns every constant whose {@link #ruleId()} equals the given id.
   *
   * @param ruleId a requirement id
   * @return the matching constants in declaration order; empty if none
   */
  public static List<Violation> forRuleId(String ruleId) {
    return BY_RULE_ID.getOrDefault(ruleId, List.of());
  }
}
