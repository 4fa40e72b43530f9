package dev.h1proof.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks the reactor against what Maven Central requires of a release, before anything is deployed:
 * every published module (one whose POM sets {@code h1proof.publish.skip} to false) has a name, a
 * description, a license, a developer and SCM information (its own or its parent's), and its build
 * produced the main jar, a sources jar holding Java sources and a javadoc jar holding an {@code
 * index.html}. The parent POM, published with them, needs the same metadata. In a release build the
 * project URL is required as well.
 */
public final class CentralLayout {
  static final String PUBLISHED = "h1proof.publish.skip";

  private final Path root;
  private final boolean release;

  /**
   * A check of the reactor whose parent POM is {@code root/pom.xml}.
   *
   * @param release whether this is a release build (then the project URL is required too)
   */
  public CentralLayout(Path root, boolean release) {
    this.root = root;
    this.release = release;
  }

  /**
   * Runs the check: {@code args[0]} is the reactor root, {@code args[1]} (optional) the path of the
   * checking module, whose POM must depend on every published module so that they are built first.
   * Prints one line on success; throws with one line per problem otherwise (exec:java fails the
   * build with it, without exiting Maven's JVM).
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: CentralLayout ROOT [CHECKING-MODULE]");
    }
    boolean release = Boolean.getBoolean("h1proof.release");
    CentralLayout check = new CentralLayout(Path.of(args[0]), release);
    List<String> problems = new ArrayList<>(check.problems());
    List<String> published = check.publishedModules();
    if (args.length == 2) {
      problems.addAll(check.orderingProblems(Path.of(args[1]), published));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "release-check: not ready for Maven Central:"
              + System.lineSeparator()
              + "  "
              + String.join(System.lineSeparator() + "  ", problems));
    }
    System.out.println(
        "release-check: "
            + published.size()
            + " published modules "
            + published
            + " have POM metadata, sources and javadoc jars"
            + (release ? " and a project URL" : ""));
  }

  /** The module folders (relative to the root) whose POM marks them published. */
  public List<String> publishedModules() {
    List<String> published = new ArrayList<>();
    for (String module : texts(pom(root.resolve("pom.xml")), "modules", "module")) {
      Path pomFile = root.resolve(module).resolve("pom.xml");
      if (Files.isRegularFile(pomFile) && "false".equals(property(pom(pomFile), PUBLISHED))) {
        published.add(module);
      }
    }
    return published;
  }

  /** Every problem found, one line each, in module order; empty when the layout is complete. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Element parent = pom(root.resolve("pom.xml"));
    metadata("the parent POM", parent, null, problems);
    for (String module : publishedModules()) {
      Element pom = pom(root.resolve(module).resolve("pom.xml"));
      metadata(module, pom, parent, problems);
      artifacts(module, pom, parent, problems);
    }
    return problems;
  }

  /** Published modules the checking module does not depend on (so may be built after it). */
  List<String> orderingProblems(Path checker, List<String> published) {
    Set<String> deps =
        Set.copyOf(texts(pom(checker.resolve("pom.xml")), "dependencies", "artifactId"));
    List<String> problems = new ArrayList<>();
    for (String module : published) {
      String artifactId = child(pom(root.resolve(module).resolve("pom.xml")), "artifactId");
      if (!deps.contains(artifactId)) {
        problems.add(
            module
                + ": "
                + artifactId
                + " is published but release-check does not depend on it, so it may be checked"
                + " before it is built; add it to release-check/pom.xml");
      }
    }
    return problems;
  }

  private void metadata(String where, Element pom, Element parent, List<String> problems) {
    require(where, "<name>", child(pom, "name"), problems);
    require(where, "<description>", child(pom, "description"), problems);
    require(
        where,
        "<licenses><license><name>",
        inherited(pom, parent, "licenses", "license", "name"),
        problems);
    require(
        where,
        "<developers><developer><name>",
        inherited(pom, parent, "developers", "developer", "name"),
        problems);
    require(where, "<scm><connection>", inherited(pom, parent, "scm", "connection"), problems);
    if (release) {
      require(where, "<url> (a release needs the project's address)", url(pom, parent), problems);
    }
  }

  private void artifacts(String module, Element pom, Element parent, List<String> problems) {
    String artifactId = child(pom, "artifactId");
    String version = child(pom, "version");
    if (version == null && parent != null) {
      version = child(parent, "version");
    }
    Path target = root.resolve(module).resolve("target");
    String base = artifactId + "-" + version;
    Path main = target.resolve(base + ".jar");
    if (!Files.isRegularFile(main)) {
      problems.add(module + ": no main jar " + root.relativize(main) + " (was it packaged?)");
    }
    jar(module, target.resolve(base + "-sources.jar"), ".java", "Java sources", problems);
    jar(module, target.resolve(base + "-javadoc.jar"), "index.html", "an index.html", problems);
  }

  private void jar(String module, Path jar, String suffix, String what, List<String> problems) {
    if (!Files.isRegularFile(jar)) {
      problems.add(module + ": no " + root.relativize(jar));
      return;
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      boolean found =
          zip.stream().map(ZipEntry::getName).anyMatch(n -> n.endsWith(suffix) && !n.isEmpty());
      if (!found) {
        problems.add(module + ": " + root.relativize(jar) + " holds no " + what);
      }
    } catch (IOException e) {
      problems.add(module + ": " + root.relativize(jar) + " is not a readable jar: " + e);
    }
  }

  private static void require(String where, String what, String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(where + ": missing " + what);
    }
  }

  private static String url(Element pom, Element parent) {
    String own = child(pom, "url");
    return own != null ? own : parent != null ? child(parent, "url") : null;
  }

  private static String inherited(Element pom, Element parent, String... path) {
    String own = nested(pom, path);
    return own != null || parent == null ? own : nested(parent, path);
  }

  private static String nested(Element element, String... path) {
    Element at = element;
    for (String name : path) {
      at = first(at, name);
      if (at == null) {
        return null;
      }
    }
    String text = at.getTextContent().trim();
    return text.isEmpty() ? null : text;
  }

  private static String child(Element element, String name) {
    return nested(element, name);
  }

  private static String property(Element pom, String name) {
    return nested(pom, "properties", name);
  }

  private static List<String> texts(Element pom, String container, String name) {
    List<String> values = new ArrayList<>();
    Element list = first(pom, container);
    if (list == null) {
      return values;
    }
    NodeList nodes = list.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent().trim());
    }
    return values;
  }

  /** The first direct child element of that name, or null. */
  private static Element first(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getTagName())) {
        return e;
      }
    }
    return null;
  }

  private static Element pom(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      Document doc = factory.newDocumentBuilder().parse(file.toFile());
      return doc.getDocumentElement();
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("release-check: cannot read " + file + ": " + e.getMessage());
    }
  }
}
