package dev.lapse.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds scenario files: a file, a folder of them (every .yaml/.yml below it, sorted), or the
 * same on the classpath when the location starts with {@code classpath:}, in a folder or in a
 * jar. The bundled suite is {@link #BUNDLED}, shipped in Lapse's own jar from the repository's
 * {@code scenarios/} folder.
 */
public final class ScenarioSources {
  public static final String CLASSPATH = "classpath:";
  /** The bundled suite, as Lapse's jar carries it. */
  public static final String BUNDLED = CLASSPATH + "dev/lapse/scenarios";

  /**
   * One scenario file found, not yet read.
   *
   * @param name what errors call it: the path as given, or {@code classpath:dir/file.yaml}
   * @param uri  where it is, as JUnit's test sources take it ({@code file:} or {@code classpath:/})
   */
  public record Source(String name, URI uri, String text) {
    /** The scenario in it; a malformed one throws a located {@link ScenarioException}. */
    public Scenario read() {
      return ScenarioReader.read(text, name);
    }
  }

  private ScenarioSources() {}

  /**
   * Every scenario file at a location: a path, or {@code classpath:} and a resource name.
   *
   * @throws IllegalArgumentException when nothing is there, naming the working directory
   * @throws UncheckedIOException when something is there but cannot be read
   */
  public static List<Source> find(String location, ClassLoader loader) {
    if (location.startsWith(CLASSPATH)) {
      return classpath(location.substring(CLASSPATH.length()), loader);
    }
    return files(Path.of(location));
  }

  /** As {@link #find(String, ClassLoader)} with the thread's context class loader. */
  public static List<Source> find(String location) {
    return find(location, defaultLoader());
  }

  /** Every scenario file at a path: the file itself, or the YAML files below a folder. */
  public static List<Source> files(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(path + ": no such file or folder (the working directory "
          + "is " + Path.of("").toAbsolutePath() + "); expected a scenario file (.yaml) or a "
          + "folder of them");
    }
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(f -> isYaml(f.toString())).sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": cannot read the folder: " + e.getMessage(), e);
      }
    } else {
      files.add(path);
    }
    List<Source> out = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(new Source(f.toString(), f.toAbsolutePath().toUri(), Files.readString(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(f + ": cannot read the file: " + e, e);
      }
    }
    return out;
  }

  private static List<Source> classpath(String resource, ClassLoader loader) {
    String name = resource.replaceAll("^/+", "").replaceAll("/+$", "");
    URL url = loader.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException(CLASSPATH + name + ": no such resource on the classpath; "
          + "expected a scenario file (.yaml) or a folder of them (for example under "
          + "src/test/resources/" + name + ")");
    }
    List<String> names = isYaml(name) ? List.of(name) : listFolder(name, url);
    List<Source> out = new ArrayList<>();
    for (String n : names) {
      out.add(new Source(CLASSPATH + n, URI.create(CLASSPATH + "/" + n), text(loader, n)));
    }
    return out;
  }

  /** Resource names of the YAML files below a classpath folder, sorted. */
  private static List<String> listFolder(String folder, URL url) {
    try {
      if ("file".equals(url.getProtocol())) {
        Path dir = Path.of(url.toURI());
        try (Stream<Path> walk = Files.walk(dir)) {
          return walk.filter(Files::isRegularFile).filter(f -> isYaml(f.toString()))
              .map(f -> folder + "/" + dir.relativize(f).toString().replace('\\', '/'))
              .sorted().toList();
        }
      }
      if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          List<String> out = new ArrayList<>();
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String entry = e.nextElement().getName();
            if (entry.startsWith(folder + "/") && isYaml(entry)) {
              out.add(entry);
            }
          }
          return out.stream().sorted().toList();
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new UncheckedIOException(new IOException(CLASSPATH + folder
          + ": cannot list the folder: " + e.getMessage(), e));
    }
    throw new IllegalArgumentException(CLASSPATH + folder + ": cannot list a classpath folder "
        + "served as " + url.getProtocol() + ":; name the .yaml resources one by one");
  }

  private static String text(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(CLASSPATH + name + ": no such resource on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(CLASSPATH + name + ": cannot read the resource: " + e, e);
    }
  }

  private static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ScenarioSources.class.getClassLoader();
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
