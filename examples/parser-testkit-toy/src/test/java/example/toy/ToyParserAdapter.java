package example.toy;

import dev.h1proof.testkit.ParseResult;
import dev.h1proof.testkit.ParserUnderTest;
import java.util.List;

/** The adapter: what the kit needs from the toy parser. */
final class ToyParserAdapter implements ParserUnderTest {
  @Override
  public String name() {
    return "toy";
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ToyParser parser = new ToyParser();
    ToyParser.Result result = null;
    for (byte[] segment : segments) {
      parser.receive(segment);
      result = parser.parse();
      if (result.error() != null) {
        break;
      }
    }
    ParseResult.Builder out = new ParseResult.Builder();
    for (ToyParser.Request r : result.requests()) {
      ParseResult.Framing framing =
          switch (r.framing()) {
            case "chunked" -> ParseResult.Framing.CHUNKED;
            case "length" -> ParseResult.Framing.CONTENT_LENGTH;
            default -> ParseResult.Framing.NONE;
          };
      out.request(r.method(), r.target(), framing, r.contentLength(), r.end());
    }
    if (result.error() != null) {
      return out.rejected(400, result.error());
    }
    return result.idle() ? out.idle() : out.needsMore();
  }
}
