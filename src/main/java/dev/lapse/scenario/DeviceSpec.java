package dev.lapse.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The phone: the S3 clients the app builds and the user who logs in.
 *
 * @param clients client name to region, in declaration order. Order matters: an S3 call
 *     without an explicit client goes through the first client in its bucket's region. A
 *     {@link Scenario} always holds a {@value #DEFAULT_CLIENT} client (in the Cognito region
 *     unless declared otherwise).
 * @param user the developer-backend user; default {@value #DEFAULT_USER}
 */
public record DeviceSpec(Map<String, String> clients, String user) {
  public static final String DEFAULT_CLIENT = "default";
  public static final String DEFAULT_USER = "alice";

  public DeviceSpec {
    Map<String, String> copy = new LinkedHashMap<>();
    (clients == null ? Map.<String, String>of() : clients).forEach((name, region) ->
        copy.put(Validate.name(name, "client name"),
            Validate.name(region, "region of client '" + name + "'")));
    clients = Collections.unmodifiableMap(copy);
    user = Validate.name(user == null ? DEFAULT_USER : user, "user");
  }

  /** No clients yet (the scenario adds {@code default}), user alice. */
  public static DeviceSpec defaults() {
    return new DeviceSpec(Map.of(), DEFAULT_USER);
  }

  /** Adds a client, or moves an existing one to another region keeping its place. */
  public DeviceSpec withClient(String name, String region) {
    Map<String, String> more = new LinkedHashMap<>(clients);
    more.put(name, region);
    return new DeviceSpec(more, user);
  }

  public DeviceSpec withUser(String user) {
    return new DeviceSpec(clients, user);
  }

  /**
   * This device with a {@code default} client in {@code region} appended, unless it already
   * has one. Appended, not prepended, so that clients the author declared win the
   * first-client-in-the-bucket's-region rule.
   */
  public DeviceSpec withDefaultClient(String region) {
    return clients.containsKey(DEFAULT_CLIENT) ? this : withClient(DEFAULT_CLIENT, region);
  }
}
