package dev.lapse.run;

import java.util.Locale;

/**
 * How the device's SDK clients and the developer backend client reach the fake AWS during a
 * run. Both go through the same dispatcher, services, Authority and journal, and give the same
 * journal, verdicts and reports (a test compares them byte for byte); only the trip through
 * sockets, the kernel and Jetty differs.
 */
public enum Transport {
  /** Requests are handed to the world in the same JVM: no sockets, no server threads. */
  MEMORY,
  /** Requests travel over loopback HTTP to an embedded WireMock server, as {@code serve} does. */
  HTTP;

  /** {@code memory} or {@code http}, as the command line spells it. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return cliName();
  }

  /** Reads {@code memory} or {@code http} (any case). */
  public static Transport parse(String text) {
    for (Transport t : values()) {
      if (t.cliName().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown transport '" + text
        + "'; expected memory or http");
  }
}
