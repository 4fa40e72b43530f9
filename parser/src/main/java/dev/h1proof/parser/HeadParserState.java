package dev.h1proof.parser;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The state of a {@link RequestParser}: its configuration, the position in the caller's buffer, the
 * request-line and the field table, and how a rule is rejected or tolerated. The parser is split
 * along its sections, each a class of this chain: {@link HeadScanning} (the hot loops), {@link
 * RequestTargetParser}, {@link RequestLineParser}, {@link FieldLineParser}, {@link FramingDecision}
 * and {@link RequestParser} (the driver and the public API).
 */
abstract class HeadParserState {

  /** Where the head parser is; one value per section of the head it may stop in. */
  enum Step {
    START,
    REQUEST_LINE,
    LINE_START,
    FIELD_LINE,
    FIELD_END,
    SKIP_LINE,
    DONE,
    FAILED
  }

  static final byte KIND_OTHER = 0;
  static final byte KIND_HOST = 1;
  static final byte KIND_CONTENT_LENGTH = 2;
  static final byte KIND_TRANSFER_ENCODING = 3;
  static final byte KIND_CONNECTION = 4;
  static final byte KIND_EXPECT = 5;

  static final int MAX_WORDS = 16;

  final ParserConfig config;
  final EnumSet<Violation> toleratedSeen = EnumSet.noneOf(Violation.class);
  final Set<Violation> toleratedView = Collections.unmodifiableSet(toleratedSeen);
  final boolean bareLf;
  final boolean obsFoldToSp;
  final boolean bareCrToSp;
  final boolean nulToSp;
  final boolean retainCtl;
  final boolean whitespaceRuns;
  final boolean ignoreWhitespaceLines;
  final boolean teOverridesCl;
  final boolean identicalCl;
  final int maxRequestLine;
  final int maxHeaderSection;
  final int maxFields;

  final Input in = new Input();
  final ByteScanner scanner;
  final int[] wordStart = new int[MAX_WORDS];
  final int[] wordEnd = new int[MAX_WORDS];
  final int[] errAt = new int[1];

  Step state = Step.DONE;
  boolean started;
  int start;
  int end;
  int pos;
  int lineStart;
  int emptyLines;
  boolean emptyLineLimitOff;
  boolean lineLimitOff;
  boolean sectionLimitOff;
  boolean fieldLimitOff;
  boolean sawFieldLine;
  int headerSectionStart;
  int sectionLimitAt;
  Violation violation;
  int violationAt;

  // request-line
  int methodStart;
  int methodEnd;
  int targetStart;
  int targetEnd;
  TargetForm targetForm;
  int versionMajor;
  int versionMinor;
  boolean http11;

  /** Set by the recovery of a tolerated Transfer-Encoding error that leaves the field unused. */
  boolean transferEncodingIgnored;

  int targetAuthorityStart;
  int targetAuthorityEnd;

  // field table
  int fieldCount;
  int[] nameStart = new int[16];
  int[] nameEnd = new int[16];
  int[] valueStart = new int[16];
  int[] valueEnd = new int[16];
  byte[] kind = new byte[16];

  /** Bit {@code 1 << k} for every field kind {@code k} present, so finishing skips absent ones. */
  int kindsSeen;

  // field being parsed
  int curLineStart;
  int curPhysStart;
  int curNameStart;
  int curNameEnd;
  int curValueStart;
  int curValueEnd;
  boolean curValueEmpty;
  boolean curFolded;
  boolean curDropped;
  boolean curSkipLeadingWs;
  int curTermStart;
  int curTermEnd;
  boolean lastLineDropped;

  // head results
  int headEnd;
  int hostField;
  int hostStart;
  int hostEnd;
  BodyFraming framing;
  long contentLength;
  boolean keepAlive;
  boolean expectContinue;
  boolean mustClose;

  HeadParserState(ParserConfig config, ByteScanner scanner) {
    this.config = Objects.requireNonNull(config, "config");
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.bareLf = config.allows(Leniency.BARE_LF_LINE_ENDINGS);
    this.obsFoldToSp = config.allows(Leniency.OBS_FOLD_TO_SP);
    this.bareCrToSp = config.allows(Leniency.BARE_CR_TO_SP);
    this.nulToSp = config.allows(Leniency.NUL_TO_SP);
    this.retainCtl = config.allows(Leniency.RETAIN_CTL_IN_FIELD_VALUE);
    this.whitespaceRuns = config.allows(Leniency.REQUEST_LINE_WHITESPACE_RUNS);
    this.ignoreWhitespaceLines = config.allows(Leniency.IGNORE_WHITESPACE_PRECEDED_LINES);
    this.teOverridesCl = config.allows(Leniency.TRANSFER_ENCODING_OVERRIDES_CONTENT_LENGTH);
    this.identicalCl = config.allows(Leniency.IDENTICAL_CONTENT_LENGTHS);
    this.maxRequestLine = config.maxRequestLineLength();
    this.maxHeaderSection = config.maxHeaderSectionSize();
    this.maxFields = config.maxFieldCount();
  }

  /**
   * Records a tolerated violation and returns false, or fails the message and returns true. The
   * code after a false return is the recovery.
   */
  final boolean reject(Violation v, int at) {
    if (config.tolerates(v)) {
      toleratedSeen.add(v);
      return false;
    }
    violation = v;
    violationAt = at;
    return true;
  }

  /** Fails the message whatever the tolerated set says; returns false for use in checks. */
  final boolean fail(Violation v, int at) {
    violation = v;
    violationAt = at;
    return false;
  }
}
