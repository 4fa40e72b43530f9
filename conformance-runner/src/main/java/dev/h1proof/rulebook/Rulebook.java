package dev.h1proof.rulebook;

import dev.h1proof.parser.Level;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleDocString;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepArgument;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.tagexpressions.Expression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rulebook: every scenario of the feature files, read with Gherkin's own parser and checked
 * against the conventions of {@code features/README.md}.
 */
public final class Rulebook {
  private final List<RuleScenario> scenarios;
  private final List<RuleScenario> intermediary;

  private Rulebook(List<RuleScenario> scenarios) {
    this.scenarios = scenarios.stream().filter(s -> !s.intermediary()).toList();
    this.intermediary = scenarios.stream().filter(RuleScenario::intermediary).toList();
  }

  /**
   * The {@code @intermediary} scenarios, ordered by file and line: judged through a proxy on both
   * sides of it ({@code h1proof proxy}), so they are kept apart from {@link #scenarios()}.
   */
  public List<RuleScenario> intermediary() {
    return intermediary;
  }

  /** Every scenario but the intermediary ones, ordered by file and line. */
  public List<RuleScenario> scenarios() {
    return scenarios;
  }

  /** The distinct rule ids, sorted. */
  public Set<String> ruleIds() {
    return scenarios.stream()
        .map(RuleScenario::ruleId)
        .sorted()
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The scenarios that pass a filter, in order. */
  public List<RuleScenario> select(Predicate<RuleScenario> filter) {
    return scenarios.stream().filter(filter).toList();
  }

  /** A filter for a cucumber tag expression. */
  public static Predicate<RuleScenario> tagFilter(Expression expression) {
    return s -> expression.evaluate(List.copyOf(s.tags()));
  }

  /** Loads the rulebook bundled with h1proof (the top-level features/ folder, packaged). */
  public static Rulebook bundled() {
    URL marker = Rulebook.class.getResource("/features/README.md");
    if (marker == null) {
      throw new RulebookException(List.of("the bundled rulebook is missing from the class path"));
    }
    try {
      URI uri = marker.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return load(Path.of(uri).getParent());
      }
      String text = uri.toString();
      URI jar = URI.create(text.substring(0, text.indexOf("!/")));
      FileSystem zip;
      try {
        zip = FileSystems.getFileSystem(jar);
      } catch (FileSystemNotFoundException e) {
        zip = FileSystems.newFileSystem(jar, Map.of());
      }
      return load(zip.getPath("/features"));
    } catch (URISyntaxException | IOException e) {
      throw new RulebookException(List.of("cannot read the bundled rulebook: " + e.getMessage()));
    }
  }

  /** Loads every {@code .feature} file below a folder. */
  public static Rulebook load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RulebookException(List.of("no rulebook folder at " + dir));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".feature"))
              .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Files are independent: read them in parallel, then keep file order.
    List<Loaded> loaded = files.parallelStream().map(file -> loadFile(dir, file)).toList();
    List<RuleScenario> scenarios = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Loaded l : loaded) {
      scenarios.addAll(l.scenarios());
      problems.addAll(l.problems());
    }
    if (!problems.isEmpty()) {
      throw new RulebookException(problems);
    }
    return new Rulebook(scenarios);
  }

  /** One feature file's scenarios and problems. */
  private record Loaded(List<RuleScenario> scenarios, List<String> problems) {}

  private static Loaded loadFile(Path dir, Path file) {
    List<RuleScenario> scenarios = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String uri = dir.relativize(file).toString().replace('\\', '/');
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(uri + ": cannot read: " + e.getMessage());
      return new Loaded(scenarios, problems);
    }
    GherkinParser parser =
        GherkinParser.builder()
            .includeSource(false)
            .includeGherkinDocument(true)
            .includePickles(true)
            .build();
    List<Envelope> envelopes = parser.parse(uri, content).toList();
    Map<String, Scenario> byId = new HashMap<>();
    String featureName = "";
    for (Envelope e : envelopes) {
      e.getParseError()
          .ifPresent(
              err ->
                  problems.add(
                      uri
                          + ":"
                          + err.getSource().getLocation().map(l -> l.getLine()).orElse(0L)
                          + ": "
                          + err.getMessage()));
      if (e.getGherkinDocument().isPresent()) {
        Feature feature = e.getGherkinDocument().get().getFeature().orElse(null);
        if (feature != null) {
          featureName = feature.getName();
          collectScenarios(feature.getChildren(), byId);
        }
      }
    }
    for (Envelope e : envelopes) {
      if (e.getPickle().isPresent()) {
        Pickle pickle = e.getPickle().get();
        Scenario scenario = byId.get(pickle.getAstNodeIds().get(0));
        try {
          scenarios.add(toScenario(pickle, scenario, featureName, uri));
        } catch (RuntimeException ex) {
          long line = scenario == null ? 0 : scenario.getLocation().getLine();
          problems.add(uri + ":" + line + ": " + ex.getMessage());
        }
      }
    }
    return new Loaded(scenarios, problems);
  }

  private static void collectScenarios(List<FeatureChild> children, Map<String, Scenario> byId) {
    for (FeatureChild child : children) {
      child.getScenario().ifPresent(s -> byId.put(s.getId(), s));
      child
          .getRule()
          .ifPresent(
              rule ->
                  rule.getChildren()
                      .forEach(rc -> rc.getScenario().ifPresent(s -> byId.put(s.getId(), s))));
    }
  }

  private static RuleScenario toScenario(
      Pickle pickle, Scenario scenario, String featureName, String uri) {
    ScenarioBuilder builder = new ScenarioBuilder();
    for (PickleStep step : pickle.getSteps()) {
      String doc =
          step.getArgument()
              .flatMap(PickleStepArgument::getDocString)
              .map(PickleDocString::getContent)
              .orElse(null);
      try {
        Vocabulary.apply(builder, step.getText(), doc);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("step '" + step.getText() + "': " + e.getMessage(), e);
      }
    }
    String description =
        scenario == null ? "" : scenario.getDescription().strip().replaceAll("\\s*\\n\\s*", " ");
    int line = scenario == null ? 0 : scenario.getLocation().getLine().intValue();
    List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
    return complete(builder, tags, pickle.getName(), description, featureName, uri, line);
  }

  /**
   * Completes a scenario from its tags: exactly one rule id tag and exactly one level tag, as
   * features/README.md requires. Both drivers build their scenarios through here.
   */
  public static RuleScenario complete(
      ScenarioBuilder builder,
      Collection<String> tagNames,
      String title,
      String description,
      String feature,
      String uri,
      int line) {
    Set<String> tags = new LinkedHashSet<>(tagNames);
    List<String> ruleIds = new ArrayList<>();
    List<Level> levels = new ArrayList<>();
    for (String tag : tags) {
      String bare = tag.substring(1);
      if (RuleIds.isRuleId(bare)) {
        ruleIds.add(bare);
      }
      for (Level level : Level.values()) {
        if (level.name().equals(bare)) {
          levels.add(level);
        }
      }
    }
    if (ruleIds.size() != 1) {
      throw new IllegalArgumentException(
          "a scenario needs exactly one rule id tag, found " + ruleIds);
    }
    if (levels.size() != 1) {
      throw new IllegalArgumentException(
          "a scenario needs exactly one level tag (@MUST, @SHOULD or @MAY), found " + levels);
    }
    return builder.build(
        ruleIds.get(0),
        levels.get(0),
        title,
        description,
        feature,
        uri,
        line,
        Collections.unmodifiableSet(tags));
  }

  /** A rulebook that breaks the notation or the conventions; lists every problem with file:line. */
  public static final class RulebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    RulebookException(List<String> problems) {
      super("invalid rulebook:\n  " + String.join("\n  ", problems));
      this.problems = List.copyOf(problems);
    }

    /** Each problem, "file:line: message". */
    public List<String> problems() {
      return problems;
    }
  }
}
