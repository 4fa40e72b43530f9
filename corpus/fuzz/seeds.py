#!/usr/bin/env python3
"""Writes the hand-made seeds of corpus/fuzz/<target>/ (see README.md beside this file).

Each seed is a message followed by the eight control octets that ParserFuzzTest reads through
FuzzInput. Run from the repository root: python3 corpus/fuzz/seeds.py
Files the fuzzing campaigns added (named found-*) are left alone.
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent
CORPUS = ROOT.parent

# c[0] leniencies, c[1] tolerated mode, c[2] violation index, c[3] limits/flags, c[4..7] splits.
SPLITS = bytes([0x20, 0x60, 0xA0, 0xE0])
STRICT = bytes([0, 0, 0, 0]) + SPLITS
LENIENT = bytes([0xFF, 0, 0, 0]) + SPLITS
TOLERANT = bytes([0, 0x40, 0, 0]) + SPLITS
TINY = bytes([0, 0, 0, 1]) + SPLITS


def write(target, name, message, control):
    d = ROOT / target
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(message + control)


def request_seeds():
    files = sorted((CORPUS / "valid").glob("*.http")) + sorted((CORPUS / "malformed").glob("*.http"))
    for f in files:
        if f.stat().st_size > 4096:
            continue
        write("requestHead", f.stem, f.read_bytes(), STRICT)
    hand = {
        "lenient-bare-lf-fold": (b"GET / HTTP/1.1\nHost: a\nX: a\n b\r\n\n", LENIENT),
        "lenient-ws-runs": (b"GET  /a   HTTP/1.1\r\nHost: a\r\nX: \x00b\rc\r\n\r\n", LENIENT),
        "tolerant-everything": (
            b" GET /a b HTTP/1.1 \r\nHost : a\r\nHost: b\r\nContent-Length: 1e1\r\n"
            b"Transfer-Encoding: chunked\r\nX: a\r\n b\r\n\r\n",
            TOLERANT,
        ),
        "tiny-limits": (b"GET /0123456789abcdefghij HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", TINY),
        "absolute-form": (b"GET http://example.com:8080/p?q HTTP/1.1\r\nHost: example.com:8080\r\n\r\n", STRICT),
        "authority-form": (b"CONNECT [::1]:443 HTTP/1.1\r\nHost: [::1]:443\r\n\r\n", STRICT),
        "asterisk-form": (b"OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", STRICT),
        "expect-connection": (
            b"PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nConnection: close, keep-alive\r\n"
            b"Content-Length: 3\r\n\r\nabc",
            STRICT,
        ),
        "te-list": (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", STRICT),
        "http10-keep-alive": (b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", STRICT),
        "leading-empty-lines": (b"\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", STRICT),
        "obs-text-percent": (b"GET /%41%zz HTTP/1.1\r\nHost: a\r\nX: caf\xe9\r\n\r\n", STRICT),
    }
    for name, (message, control) in hand.items():
        write("requestHead", name, message, control)


def chunked_seeds():
    for name in ["chunked-post.http", "chunked-post-events.http"]:
        write("chunkedBody", pathlib.Path(name).stem, (CORPUS / "valid" / name).read_bytes(), STRICT)
    write("chunkedBody", "chunk-size-overflow",
          (CORPUS / "malformed" / "chunk-size-overflow.http").read_bytes(), STRICT)
    hand = {
        "trailers": (b"4\r\nwiki\r\n5\r\npedia\r\n0\r\nExpires: never\r\nX-Sum: 1\r\n\r\n", STRICT),
        "extensions": (b"3;a=b;c=\"q\\\"x\" ; d\r\nabc\r\n0;last\r\n\r\n", STRICT),
        "uppercase-hex-zeros": (b"000A\r\n0123456789\r\n00\r\n\r\n", STRICT),
        "bare-lf-lenient": (b"3\r\nabc\r\n0\r\nX: y\n\n", LENIENT),
        "recoveries": (b" 5 \r\nhello\n3x\r\nabc\rz\r\n0\r\nBad Name: v\r\nX : y\r\n\r\n", TOLERANT),
        "tiny-limits": (b"1234\r\n" + b"a" * 0x34 + b"\r\n1;aaaaaaaaaaaaaaa\r\nb\r\n0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", TINY),
        "data-length-mismatch": (b"3\r\nabcd\r\n0\r\n\r\n", STRICT),
        "pipelined-after": (b"0\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", STRICT),
    }
    for name, (message, control) in hand.items():
        write("chunkedBody", name, message, control)


def response_control(methods, eof):
    # c[0]: two bits per method (GET, HEAD, POST, CONNECT); c[3]: bit 1 end of stream, bits 2-3 count - 1.
    codes = {"GET": 0, "HEAD": 1, "POST": 2, "CONNECT": 3}
    c0 = 0
    for k, m in enumerate(methods):
        c0 |= codes[m] << (2 * k)
    c3 = (2 if eof else 0) | ((len(methods) - 1) << 2)
    return bytes([c0, 0, 0, c3]) + SPLITS


def response_seeds():
    hand = {
        "content-length": (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello", ["GET"], False),
        "chunked-trailers": (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\n0\r\nX-T: 1\r\n\r\n",
            ["GET"], False),
        "interim-then-final": (
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
            b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n",
            ["POST"], False),
        "head-with-length": (b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 204 No Content\r\n\r\n",
                             ["HEAD", "GET"], False),
        "close-delimited": (b"HTTP/1.0 200 OK\r\nConnection: close\r\n\r\nall of it", ["GET"], True),
        "not-self-delimited": (b"HTTP/1.1 200 OK\r\n\r\nbody", ["GET"], True),
        "switching-protocols": (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x05hello", ["GET"], False),
        "connect-tunnel": (b"HTTP/1.1 200 Connection Established\r\n\r\n\x16\x03\x01", ["CONNECT"], False),
        "pipelined-three": (
            b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n"
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno",
            ["GET", "GET", "GET"], False),
        "malformed-lines": (
            b"HTTP/1.1 200 \r\nX : a\r\n fold\r\nBad\x01: v\r\nNoColon\nContent-Length: 2, 2\r\n\r\nok",
            ["GET"], False),
        "bad-status-line": (b"HTTP/1.1 2000 OK\r\n\r\n", ["GET"], False),
        "bad-version": (b"HTTP/2 200\r\n\r\n", ["GET"], True),
        "garbage-after": (b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nxyz", ["GET"], True),
        "unsolicited": (b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                        ["GET"], False),
        "te-and-cl-204": (b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n",
                          ["GET"], False),
        "te-not-chunked": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n\x1f\x8b", ["GET"], True),
        "bad-chunk": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", ["GET"], False),
        "partial-status": (b"HTT", ["GET"], False),
    }
    for name, (message, methods, eof) in hand.items():
        write("responses", name, message, response_control(methods, eof))


request_seeds()
chunked_seeds()
response_seeds()
