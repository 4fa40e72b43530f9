package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code h1proof list} and every command's help fit a 100-column terminal. */
class ListWidthTest {
  @Test
  void theCatalogueFitsOneHundredColumnsWithEveryTitleWhole() {
    CliTest.Run list = CliTest.cli("list");
    assertThat(list.code()).isZero();
    assertThat(list.out().lines())
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    // each rule once, with its level and section; the titles below it, joined back, are whole
    assertThat(list.out())
        .contains("RFC9112-5.1-whitespace-before-colon")
        .contains("    a space between field name and colon is rejected with 400");
    long rules =
        list.out()
            .lines()
            .filter(l -> l.startsWith("RFC"))
            .map(l -> l.split(" ")[0])
            .distinct()
            .count();
    assertThat(list.out().strip()).endsWith(" " + rules + " rules");
    String json = CliTest.cli("list", "--format", "json").out();
    assertThat(json).contains("\"title\"");
  }

  @Test
  void everyHelpFitsOneHundredColumns() {
    for (String command : new String[] {"run", "list", "explain", "parse", "serve", "matrix"}) {
      CliTest.Run help = CliTest.cli(command, "--help");
      assertThat(help.code()).isZero();
      assertThat(help.out().lines())
          .as(command)
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    }
  }
}
