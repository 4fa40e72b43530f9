/**
 * A strict HTTP/1.1 request and response parser (RFC 9112), with no dependencies.
 *
 * <p>Everything public lives in the single exported package {@code dev.h1proof.parser}. The test
 * lab {@code dev.h1proof.parser.lab}, which makes the parser break rules on purpose, is not
 * exported to anyone: the h1proof runner that uses it is no named module (it runs from the class
 * path, see that package's documentation), so a qualified export would have no module to name. The
 * Vector API is optional: it is used only when the JVM runs with {@code --add-modules
 * jdk.incubator.vector}, and the parser falls back to SWAR scanning otherwise.
 */
module dev.h1proof.parser {
  requires static jdk.incubator.vector;

  exports dev.h1proof.parser;
}
