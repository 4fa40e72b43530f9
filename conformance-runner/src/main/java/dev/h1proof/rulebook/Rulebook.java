package dev.h1proof.rulebook;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleDocString;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepArgument;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;
import io.cucumber.tagexpressions.Expression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rulebook: every rule of the feature files, each defined once as a Gherkin {@code Rule:} block
 * with its scenarios beneath it, read with Gherkin's own parser and checked against the conventions
 * of {@code features/README.md}.
 */
public final class Rulebook {
  private static final Pattern RULE_NAME = Pattern.compile("RFC (\\d{4}) §(\\S+)(?:\\s.*)?");

  private final List<Rule> rules;
  private final List<Rule> intermediaryRules;
  private final List<RuleScenario> scenarios;
  private final List<RuleScenario> intermediary;
  private final List<Family> families;
  private List<RuleScenario> expansions;

  private Rulebook(List<Rule> all, List<Family> families) {
    this.rules = all.stream().filter(r -> !r.intermediary()).toList();
    this.intermediaryRules = all.stream().filter(Rule::intermediary).toList();
    this.scenarios = this.rules.stream().flatMap(r -> r.scenarios().stream()).toList();
    this.intermediary =
        this.intermediaryRules.stream().flatMap(r -> r.scenarios().stream()).toList();
    this.families = List.copyOf(families);
  }

  /**
   * A scenario written with {@code {each:SET}}: its first expansion stands for it, and its request
   * doc string is expanded over the set on demand.
   */
  private record Family(RuleScenario representative, String docString, String set) {
    List<RuleScenario> expand() {
      OctetSets.OctetSet octets = OctetSets.get(set);
      List<RuleScenario> out = new ArrayList<>(octets.size());
      String title = representative.title();
      for (byte[] member : octets.members()) {
        Template bytes = Notation.decode(OctetSets.substitute(docString, member));
        out.add(
            representative.expansion(
                title + " [" + OctetSets.label(member) + "]", bytes, OctetSets.hex(member)));
      }
      return out;
    }
  }

  /**
   * The scenarios written with {@code {each:SET}} (the seed comparison, tagged {@code @seed}), one
   * per family, each standing for its expansions. They are not among {@link #scenarios()}: a run
   * selects their expansions only when its tag expression names {@code @seed}.
   */
  public List<RuleScenario> families() {
    return families.stream().map(Family::representative).toList();
  }

  /** The expansions of one family (a scenario of {@link #families()}), in set order. */
  public List<RuleScenario> expansionsOf(RuleScenario family) {
    return families.stream()
        .filter(f -> f.representative() == family)
        .findFirst()
        .map(Family::expand)
        .orElseThrow(() -> new IllegalArgumentException("not a family: " + family.key()));
  }

  /** Every expansion of every family, in file order; made on first use. */
  public synchronized List<RuleScenario> expansions() {
    if (expansions == null) {
      List<RuleScenario> all = new ArrayList<>();
      families.forEach(f -> all.addAll(f.expand()));
      expansions = List.copyOf(all);
    }
    return expansions;
  }

  /** The family written at a line of a feature file. */
  public Optional<RuleScenario> familyAt(String uri, int line) {
    return families().stream().filter(s -> s.uri().equals(uri) && s.line() == line).findFirst();
  }

  /** The scenarios and the expansions that pass a filter, in that order. */
  public List<RuleScenario> selectWithExpansions(Predicate<RuleScenario> filter) {
    List<RuleScenario> out = new ArrayList<>(select(filter));
    expansions().stream().filter(filter).forEach(out::add);
    return out;
  }

  /** Every rule but the intermediary ones, ordered by file and line. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The {@code @intermediary} rules, ordered by file and line: their scenarios are judged through a
   * proxy ({@code h1proof proxy}), so they are kept apart from {@link #rules()}.
   */
  public List<Rule> intermediaryRules() {
    return intermediaryRules;
  }

  /** The rule with this id, server or intermediary, if the rulebook defines it. */
  public Optional<Rule> rule(String id) {
    return Stream.concat(rules.stream(), intermediaryRules.stream())
        .filter(r -> r.id().equals(id))
        .findFirst();
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

  /** The scenario at a line of a feature file (an Examples row's own line for an outline). */
  public Optional<RuleScenario> scenarioAt(String uri, int line) {
    return scenarios.stream().filter(s -> s.uri().equals(uri) && s.line() == line).findFirst();
  }

  /** The distinct rule ids but the intermediary ones, sorted. */
  public Set<String> ruleIds() {
    return rules.stream()
        .map(Rule::id)
        .sorted()
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The distinct ids of the intermediary rules, sorted. */
  public Set<String> intermediaryRuleIds() {
    return intermediaryRules.stream()
        .map(Rule::id)
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
    return load(bundledFolder());
  }

  /**
   * The folder of the bundled rulebook: the packaged features/ folder, inside the jar when h1proof
   * runs from one (the jar's file system is opened once and shared).
   *
   * @throws RulebookException when it is missing from the class path or cannot be opened
   */
  public static Path bundledFolder() {
    URL marker = Rulebook.class.getResource("/features/README.md");
    if (marker == null) {
      throw new RulebookException(List.of("the bundled rulebook is missing from the class path"));
    }
    try {
      URI uri = marker.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri).getParent();
      }
      String text = uri.toString();
      URI jar = URI.create(text.substring(0, text.indexOf("!/")));
      FileSystem zip;
      try {
        zip = FileSystems.getFileSystem(jar);
      } catch (FileSystemNotFoundException e) {
        try {
          zip = FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException openedMeanwhile) {
          zip = FileSystems.getFileSystem(jar);
        }
      }
      return zip.getPath("/features");
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
    List<Rule> rules = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Rule> byId = new HashMap<>();
    for (Loaded l : loaded) {
      problems.addAll(l.problems());
      families.addAll(l.families());
      for (Rule rule : l.rules()) {
        Rule first = byId.putIfAbsent(rule.id(), rule);
        if (first != null) {
          problems.add(
              rule.file()
                  + ":"
                  + rule.line()
                  + ": rule "
                  + rule.id()
                  + " is defined twice, first at "
                  + first.file()
                  + ":"
                  + first.line());
        } else {
          rules.add(rule);
        }
        if (rule.scenarios().stream().map(RuleScenario::intermediary).distinct().count() > 1) {
          problems.add(
              rule.file()
                  + ":"
                  + rule.line()
                  + ": rule "
                  + rule.id()
                  + " mixes "
                  + RuleScenario.INTERMEDIARY_TAG
                  + " scenarios with server scenarios: an intermediary rule has an id of its own");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RulebookException(problems);
    }
    return new Rulebook(rules, families);
  }

  /** One feature file's rules, families and problems. */
  private record Loaded(List<Rule> rules, List<Family> families, List<String> problems) {}

  /** Where a pickle comes from: its rule, its scenario and its line. */
  private record Source(Rule rule, Scenario scenario) {}

  private static Loaded loadFile(Path dir, Path file) {
    List<Rule> rules = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String uri = dir.relativize(file).toString().replace('\\', '/');
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(uri + ": cannot read: " + e.getMessage());
      return new Loaded(rules, families, problems);
    }
    // Node ids only link pickles to their scenarios and rows within this file: a counter serves,
    // where the default random UUIDs cost a secure random draw each.
    long[] nextId = {0};
    GherkinParser parser =
        GherkinParser.builder()
            .includeSource(false)
            .includeGherkinDocument(true)
            .includePickles(true)
            .idGenerator(() -> Long.toString(nextId[0]++))
            .build();
    List<Envelope> envelopes = parser.parse(uri, content).toList();
    Map<String, Source> sources = new HashMap<>();
    Map<String, Integer> rowLines = new HashMap<>();
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
          noRuleTags(feature.getTags(), "the Feature", uri, problems);
          readRules(feature.getChildren(), uri, rules, sources, rowLines, problems);
        }
      }
    }
    for (Envelope e : envelopes) {
      if (e.getPickle().isEmpty()) {
        continue;
      }
      Pickle pickle = e.getPickle().get();
      List<String> astIds = pickle.getAstNodeIds();
      Source source = sources.get(astIds.get(0));
      if (source == null) {
        continue; // outside a valid rule: already a problem
      }
      int line =
          astIds.size() > 1 && rowLines.containsKey(astIds.get(1))
              ? rowLines.get(astIds.get(1))
              : source.scenario().getLocation().getLine().intValue();
      try {
        String each = eachSet(pickle);
        if (each == null) {
          source.rule().add(toScenario(pickle, source, featureName, uri, line, null));
        } else {
          RuleScenario first =
              toScenario(
                  pickle, source, featureName, uri, line, OctetSets.get(each).members().get(0));
          if (!first.tags().contains(RuleScenario.SEED_TAG)) {
            throw new IllegalArgumentException(
                "a scenario with {each:SET} carries " + RuleScenario.SEED_TAG);
          }
          if (first.canary()) {
            throw new IllegalArgumentException("a scenario with {each:SET} has no canary");
          }
          families.add(new Family(first, requestDoc(pickle), each));
        }
      } catch (RuntimeException ex) {
        problems.add(uri + ":" + line + ": " + ex.getMessage());
      }
    }
    return new Loaded(rules, families, problems);
  }

  /** Reads the Rule blocks of a feature; a scenario outside a Rule is a problem. */
  private static void readRules(
      List<FeatureChild> children,
      String uri,
      List<Rule> rules,
      Map<String, Source> sources,
      Map<String, Integer> rowLines,
      List<String> problems) {
    for (FeatureChild child : children) {
      child
          .getScenario()
          .ifPresent(
              s ->
                  problems.add(
                      uri
                          + ":"
                          + s.getLocation().getLine()
                          + ": scenario '"
                          + s.getName()
                          + "' is outside a rule: every scenario sits beneath the Rule of its id"));
      if (child.getRule().isEmpty()) {
        continue;
      }
      io.cucumber.messages.types.Rule block = child.getRule().get();
      Rule rule = toRule(block, uri, problems);
      int scenarioCount = 0;
      for (RuleChild rc : block.getChildren()) {
        if (rc.getScenario().isEmpty()) {
          continue;
        }
        Scenario scenario = rc.getScenario().get();
        scenarioCount++;
        String where = "scenario '" + scenario.getName() + "'";
        noRuleTags(scenario.getTags(), where, uri, problems);
        for (Examples examples : scenario.getExamples()) {
          noRuleTags(examples.getTags(), "the Examples of " + where, uri, problems);
          for (TableRow row : examples.getTableBody()) {
            rowLines.put(row.getId(), row.getLocation().getLine().intValue());
          }
        }
        if (rule != null) {
          sources.put(scenario.getId(), new Source(rule, scenario));
        }
      }
      long line = block.getLocation().getLine();
      if (scenarioCount == 0) {
        problems.add(uri + ":" + line + ": rule '" + block.getName() + "' has no scenarios");
      }
      if (rule != null) {
        rules.add(rule);
      }
    }
  }

  /**
   * A Rule block as a rule: exactly one id tag and one level tag, and a name that starts with the
   * id's RFC and section ("RFC 9112 §5.1 …"). Null, with the problems added, when it is not one.
   */
  private static Rule toRule(
      io.cucumber.messages.types.Rule block, String uri, List<String> problems) {
    String at = uri + ":" + block.getLocation().getLine() + ": ";
    List<String> ids = new ArrayList<>();
    List<Level> levels = new ArrayList<>();
    for (Tag tag : block.getTags()) {
      String bare = tag.getName().substring(1);
      if (RuleIds.isRuleId(bare)) {
        ids.add(bare);
      }
      level(bare).ifPresent(levels::add);
    }
    if (ids.size() != 1) {
      problems.add(at + "a rule needs exactly one rule id tag, found " + ids);
    }
    if (levels.size() != 1) {
      problems.add(
          at + "a rule needs exactly one level tag (@MUST, @SHOULD or @MAY), found " + levels);
    }
    if (ids.size() != 1 || levels.size() != 1) {
      return null;
    }
    String id = ids.get(0);
    String cited = RuleIds.citation(id);
    Matcher name = RULE_NAME.matcher(block.getName());
    if (!name.matches()
        || Integer.parseInt(name.group(1)) != RuleIds.rfc(id)
        || !name.group(2).equals(RuleIds.section(id))) {
      problems.add(
          at
              + "the name of rule "
              + id
              + " must start with its section, '"
              + cited
              + "', not '"
              + block.getName()
              + "'");
      return null;
    }
    String requirement = block.getDescription().strip().replaceAll("\\s*\\n\\s*", " ");
    return new Rule(
        id,
        levels.get(0),
        block.getName(),
        requirement,
        uri,
        block.getLocation().getLine().intValue());
  }

  /** An id or level tag anywhere but on a Rule is a problem. */
  private static void noRuleTags(List<Tag> tags, String where, String uri, List<String> problems) {
    for (Tag tag : tags) {
      String bare = tag.getName().substring(1);
      if (RuleIds.isRuleId(bare) || level(bare).isPresent()) {
        problems.add(
            uri
                + ":"
                + tag.getLocation().getLine()
                + ": "
                + tag.getName()
                + " on "
                + where
                + ": rule id and level tags belong on the Rule alone");
      }
    }
  }

  private static Optional<Level> level(String bareTag) {
    for (Level level : Level.values()) {
      if (level.name().equals(bareTag)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The doc string of a pickle's request step, or null. */
  private static String requestDoc(Pickle pickle) {
    for (PickleStep step : pickle.getSteps()) {
      String doc =
          step.getArgument()
              .flatMap(PickleStepArgument::getDocString)
              .map(PickleDocString::getContent)
              .orElse(null);
      if (doc != null) {
        return doc;
      }
    }
    return null;
  }

  /** The set a pickle's request expands over ({@code {each:SET}}), or null. */
  private static String eachSet(Pickle pickle) {
    String doc = requestDoc(pickle);
    return doc == null ? null : OctetSets.eachIn(doc);
  }

  /**
   * A pickle as a scenario; {@code member} replaces its {@code {each:SET}} when it has one (the
   * family's first member, which stands for the family).
   */
  private static RuleScenario toScenario(
      Pickle pickle, Source source, String featureName, String uri, int line, byte[] member) {
    ScenarioBuilder builder = new ScenarioBuilder();
    for (PickleStep step : pickle.getSteps()) {
      String doc =
          step.getArgument()
              .flatMap(PickleStepArgument::getDocString)
              .map(PickleDocString::getContent)
              .map(d -> member == null ? d : OctetSets.substitute(d, member))
              .orElse(null);
      try {
        Vocabulary.apply(builder, step.getText(), doc);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("step '" + step.getText() + "': " + e.getMessage(), e);
      }
    }
    String description = source.scenario().getDescription().strip().replaceAll("\\s*\\n\\s*", " ");
    Set<String> tags = new LinkedHashSet<>();
    pickle.getTags().stream().map(PickleTag::getName).forEach(tags::add);
    return builder.build(
        source.rule(),
        pickle.getName(),
        description,
        featureName,
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
