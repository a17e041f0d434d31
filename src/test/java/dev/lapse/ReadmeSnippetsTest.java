package dev.lapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code is the code that runs: every block marked {@code <!-- snippet: PATH -->}
 * must appear, line for line, in that file (the provider example in Lapse's own tests, the
 * consumer projects' test classes and poms, which CI builds against the installed artifact).
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

  record Snippet(String path, String code) {}

  @Test
  void everyMarkedSnippetIsInItsFile() throws IOException {
    List<Snippet> snippets = snippets();
    List<String> paths = snippets.stream().map(Snippet::path).toList();
    assertTrue(paths.containsAll(List.of(
        "src/test/java/com/example/MarginProviderFactory.java",
        "examples/junit5-consumer/pom.xml",
        "examples/junit5-consumer/src/test/java/com/example/photos/PhotoCredentialsTest.java",
        "examples/junit6-consumer/src/test/java/com/example/photos/PhotoCredentialsTest.java")),
        paths.toString());
    for (Snippet s : snippets) {
      String file = Files.readString(Path.of(s.path()));
      assertTrue(containsLines(file, s.code()),
          "README snippet for " + s.path() + " is not in that file:\n" + s.code());
    }
  }

  @Test
  void theCoordinatesAndJarNamesAreThisVersion() throws IOException {
    String version = version();
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("testImplementation(\"dev.lapse:lapse:" + version + "\")"));
    assertTrue(readme.contains("target/lapse-" + version + "-cli.jar"));
    for (String consumer : List.of("junit5-consumer", "junit6-consumer")) {
      String pom = Files.readString(Path.of("examples", consumer, "pom.xml"));
      assertTrue(pom.contains("<artifactId>lapse</artifactId>\n      <version>" + version
          + "</version>"), consumer + " must depend on dev.lapse:lapse:" + version);
    }
  }

  @Test
  void theConsumersPinTheJupiterVersionsTheReadmeNames() throws IOException {
    assertJupiter("junit5-consumer", "5.11.");
    assertJupiter("junit6-consumer", "6.");
  }

  private static void assertJupiter(String consumer, String prefix) throws IOException {
    Matcher m = Pattern.compile("<artifactId>junit-jupiter</artifactId>\\s*<version>([^<]+)<")
        .matcher(Files.readString(Path.of("examples", consumer, "pom.xml")));
    assertTrue(m.find(), consumer);
    assertTrue(m.group(1).startsWith(prefix), consumer + " is on Jupiter " + m.group(1));
    assertTrue(Files.readString(Path.of("README.md")).contains(m.group(1)),
        "the README names " + consumer + "'s Jupiter " + m.group(1));
  }

  static List<Snippet> snippets() throws IOException {
    Matcher m = SNIPPET.matcher(Files.readString(Path.of("README.md")));
    List<Snippet> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Snippet(m.group(1), m.group(2)));
    }
    return out;
  }

  /** Whether the snippet's lines occur as consecutive lines of the file. */
  static boolean containsLines(String file, String snippet) {
    List<String> lines = file.lines().toList();
    List<String> wanted = snippet.lines().toList();
    for (int i = 0; i + wanted.size() <= lines.size(); i++) {
      if (lines.subList(i, i + wanted.size()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  static String version() throws IOException {
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream(
        "/dev/lapse/version.properties")) {
      Properties p = new Properties();
      p.load(in);
      assertEquals(false, p.getProperty("version").contains("$"), "version.properties is filtered");
      return p.getProperty("version");
    }
  }
}
