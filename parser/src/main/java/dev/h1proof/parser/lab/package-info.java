/**
 * The test lab: a parser that breaks chosen rules on purpose, for checking a conformance suite
 * against a server known to be wrong. Several of these recoveries open request-smuggling holes, so
 * this package is not exported by the {@code dev.h1proof.parser} module and is no part of the
 * parser's API.
 *
 * <p>Who reaches it: code in this module, and code on the class path, where module boundaries do
 * not apply. The h1proof conformance runner is such code: it has no module descriptor, its shaded
 * CLI jar drops every {@code module-info.class} and runs with {@code java -jar}, and its tests run
 * on the class path. A class-path program that puts this module on the module path instead needs
 * {@code --add-exports dev.h1proof.parser/dev.h1proof.parser.lab=ALL-UNNAMED}, the same opt-in the
 * JDK asks for its own internal packages.
 */
package dev.h1proof.parser.lab;
