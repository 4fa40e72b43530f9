package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The path is chosen by the documented rule, and a forced path is the one in use. */
class ScannerSelectionTest {

  private static boolean vectorModule() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  @Test
  void forcedPathIsTheDefault() {
    String forced = System.getProperty(ScannerSelection.PROPERTY, "");
    if (forced.equals("scalar") || forced.equals("swar") || vectorModule() && !forced.isEmpty()) {
      assertThat(ScannerSelection.DEFAULT.name()).isEqualTo(forced);
    }
  }

  @Test
  void scalarAndSwarCanBeForced() {
    String[] why = new String[1];
    assertThat(ScannerSelection.select("scalar", why).name()).isEqualTo("scalar");
    assertThat(ScannerSelection.select("swar", why).name()).isEqualTo("swar");
  }

  @Test
  void automaticChoiceFollowsTheRule() {
    String[] why = new String[1];
    ByteScanner chosen = ScannerSelection.select("", why);
    if (!vectorModule()) {
      assertThat(chosen.name()).isEqualTo("swar");
      assertThat(why[0]).contains("--add-modules jdk.incubator.vector");
    } else if (Runtime.version().feature() < ScannerSelection.VECTOR_MIN_FEATURE) {
      assertThat(chosen.name()).isEqualTo("swar");
    } else {
      assertThat(chosen.name()).startsWith("vector");
    }
  }

  @Test
  void unknownValueIsIgnoredAndSaidSo() {
    String[] why = new String[1];
    ByteScanner chosen = ScannerSelection.select("avx9000", why);
    assertThat(chosen.name()).isEqualTo(ScannerSelection.select("", new String[1]).name());
    assertThat(why[0]).startsWith("unknown -Dh1proof.simd=avx9000 ignored");
  }
}
