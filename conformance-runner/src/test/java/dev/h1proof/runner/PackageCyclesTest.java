package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the runner depend on each other, directly or round a longer loop: read from
 * the compiled classes by {@code jdeps}, so an import, a fully qualified name or a signature all
 * count.
 */
class PackageCyclesTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s+(dev\\.h1proof\\S*)\\s+->\\s+(dev\\.h1proof\\S*)\\s", Pattern.MULTILINE);

  /** Package to the packages its classes use, dev.h1proof only. */
  static Map<String, Set<String>> dependencies(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int code =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "-verbose:package",
            "-filter:none",
            classes.toString());
    assertThat(code).as(out.toString()).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    Matcher m = EDGE.matcher(out.toString());
    while (m.find()) {
      graph.computeIfAbsent(m.group(1), k -> new TreeSet<>());
      if (!m.group(1).equals(m.group(2))) {
        graph.get(m.group(1)).add(m.group(2));
      }
    }
    return graph;
  }

  /** The strongly connected components with more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> found = new ArrayList<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        strongConnect(node, graph, index, low, stack, onStack, found, counter);
      }
    }
    return found;
  }

  private static void strongConnect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> found,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        strongConnect(w, graph, index, low, stack, onStack, found, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }

  @Test
  void noPackageCycleInTheCompiledClasses() {
    assertThat(Files.isDirectory(CLASSES.resolve("dev/h1proof/runner"))).isTrue();
    Map<String, Set<String>> graph = dependencies(CLASSES);
    // the packages this rule protects are all there, and the runner uses its sub-packages
    assertThat(graph)
        .containsKeys(
            "dev.h1proof.runner",
            "dev.h1proof.runner.report",
            "dev.h1proof.runner.baseline",
            "dev.h1proof.runner.result");
    assertThat(graph.get("dev.h1proof.runner"))
        .contains("dev.h1proof.runner.report", "dev.h1proof.runner.baseline");
    assertThat(graph.get("dev.h1proof.runner.report")).doesNotContain("dev.h1proof.runner");
    assertThat(graph.get("dev.h1proof.runner.baseline")).doesNotContain("dev.h1proof.runner");
    assertThat(cycles(graph)).isEmpty();
  }

  @Test
  void theCycleFinderFindsALoop() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertThat(cycles(new TreeMap<>(graph))).containsExactly(Set.of("a", "b", "c"));
    assertThat(cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of())))).isEmpty();
  }
}
