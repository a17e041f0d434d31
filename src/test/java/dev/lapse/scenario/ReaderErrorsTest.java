package dev.lapse.scenario;

import dev.lapse.vocabulary.ByteSizes;
import dev.lapse.vocabulary.Durations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of mistake in a file is reported at the offending node, saying what was expected. */
class ReaderErrorsTest {
  private static final String HEAD = """
      name: t
      world: {buckets: {photos: eu-west-1}}
      device: {clients: {photos: eu-west-1}}
      steps:
      """; // step lines start on line 5
  private static final String STEPS = "launch, terminate, background, foreground, wait, get, put,"
      + " head, delete, list, caller-identity, parallel, skew, latency, fault, network, wipe-keychain,"
      + " repeat, presign, fetch, upload";
  private static final String CALLS = "get, put, head, delete, list, caller-identity";
  private static final String CHECKS = "no-expired-token, calls-succeed, single-flight,"
      + " refresh-budget, stable-identity, right-region, quiet-after-terminate,"
      + " presigned-links-live, static-stability, refresh-backoff, drops-rejected-credentials";

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("unknown step", HEAD + "  - launch\n  - lanch\n",
            6, 5, "unknown step 'lanch'; expected one of: " + STEPS),
        mistake("unknown step as a key", HEAD + "  - lanch: 3h\n",
            5, 5, "unknown step 'lanch'; expected one of: " + STEPS),
        mistake("fetch of a link nobody made", HEAD + "  - launch\n  - fetch: link\n",
            6, 12, "unknown link 'link'; no earlier step makes a link: add 'presign:"
                + " {get: photos/cat.jpg, expires: 10m, as: link}' before it"),
        mistake("fetch of a misspelt link", HEAD + "  - launch\n"
                + "  - presign: {get: photos/cat.jpg, expires: 10m, as: link}\n  - fetch: lnk\n",
            7, 12, "unknown link 'lnk'; expected one made by an earlier presign step, one of:"
                + " link"),
        mistake("fetch before the presign that makes it", HEAD + "  - launch\n  - fetch: link\n"
                + "  - presign: {get: photos/cat.jpg, expires: 10m, as: link}\n",
            6, 12, "unknown link 'link'; no earlier step makes a link: add 'presign:"
                + " {get: photos/cat.jpg, expires: 10m, as: link}' before it"),
        mistake("presign longer than S3 allows", HEAD
                + "  - presign: {get: photos/cat.jpg, expires: 8d, as: link}\n",
            5, 45, "presign expires must be at most 7d (S3 refuses a presigned URL that lives"
                + " longer), found 8d"),
        mistake("presign without a verb", HEAD + "  - presign: {expires: 1h, as: link}\n",
            5, 14, "presign needs exactly one of: get, put, head, e.g. 'presign:"
                + " {get: photos/cat.jpg, expires: 7d, as: link}'"),
        mistake("presign of an unknown bucket", HEAD
                + "  - presign: {head: docs/a.txt, expires: 1h, as: link}\n",
            5, 21, "unknown bucket 'docs'; expected one of: photos"),
        mistake("bad YAML", "name: x\nsteps: [launch\n",
            3, 1, "bad YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence)"),
        mistake("bad YAML mapping", "name: x\n steps: - a\n",
            2, 7, "bad YAML: mapping values are not allowed here"),
        mistake("forbidden character", "name: x\nsteps: [launch]\n\u0001\n",
            3, 1, "bad YAML: character U+0001 is not allowed; expected printable text"),
        mistake("top level is a list", "- launch\n",
            1, 1, "expected a map at the top of the file (name, steps, ...), found a list"),
        mistake("empty file", "# nothing\n",
            1, 1, "the file is empty; a scenario needs at least 'name' and 'steps'"),
        mistake("unknown top-level key", "name: x\nstpes: [launch]\n",
            2, 1, "unknown key 'stpes' in the scenario; expected one of:"
                + " name, about, world, device, steps, expect"),
        mistake("missing name", "about: hi\nsteps: [launch]\n",
            1, 1, "missing 'name'; a scenario needs at least 'name' and 'steps'"),
        mistake("missing steps", "name: x\n",
            1, 1, "missing 'steps'; a scenario needs at least 'name' and 'steps'"),
        mistake("empty steps", "name: x\nsteps: []\n",
            2, 8, "steps is empty; expected at least one step, e.g. '- launch'"),
        mistake("duplicate key", "name: x\nname: y\nsteps: [launch]\n",
            2, 1, "duplicate key 'name' in the scenario"),
        mistake("unknown check", HEAD + "  - launch\nexpect:\n  - no-expird-token\n",
            7, 5, "unknown check 'no-expird-token'; expected one of: " + CHECKS),
        mistake("bad duration", HEAD + "  - wait: 3 hours\n",
            5, 11, "bad duration '3 hours'; expected " + Durations.ACCEPTED_FORMS),
        mistake("negative wait", HEAD + "  - wait: -3h\n",
            5, 11, "wait must not be negative, found -3h"),
        mistake("bad ttl", "name: x\nworld:\n  login-token-ttl: 15 minutes\nsteps: [launch]\n",
            3, 20, "bad duration '15 minutes'; expected " + Durations.ACCEPTED_FORMS),
        mistake("login token longer than Cognito mints",
            "name: x\nworld:\n  login-token-ttl: 2d\nsteps: [launch]\n", 3, 20,
            "login-token-ttl must be at most 1d (the developer backend asks Cognito for it "
                + "as TokenDuration, 1..86400 seconds), found 2d"),
        mistake("unknown client", HEAD + "  - get: photos/cat.jpg\n    client: fotos\n",
            6, 13, "unknown client 'fotos'; expected one of: photos, default"),
        mistake("unknown client of caller-identity", HEAD + "  - caller-identity: {client: x}\n",
            5, 31, "unknown client 'x'; expected one of: photos, default"),
        mistake("unknown bucket", HEAD + "  - get: fotos/cat.jpg\n",
            5, 10, "unknown bucket 'fotos'; expected one of: photos"),
        mistake("no buckets declared", "name: x\nsteps:\n  - get: photos/cat.jpg\n",
            3, 10, "unknown bucket 'photos'; no buckets are declared:"
                + " add it under world: buckets:"),
        mistake("get without key", HEAD + "  - get: photos\n",
            5, 10, "get needs an object key: found 'photos', expected bucket/key such as"
                + " photos/cat.jpg"),
        mistake("parallel count 0", HEAD + "  - parallel: {count: 0, get: photos/cat.jpg}\n",
            5, 23, "parallel count must be at least 1, found 0"),
        mistake("parallel count not a number",
            HEAD + "  - parallel: {count: many, get: photos/a}\n",
            5, 23, "expected parallel count (a whole number), found 'many'"),
        mistake("parallel without call", HEAD + "  - parallel: {count: 3}\n",
            5, 15, "parallel needs a call; expected one of: " + CALLS),
        mistake("parallel without count", HEAD + "  - parallel: {get: photos/a}\n",
            5, 15, "parallel needs 'count', e.g. 'parallel: {count: 16, get: photos/cat.jpg}'"),
        mistake("parallel of a wait", HEAD + "  - parallel: {count: 3, wait: 3h}\n",
            5, 26, "parallel cannot run 'wait'; expected one of: " + CALLS),
        mistake("repeat times 0", HEAD + "  - repeat: {times: 0, steps: [launch]}\n",
            5, 21, "repeat times must be at least 1, found 0"),
        mistake("repeat without steps", HEAD + "  - repeat: {times: 2}\n",
            5, 13, "repeat needs 'steps', e.g. 'repeat: {times: 3, steps: [wait: 20m]}'"),
        mistake("unknown fault target", HEAD + "  - fault: {target: dynamo, kind: down, for: 1m}\n",
            5, 21, "unknown fault target 'dynamo'; expected one of:"
                + " developer-backend, cognito, sts, s3"),
        mistake("unknown fault kind", HEAD + "  - fault: {target: sts, kind: flaky, for: 1m}\n",
            5, 32, "unknown fault kind 'flaky'; expected one of: down, slow, error, throttle, revoke"),
        mistake("revoke at the backend",
            HEAD + "  - fault: {target: developer-backend, kind: revoke, for: 1m}\n",
            5, 46, "a revoke fault applies to s3 (the credentials issued so far) or cognito"
                + " (the login tokens issued so far), not developer-backend"),
        mistake("refresh-backoff without duration",
            HEAD + "  - launch\nexpect:\n  - refresh-backoff\n",
            7, 5, "refresh-backoff needs a duration, e.g. '- refresh-backoff: 30s'"),
        mistake("refresh-backoff of no time",
            HEAD + "  - launch\nexpect:\n  - refresh-backoff: 0s\n",
            7, 22, "refresh-backoff needs a positive duration, found 0s"),
        mistake("guests neither true nor false",
            "name: x\nworld: {buckets: {a: {region: eu-west-1, guests: no}}}\nsteps: [launch]\n",
            2, 50, "unknown value for 'guests' 'no'; expected one of: true, false"),
        mistake("bucket map without region",
            "name: x\nworld: {buckets: {a: {guests: false}}}\nsteps: [launch]\n",
            2, 22, "bucket 'a' needs 'region', e.g. 'a: {region: eu-west-1, guests: false}'"),
        mistake("unknown key in a bucket",
            "name: x\nworld: {buckets: {a: {region: eu-west-1, public: yes}}}\nsteps: [launch]\n",
            2, 42, "unknown key 'public' in bucket 'a'; expected one of: region, guests"),
        mistake("fault without duration", HEAD + "  - fault: {target: sts, kind: down}\n",
            5, 12, "fault needs 'for', e.g. 'fault: {target: developer-backend, kind: down,"
                + " for: 10m}'"),
        mistake("refresh-budget without number", HEAD + "  - launch\nexpect:\n  - refresh-budget\n",
            7, 5, "refresh-budget needs a positive number, e.g. '- refresh-budget: 2'"),
        mistake("refresh-budget of 0", HEAD + "  - launch\nexpect:\n  - refresh-budget: 0\n",
            7, 21, "refresh-budget must be at least 1, found 0"),
        mistake("list where a map belongs", "name: x\nworld: [a]\nsteps: [launch]\n",
            2, 8, "expected a map for world, found a list"),
        mistake("map where a list belongs", "name: x\nsteps: {launch: x}\n",
            2, 8, "expected a list for steps, found a map"),
        mistake("list where a step belongs", HEAD + "  - [launch]\n",
            5, 5, "expected a step such as 'launch' or 'wait: 3h', found a list"),
        mistake("keyword without its value", HEAD + "  - wait\n",
            5, 5, "'wait' needs a value, e.g. 'wait: 3h'"),
        mistake("two steps in one item", HEAD + "  - get: photos/a\n    put: photos/b\n",
            6, 5, "found both 'get' and 'put' in one step; expected one step per list item"),
        mistake("option of another call", HEAD + "  - get: photos/a\n    size: 3\n",
            6, 5, "unknown key 'size' in 'get'; expected one of: client"),
        mistake("option of no call", HEAD + "  - wait: 3h\n    client: photos\n",
            6, 5, "unknown key 'client' in 'wait'; expected no other keys"),
        mistake("unknown call in parallel", HEAD + "  - parallel: {count: 2, gett: photos/a}\n",
            5, 26, "unknown call 'gett'; expected one of: " + CALLS),
        mistake("two calls in parallel",
            HEAD + "  - parallel: {count: 2, get: photos/a, head: photos/a}\n",
            5, 41, "parallel runs one call, found both 'get' and 'head'; expected one of them"),
        mistake("option given twice",
            HEAD + "  - put: {object: photos/a, client: photos}\n    client: photos\n",
            5, 37, "'client' is given twice; expected it once"),
        mistake("value for a bare step", HEAD + "  - launch: now\n",
            5, 13, "'launch' takes no value, found 'now'"),
        mistake("scalar where call options belong", HEAD + "  - caller-identity: photos\n",
            5, 22, "expected a map for 'caller-identity', found 'photos'"),
        mistake("negative put size", HEAD + "  - put: {object: photos/a, size: -4}\n",
            5, 35, "put size in bytes must be at least 0, found -4"),
        mistake("check with a value", HEAD + "  - launch\nexpect:\n  - calls-succeed: 3\n",
            7, 20, "calls-succeed takes no value, found '3'"),
        mistake("slash in a bucket name",
            "name: x\nworld: {buckets: {a/b: eu-west-1}}\nsteps: [launch]\n",
            2, 19, "a bucket name must not contain '/', found 'a/b'"),
        mistake("upload size without a unit it knows", HEAD
            + "  - upload: {to: photos/v.mp4, size: 64 megs, part-size: 8MiB, takes: 90m}\n",
            5, 38, "expected a size, found '64 megs'; expected " + ByteSizes.ACCEPTED_FORMS),
        mistake("upload part below S3's least", HEAD
            + "  - upload: {to: photos/v.mp4, size: 64MiB, part-size: 1MiB, takes: 90m}\n",
            5, 56, "upload part-size must be 5MiB (S3's smallest part) to 64MiB (the fake S3's"
                + " request limit), found 1MiB"),
        mistake("upload without takes", HEAD
            + "  - upload: {to: photos/v.mp4, size: 64MiB, part-size: 8MiB}\n",
            5, 13, "upload needs 'takes', e.g. '" + StepKind.UPLOAD.example() + "'"),
        mistake("upload to an unknown bucket", HEAD
            + "  - upload: {to: videos/v.mp4, size: 64MiB, part-size: 8MiB, takes: 1h}\n",
            5, 18, "unknown bucket 'videos'; expected one of: photos"),
        mistake("upload without a key", HEAD
            + "  - upload: {to: photos, size: 64MiB, part-size: 8MiB, takes: 1h}\n",
            5, 18, "upload needs an object key: expected 'to: bucket/key' such as"
                + " photos/video.mp4"),
        mistake("two documents", "name: x\nsteps: [launch]\n---\nname: y\n",
            3, 1, "bad YAML: but found another document"
                + " (expected a single document in the stream)"),
        mistake("alias that contains itself", HEAD + "  - &a {repeat: {times: 2, steps: [*a]}}\n",
            5, 35, "steps nested more than 32 deep; expected fewer"
                + " (does an alias refer to itself?)"));
  }

  private static Arguments mistake(String what, String yaml, int line, int column, String text) {
    return Arguments.of(what, yaml, line, column, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void reportsTheMistakeWhereItIs(String what, String yaml, int line, int column, String text) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read(yaml, "bad.yaml"));
    assertEquals("bad.yaml:" + line + ":" + column + ": " + text, e.getMessage());
    assertEquals("bad.yaml", e.file());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
    assertEquals(text, e.problem());
  }
}
