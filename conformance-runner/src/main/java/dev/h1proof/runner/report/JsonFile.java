package dev.h1proof.runner.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.h1proof.runner.result.RunReport;
import java.io.IOException;
import java.io.OutputStream;

/** A report written as one JSON file: one indented tree, then a newline. */
abstract class JsonFile implements ReportWriter {
  /** Makes the trees; indents, and leaves the stream open for the writer that owns it. */
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final String fileName;

  JsonFile(String fileName) {
    this.fileName = fileName;
  }

  /** The report as a JSON tree. */
  abstract JsonNode tree(RunReport report);

  @Override
  public final String fileName() {
    return fileName;
  }

  @Override
  public final void render(RunReport report, OutputStream out) throws IOException {
    MAPPER.writeValue(out, tree(report));
    out.write('\n');
  }
}
