import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a consumer project's Surefire reports against its expected-failures.txt: exactly the
 * listed scenarios failed, each with the listed check as its first violation and a link to an
 * HTML timeline that exists; every other test passed; none errored or was skipped; at least
 * the 16 bundled scenarios ran. Usage: java .ci/CheckSurefire.java examples/junit6-consumer
 */
public class CheckSurefire {
  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]);
    Map<String, String> expected = new TreeMap<>();
    Path list = project.resolve("expected-failures.txt");
    if (Files.exists(list)) {
      for (String line : Files.readAllLines(list)) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          String[] parts = l.split("\\s+");
          expected.put(parts[0], parts[1]);
        }
      }
    }
    File[] reports = project.resolve("target/surefire-reports").toFile()
        .listFiles((d, n) -> n.startsWith("TEST-") && n.endsWith(".xml"));
    List<String> problems = new ArrayList<>();
    if (reports == null || reports.length == 0) {
      fail(project + ": no Surefire reports under target/surefire-reports");
    }
    int total = 0;
    int passed = 0;
    Map<String, String> failed = new TreeMap<>();
    Pattern timeline = Pattern.compile("timeline: (file:\\S+)");
    for (File report : reports) {
      NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report)
          .getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        String name = c.getAttribute("name");
        total++;
        if (c.getElementsByTagName("error").getLength() > 0
            || c.getElementsByTagName("skipped").getLength() > 0) {
          problems.add(name + ": errored or was skipped");
        } else if (c.getElementsByTagName("failure").getLength() > 0) {
          String message = ((Element) c.getElementsByTagName("failure").item(0))
              .getAttribute("message");
          failed.put(name, message);
          Matcher m = timeline.matcher(message);
          if (!m.find() || !Files.isRegularFile(Path.of(URI.create(m.group(1))))) {
            problems.add(name + ": the failure names no HTML timeline that exists");
          }
          String check = expected.get(name);
          String first = message.lines().skip(1).findFirst().orElse(message);
          if (check != null && !first.startsWith("  " + check + " at ")) {
            problems.add(name + ": expected its first violation to be " + check + "; found: "
                + first);
          }
        } else {
          passed++;
        }
      }
    }
    for (String name : expected.keySet()) {
      if (!failed.containsKey(name)) {
        problems.add(name + ": expected to fail, but it passed or did not run");
      }
    }
    for (String name : failed.keySet()) {
      if (!expected.containsKey(name)) {
        problems.add(name + ": failed unexpectedly: " + failed.get(name));
      }
    }
    if (total < 17) {
      problems.add("only " + total + " tests ran; expected the 16 bundled scenarios and more");
    }
    if (!problems.isEmpty()) {
      fail(project + ":\n  " + String.join("\n  ", problems));
    }
    System.out.println(project + ": " + total + " tests, " + passed + " passed, " + failed.size()
        + " failed as expected " + failed.keySet());
  }

  private static void fail(String message) {
    System.err.println("CheckSurefire: " + message);
    System.exit(1);
  }
}
