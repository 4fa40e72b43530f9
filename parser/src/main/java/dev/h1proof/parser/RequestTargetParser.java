package dev.h1proof.parser;

/** The request-target (RFC 9112 §3.2): its four forms, authority and path checks. */
abstract class RequestTargetParser extends HeadScanning {

  RequestTargetParser(ParserConfig config, ByteScanner scanner) {
    super(config, scanner);
  }

  boolean target(int ts, int te) {
    boolean connect = in.equalsExactly(methodStart, methodEnd - methodStart, "CONNECT");
    if (te - ts == 1 && in.at(ts) == '*') {
      targetForm = TargetForm.ASTERISK;
      if (connect) {
        return !reject(Violation.CONNECT_TARGET_NOT_AUTHORITY, ts);
      }
      return in.equalsExactly(methodStart, methodEnd - methodStart, "OPTIONS")
          || !reject(Violation.ASTERISK_FORM_NOT_OPTIONS, ts);
    }
    boolean slashOrQuery = false;
    boolean colon = false;
    for (int k = ts; k < te; k++) {
      byte b = in.at(k);
      if (b == '/' || b == '?' || b == '#') {
        slashOrQuery = true;
        break;
      }
      if (b == ':') {
        colon = true;
      }
    }
    if (connect) {
      if (!slashOrQuery) {
        targetForm = TargetForm.AUTHORITY;
        return authorityForm(ts, te, true);
      }
      if (reject(Violation.CONNECT_TARGET_NOT_AUTHORITY, ts)) {
        return false;
      }
    }
    if (in.at(ts) == '/') {
      targetForm = TargetForm.ORIGIN;
      return pathAndQuery(ts, te);
    }
    int schemeEnd = schemeEnd(ts, te);
    boolean absolute =
        schemeEnd > 0 && (schemeEnd + 1 < te && !isDigit(in.at(schemeEnd + 1)) || slashOrQuery);
    if (!absolute && colon && !slashOrQuery) {
      if (reject(Violation.AUTHORITY_FORM_NOT_CONNECT, ts)) {
        return false;
      }
      targetForm = TargetForm.AUTHORITY;
      return authorityForm(ts, te, false);
    }
    if (absolute) {
      targetForm = TargetForm.ABSOLUTE;
      return absoluteForm(ts, schemeEnd, te);
    }
    if (reject(Violation.ORIGIN_FORM_WITHOUT_SLASH, ts)) {
      return false;
    }
    targetForm = TargetForm.ORIGIN;
    return pathAndQuery(ts, te);
  }

  /** Returns the index of the ':' after {@code scheme}, or -1. */
  int schemeEnd(int s, int e) {
    if (s >= e || !HttpTokens.is(in.at(s), HttpTokens.ALPHA)) {
      return -1;
    }
    for (int k = s + 1; k < e; k++) {
      byte b = in.at(k);
      if (b == ':') {
        return k;
      }
      if (!HttpTokens.is(b, HttpTokens.SCHEME)) {
        return -1;
      }
    }
    return -1;
  }

  boolean absoluteForm(int ts, int colon, int te) {
    boolean http =
        in.equalsIgnoreCase(ts, colon - ts, "http") || in.equalsIgnoreCase(ts, colon - ts, "https");
    int p = colon + 1;
    if (p + 1 < te && in.at(p) == '/' && in.at(p + 1) == '/') {
      int as = p + 2;
      int ae = as;
      while (ae < te) {
        byte b = in.at(ae);
        if (b == '/' || b == '?' || b == '#') {
          break;
        }
        ae++;
      }
      int atSign = -1;
      for (int k = as; k < ae; k++) {
        if (in.at(k) == '@') {
          atSign = k;
        }
      }
      if (atSign >= 0) {
        if (reject(Violation.TARGET_USERINFO, as)) {
          return false;
        }
        as = atSign + 1;
      }
      int code = Authority.check(in, as, ae, errAt);
      if (code == Authority.EMPTY_HOST) {
        if (http && reject(Violation.TARGET_EMPTY_HOST, as)) {
          return false;
        }
      } else {
        if (code != Authority.OK_WITH_PORT
            && code != Authority.OK_NO_PORT
            && code != Authority.EMPTY_PORT
            && code != Authority.COMMA
            && reject(Violation.TARGET_INVALID_AUTHORITY, errAt[0])) {
          return false;
        }
        targetAuthorityStart = as;
        targetAuthorityEnd = ae;
      }
      return pathAndQuery(ae, te);
    }
    if (http && reject(Violation.TARGET_EMPTY_HOST, p)) {
      return false;
    }
    return pathAndQuery(p, te);
  }

  boolean authorityForm(int ts, int te, boolean connect) {
    int code = Authority.check(in, ts, te, errAt);
    Violation v;
    switch (code) {
      case Authority.OK_WITH_PORT:
        v = null;
        break;
      case Authority.OK_NO_PORT:
        v = Violation.CONNECT_INVALID_PORT;
        errAt[0] = te;
        break;
      case Authority.EMPTY_PORT:
      case Authority.INVALID_PORT:
      case Authority.PORT_RANGE:
        v = Violation.CONNECT_INVALID_PORT;
        break;
      case Authority.USERINFO:
        v = Violation.TARGET_USERINFO;
        break;
      case Authority.EMPTY_HOST:
        v = Violation.TARGET_EMPTY_HOST;
        break;
      default:
        v = Violation.TARGET_INVALID_AUTHORITY;
        break;
    }
    if (v != null && (connect || v != Violation.CONNECT_INVALID_PORT) && reject(v, errAt[0])) {
      return false;
    }
    targetAuthorityStart = ts;
    targetAuthorityEnd = te;
    return true;
  }

  /** Validates {@code *( pchar / "/" / "?" )} with pct-encoding (RFC 3986 §3.3–3.4). */
  boolean pathAndQuery(int s, int e) {
    int i = s;
    while ((i = scanTarget(i, e)) < e) {
      byte b = in.at(i);
      if (b == '%') {
        if (i + 2 < e
            && HttpTokens.is(in.at(i + 1), HttpTokens.HEXDIG)
            && HttpTokens.is(in.at(i + 2), HttpTokens.HEXDIG)) {
          i += 3;
          continue;
        }
        if (reject(Violation.TARGET_BAD_PERCENT_ENCODING, i)) {
          return false;
        }
        i++;
        continue;
      }
      Violation v;
      if (b == '#') {
        v = Violation.TARGET_FRAGMENT;
      } else if (isLineWs(b)) {
        v = Violation.TARGET_WHITESPACE;
      } else if (HttpTokens.is(b, HttpTokens.CTL)) {
        v = Violation.TARGET_CTL;
      } else {
        v = Violation.TARGET_DISALLOWED_OCTET;
      }
      if (reject(v, i)) {
        return false;
      }
      i++;
    }
    return true;
  }
}
