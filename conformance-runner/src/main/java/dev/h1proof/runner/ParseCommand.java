package dev.h1proof.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestReader;
import dev.h1proof.parser.Violation;
import dev.h1proof.rulebook.Notation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code h1proof parse FILE...}: the strict parser's verdict on raw request files. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description =
        "Parses each FILE (- for standard input) as one raw HTTP/1.1 request, head and body, and"
            + " prints the parsed head or the violation with its rule id, status and offset.",
    header = "Runs the strict parser on raw request files and prints each verdict.")
public final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to parse; - reads stdin.")
  List<String> files;

  @Option(names = "--json", description = "One JSON object per file.")
  boolean json;

  @Mixin ParserOptions parserOptions;

  /** Made on first use: every command line builds this command, few print JSON with it. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The parser's judgement on one input. */
  record Result(
      String file,
      String result,
      int status,
      Violation violation,
      long offset,
      String summary,
      byte[] bytes) {}

  @Override
  public Integer call() throws IOException {
    ParserConfig config = parserOptions.config();
    PrintWriter out = spec.commandLine().getOut();
    boolean allAccepted = true;
    for (String file : files) {
      byte[] bytes = read(file);
      Result r = parse(file, bytes, config);
      allAccepted &= r.result().equals("accepted");
      out.println(json ? json(r) : text(r));
    }
    out.flush();
    return allAccepted ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }

  private byte[] read(String file) {
    try {
      return file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, file + ": cannot read: " + e.getMessage());
    }
  }

  static Result parse(String file, byte[] bytes, ParserConfig config) {
    RequestReader reader = new RequestReader(config);
    RequestReader.Event event = reader.read(bytes, bytes.length);
    if (event == RequestReader.Event.VIOLATION) {
      return rejected(file, bytes, reader.violation(), reader.violationOffset());
    }
    if (event == RequestReader.Event.NEED_MORE) {
      return new Result(file, "incomplete", 0, null, bytes.length, "the head is incomplete", bytes);
    }
    RequestHead head = reader.head();
    String summary =
        head.method()
            + " "
            + head.target()
            + " "
            + head.version()
            + ", "
            + head.fieldCount()
            + " field(s), body: "
            + framing(head);
    String incomplete =
        head.bodyFraming() == BodyFraming.CHUNKED
            ? " (chunked body incomplete)"
            : " (body incomplete)";
    do {
      event = reader.read(bytes, bytes.length);
    } while (event == RequestReader.Event.CONTENT);
    if (event == RequestReader.Event.VIOLATION) {
      return rejected(file, bytes, reader.violation(), reader.violationOffset());
    }
    if (event == RequestReader.Event.NEED_MORE) {
      return new Result(file, "incomplete", 0, null, bytes.length, summary + incomplete, bytes);
    }
    return new Result(file, "accepted", 200, null, -1, summary, bytes);
  }

  private static Result rejected(String file, byte[] bytes, Violation v, long offset) {
    return new Result(file, "rejected", v.status(), v, offset, v.summary(), bytes);
  }

  private static String framing(RequestHead head) {
    return switch (head.bodyFraming()) {
      case NONE -> "none";
      case CONTENT_LENGTH -> "content-length " + head.contentLength();
      case CHUNKED -> "chunked";
      default -> head.bodyFraming().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String text(Result r) {
    if (r.violation() == null) {
      return r.file() + ": " + r.result() + ": " + r.summary();
    }
    return r.file()
        + ": rejected "
        + r.status()
        + " "
        + r.violation().ruleId()
        + " at offset "
        + r.offset()
        + ": "
        + r.summary()
        + "\n"
        + caret(r.bytes(), (int) r.offset());
  }

  /** The line holding the offending byte, escaped, with a caret under that byte. */
  static String caret(byte[] bytes, int offset) {
    int at = Math.max(0, Math.min(offset, bytes.length));
    int lineStart = at;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n' && at - lineStart < 60) {
      lineStart--;
    }
    int lineEnd = at;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && lineEnd - at < 60) {
      lineEnd++;
    }
    lineEnd = Math.min(bytes.length, lineEnd + 1);
    String before = Notation.escape(bytes, lineStart, at - lineStart, false);
    String line = Notation.escape(bytes, lineStart, lineEnd - lineStart, false);
    return "  " + line + "\n  " + " ".repeat(before.length()) + "^";
  }

  private static String json(Result r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("file", r.file());
    o.put("result", r.result());
    if (r.status() > 0) {
      o.put("status", r.status());
    } else {
      o.putNull("status");
    }
    if (r.violation() != null) {
      o.put("rule", r.violation().ruleId());
      o.put("violation", r.violation().name());
      o.put("offset", r.offset());
    } else {
      o.putNull("rule");
      o.putNull("offset");
    }
    o.put("summary", r.summary());
    return o.toString();
  }
}
