package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import dev.lapse.vocabulary.Keyword;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code world:}, {@code device:} and {@code expect:} sections. */
final class SectionReader {
  private static final String BUDGET_EXAMPLE = "'- refresh-budget: 2'";
  private static final String BACKOFF_EXAMPLE = "'- refresh-backoff: 30s'";

  private SectionReader() {}

  static WorldSpec world(Node node) {
    WorldSpec defaults = WorldSpec.defaults();
    if (node == null) {
      return defaults;
    }
    YamlMap map = YamlMap.of(node, "world").allowOnly(
        List.of("cognito-region", "login-token-ttl", "credentials-ttl", "buckets"), "world");
    Node region = map.value("cognito-region");
    String cognitoRegion = region == null ? defaults.cognitoRegion()
        : YamlValues.text(region, "a region such as us-east-1");
    Node loginNode = map.value("login-token-ttl");
    Duration login = loginNode == null ? defaults.loginTokenTtl() : YamlProblem.at(loginNode,
        () -> WorldSpec.loginTokenTtl(YamlValues.duration(loginNode, "login-token-ttl")));
    Duration credentials = ttl(map.value("credentials-ttl"), "credentials-ttl",
        defaults.credentialsTtl());
    WorldSpec world = new WorldSpec(cognitoRegion, login, credentials, Map.of());
    Node buckets = map.value("buckets");
    if (buckets != null) {
      for (YamlMap.Entry entry : YamlMap.of(buckets, "buckets").entries()) {
        world = bucket(world, entry);
      }
    }
    return world;
  }

  /** {@code photos: eu-west-1}, or {@code photos: {region: eu-west-1, guests: false}}. */
  private static WorldSpec bucket(WorldSpec world, YamlMap.Entry entry) {
    String name = name(entry, "a bucket");
    if (!(entry.value() instanceof MappingNode)) {
      return world.withBucket(name, region(entry, "a bucket"), true);
    }
    YamlMap bucket = YamlMap.of(entry.value(), "bucket '" + name + "'")
        .allowOnly(List.of("region", "guests"), "bucket '" + name + "'");
    Node region = bucket.require("region", "bucket '" + name + "' needs 'region', e.g. '"
        + name + ": {region: eu-west-1, guests: false}'");
    Node guests = bucket.value("guests");
    return world.withBucket(name,
        YamlValues.text(region, "the region of a bucket '" + name + "', such as eu-west-1"),
        guests == null || YamlValues.choice(guests, "value for 'guests'",
            List.of("true", "false"), switch (YamlValues.text(guests, "true or false")) {
              case "true" -> Boolean.TRUE;
              case "false" -> Boolean.FALSE;
              default -> null;
            }));
  }

  private static Duration ttl(Node node, String what, Duration otherwise) {
    if (node == null) {
      return otherwise;
    }
    return YamlProblem.at(node, () -> Validate.positive(YamlValues.duration(node, what), what));
  }

  static DeviceSpec device(Node node, WorldSpec world) {
    DeviceSpec device = DeviceSpec.defaults();
    if (node != null) {
      YamlMap map = YamlMap.of(node, "device").allowOnly(List.of("clients", "user"), "device");
      Node user = map.value("user");
      device = new DeviceSpec(regions(map.value("clients"), "clients", "a client"),
          user == null ? DeviceSpec.DEFAULT_USER : YamlValues.text(user, "a user name"));
    }
    return device.withDefaultClient(world.cognitoRegion());
  }

  /** A map of names to regions, in file order; names must not contain '/'. */
  private static Map<String, String> regions(Node node, String what, String one) {
    Map<String, String> regions = new LinkedHashMap<>();
    if (node == null) {
      return regions;
    }
    for (YamlMap.Entry entry : YamlMap.of(node, what).entries()) {
      regions.put(name(entry, one), region(entry, one));
    }
    return regions;
  }

  private static String name(YamlMap.Entry entry, String one) {
    if (entry.name().contains("/")) {
      throw new YamlProblem(entry.key(), one + " name must not contain '/', found "
          + Messages.quote(entry.name()));
    }
    return entry.name();
  }

  private static String region(YamlMap.Entry entry, String one) {
    return YamlValues.text(entry.value(),
        "the region of " + one + " '" + entry.name() + "', such as eu-west-1");
  }

  static List<Expectation> expect(Node node) {
    List<Expectation> expect = new ArrayList<>();
    for (Node item : YamlValues.list(node, "expect")) {
      expect.add(expectation(item));
    }
    return expect;
  }

  private static Expectation expectation(Node item) {
    if (!(item instanceof MappingNode)) {
      CheckName check = check(item);
      if (check == CheckName.REFRESH_BUDGET) {
        throw new YamlProblem(item, "refresh-budget needs a positive number, e.g. "
            + BUDGET_EXAMPLE);
      }
      if (check == CheckName.REFRESH_BACKOFF) {
        throw new YamlProblem(item, "refresh-backoff needs a duration, e.g. " + BACKOFF_EXAMPLE);
      }
      return Expectation.of(check);
    }
    List<YamlMap.Entry> entries = List.copyOf(YamlMap.of(item, "a check").entries());
    if (entries.size() != 1) {
      throw new YamlProblem(entries.isEmpty() ? item : entries.get(1).key(),
          "expected one check per list item, found " + entries.size());
    }
    YamlMap.Entry entry = entries.get(0);
    CheckName check = check(entry.key());
    if (check == CheckName.REFRESH_BACKOFF) {
      Duration spacing = YamlValues.duration(entry.value(), "refresh-backoff");
      return YamlProblem.at(entry.value(), () -> Expectation.refreshBackoff(spacing));
    }
    if (check != CheckName.REFRESH_BUDGET) {
      if (!YamlValues.isNull(entry.value())) {
        throw new YamlProblem(entry.value(), check.keyword() + " takes no value, found "
            + YamlValues.kind(entry.value()));
      }
      return Expectation.of(check);
    }
    long limit = YamlValues.number(entry.value(), "refresh-budget", 1);
    return YamlProblem.at(entry.value(), () -> Expectation.refreshBudget((int) Math.min(limit,
        Integer.MAX_VALUE)));
  }

  private static CheckName check(Node node) {
    String name = YamlValues.text(node, "a check such as no-expired-token");
    return YamlValues.choice(node, "check", Keyword.all(CheckName.class),
        CheckName.fromKeyword(name).orElse(null));
  }
}
