package dev.lapse.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code lapse --version}: the Maven project's version, written into a resource at build time. */
final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "/dev/lapse/version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"lapse " + version()};
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
