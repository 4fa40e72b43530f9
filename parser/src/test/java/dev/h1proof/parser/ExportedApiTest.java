package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exported package holds only what a user of the parser needs: the module exports exactly
 * {@code dev.h1proof.parser}, and nothing public in it is the test lab (tolerated violations), a
 * requirement {@code Level} or a server misbehaviour.
 */
class ExportedApiTest {
  private static final String EXPORTED = "dev.h1proof.parser";
  private static final String LAB = "dev.h1proof.parser.lab";

  /** The constants that once described the reference server's misbehaviours, now in the runner. */
  private static final List<String> FORMER_MISBEHAVIOURS =
      List.of(
          "PROCESSING_AFTER_FRAMING_ERROR",
          "CONNECTION_CLOSE_IGNORED",
          "HTTP11_CLOSED_BY_DEFAULT",
          "HTTP10_KEPT_OPEN_BY_DEFAULT",
          "METHOD_CASE_FOLDED",
          "UNKNOWN_METHOD_SERVED",
          "CONTINUE_NOT_SENT",
          "CONTINUE_AWAITS_ABSENT_CONTENT",
          "CONTINUE_FOR_HTTP10",
          "EARLY_RESPONSE",
          "CLOSE_NOT_ANNOUNCED",
          "HEAD_CONTENT_LENGTH_INCONSISTENT",
          "HTTPS_TARGET_SERVED_OVER_CLEARTEXT",
          "BODY_IGNORED_FOR_METHOD",
          "RESPONSE_BEFORE_BODY",
          "BODY_LEFT_UNREAD",
          "EXPECTATION_ANSWERED_BODY_UNREAD",
          "OVERSIZED_HEADER_SECTION_DROPPED",
          "LONG_REQUEST_LINE_ANSWERED_431",
          "LONG_METHOD_ANSWERED_414",
          "HOST_REQUIRED_IN_HTTP10",
          "INCOMPLETE_HEAD_ANSWERED",
          "HTTP10_KEEP_ALIVE_UNANNOUNCED",
          "HALF_CLOSE_CANCELS_REQUEST",
          "UPGRADE_IN_HTTP10",
          "UPGRADE_WITHOUT_CONNECTION_OPTION",
          "UPGRADE_TO_UNOFFERED_PROTOCOL");

  /** The directory (or jar) the parser's main classes were loaded from. */
  private static Path classes() throws URISyntaxException {
    return Path.of(Violation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void theModuleExportsExactlyTheParserPackageAndOpensNothing() throws Exception {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo(EXPORTED);
    assertThat(d.isOpen()).isFalse();
    assertThat(d.opens()).isEmpty();
    assertThat(d.exports())
        .extracting(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
        .containsExactly(EXPORTED);
  }

  @Test
  void onTheModulePathTheLabIsClosedToOtherModules() throws Exception {
    // given the parser resolved as a real module, in a layer of its own
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolve(ModuleFinder.of(classes()), ModuleFinder.of(), Set.of(EXPORTED));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    Module parser = layer.findModule(EXPORTED).orElseThrow();
    ClassLoader loader = layer.findLoader(EXPORTED);
    Class<?> config = loader.loadClass(EXPORTED + ".ParserConfig");
    Object strict = config.getMethod("strict").invoke(null);

    // then the exported package is open to all, the lab to nobody
    assertThat(parser.getPackages()).contains(EXPORTED, LAB);
    assertThat(parser.isExported(EXPORTED)).isTrue();
    assertThat(parser.isExported(LAB)).isFalse();
    assertThat(parser.isExported(LAB, ExportedApiTest.class.getModule())).isFalse();
    // and calling into the lab from outside the module is refused by the module system
    Method tolerated = loader.loadClass(LAB + ".Tolerance").getMethod("tolerated", config);
    assertThatThrownBy(() -> tolerated.invoke(null, strict))
        .isInstanceOf(IllegalAccessException.class);
    assertThat(strict.toString()).contains("maxRequestLineLength=8192");
  }

  @Test
  void onTheModulePathTheLabOpensOnlyToAnExplicitAddExports() throws Exception {
    // given the parser in a layer whose controller does what --add-exports
    // dev.h1proof.parser/dev.h1proof.parser.lab=<this module> does on the command line
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolve(ModuleFinder.of(classes()), ModuleFinder.of(), Set.of(EXPORTED));
    ModuleLayer.Controller controller =
        ModuleLayer.defineModulesWithOneLoader(
            cf, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader());
    Module parser = controller.layer().findModule(EXPORTED).orElseThrow();
    controller.addExports(parser, LAB, ExportedApiTest.class.getModule());
    ClassLoader loader = controller.layer().findLoader(EXPORTED);
    Class<?> config = loader.loadClass(EXPORTED + ".ParserConfig");
    Object strict = config.getMethod("strict").invoke(null);

    // then the lab answers, and still for nobody else
    Method tolerated = loader.loadClass(LAB + ".Tolerance").getMethod("tolerated", config);
    assertThat((Set<?>) tolerated.invoke(null, strict)).isEmpty();
    assertThat(parser.isExported(LAB)).isFalse();
  }

  @Test
  void noPublicTypeOrMemberOfTheExportedPackageIsALevelOrTolerance() throws Exception {
    List<String> offending = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      if (type.getSimpleName().equals("Level")) {
        offending.add("type " + type.getName());
      }
      for (Member m : publicMembers(type)) {
        String name = m.getName().toLowerCase(Locale.ROOT);
        if (name.contains("tolerat") || name.equals("level") || name.equals("section")) {
          offending.add(type.getSimpleName() + "." + m.getName());
        }
        for (Type t : signature(m)) {
          if (t.getTypeName().matches(".*\\bLevel\\b.*")) {
            offending.add(type.getSimpleName() + "." + m.getName() + " uses " + t.getTypeName());
          }
        }
      }
    }
    assertThat(offending).as("public API that belongs to the rulebook or the test lab").isEmpty();
  }

  @Test
  void noPublicConfigurationTakesViolations() throws Exception {
    List<String> offending = new ArrayList<>();
    for (Member m : publicMembers(ParserConfig.class)) {
      for (Type t : signature(m)) {
        if (t.getTypeName().contains(Violation.class.getName())) {
          offending.add(m.getName() + " uses " + t.getTypeName());
        }
      }
    }
    assertThat(offending).as("a public way to make the parser accept a violation").isEmpty();
  }

  @Test
  void noServerMisbehaviourIsAViolation() {
    Set<String> names =
        Stream.of(Violation.values())
            .map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(names).doesNotContainAnyElementsOf(FORMER_MISBEHAVIOURS);
    assertThat(names).hasSize(Violation.values().length).contains("WHITESPACE_BEFORE_COLON");
  }

  @Test
  void theTypesScannedAreTheWholePublicPackage() throws Exception {
    Set<String> names = new TreeSet<>();
    publicTypes().forEach(c -> names.add(c.getName().substring(EXPORTED.length() + 1)));
    assertThat(names)
        .contains(
            "RequestParser",
            "ParserConfig",
            "Violation",
            "Leniency",
            "ChunkedDecoder",
            "ChunkedDecoder$Status",
            "ResponseParser")
        .doesNotContain("Level", "ByteScanner", "ScalarScanner");
  }

  /** The public classes of the exported package (nested ones included), found on disk. */
  private static List<Class<?>> publicTypes() throws Exception {
    Path dir = classes().resolve(EXPORTED.replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().collect(Collectors.toList())) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.equals("package-info.class")) {
          continue;
        }
        Class<?> c =
            Class.forName(
                EXPORTED + "." + file.substring(0, file.length() - 6),
                false,
                Violation.class.getClassLoader());
        if (isPublicAllTheWay(c)) {
          types.add(c);
        }
      }
    }
    assertThat(types).as("public types found in %s", dir).isNotEmpty();
    return types;
  }

  private static boolean isPublicAllTheWay(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static List<Member> publicMembers(Class<?> c) {
    List<Member> members = new ArrayList<>();
    for (Method m : c.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        members.add(m);
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        members.add(f);
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k.getModifiers()) && !k.isSynthetic()) {
        members.add(k);
      }
    }
    return members;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Type> signature(Member m) {
    List<Type> types = new ArrayList<>();
    if (m instanceof Method method) {
      types.add(method.getGenericReturnType());
    }
    if (m instanceof Field field) {
      types.add(field.getGenericType());
    }
    if (m instanceof Executable e) {
      types.addAll(List.of(e.getGenericParameterTypes()));
    }
    return types;
  }

  @Test
  void theScanWouldSeeATolerancePublicMember() throws Exception {
    // the package-private hook is there, so the scan above proves it is not public
    Method hook = ParserConfig.class.getDeclaredMethod("withTolerated", Set.class);
    assertThat(Modifier.isPublic(hook.getModifiers())).isFalse();
    assertThat(publicMembers(ParserConfig.class)).doesNotContain(hook);
    assertThat(publicMembers(ParserConfig.class))
        .extracting(Member::getName)
        .contains("withLeniency", "strict");
  }
}
