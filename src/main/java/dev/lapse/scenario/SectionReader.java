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
    Map<String, String> buckets = regions(map.value("buckets"), "buckets", "a bucket");
    return new WorldSpec(cognitoRegion, login, credentials, buckets);
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
      if (entry.name().contains("/")) {
        throw new YamlProblem(entry.key(), one + " name must not contain '/', found "
            + Messages.quote(entry.name()));
      }
      regions.put(entry.name(), YamlValues.text(entry.value(),
          "the region of " + one + " '" + entry.name() + "', such as eu-west-1"));
    }
    return regions;
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
      return Expectation.of(check);
    }
    List<YamlMap.Entry> entries = List.copyOf(YamlMap.of(item, "a check").entries());
    if (entries.size() != 1) {
      throw new YamlProblem(entries.isEmpty() ? item : entries.get(1).key(),
          "expected one check per list item, found " + entries.size());
    }
    YamlMap.Entry entry = entries.get(0);
    CheckName check = check(entry.key());
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
