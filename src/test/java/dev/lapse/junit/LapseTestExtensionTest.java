package dev.lapse.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The lifecycle of @LapseTest, run through the Jupiter engine as a user's build would run it. */
class LapseTestExtensionTest {

  @LapseTest
  static class PerTest {
    static final List<FakeAws> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void before(FakeAws aws) {
      seen.add(aws);
    }

    @Test
    void one(FakeAws aws) {
      seen.add(aws);
    }

    @Test
    void two(FakeAws aws) {
      seen.add(aws);
    }
  }

  @LapseTest(scope = LapseTest.Scope.CLASS, buckets = {"photos=eu-west-1", "logs=us-west-2"})
  static class PerClass {
    static final List<FakeAws> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void beforeAll(FakeAws aws) {
      seen.add(aws);
    }

    @Test
    void one(FakeAws aws) {
      seen.add(aws);
    }

    @Nested
    class Inner {
      @Test
      void nested(FakeAws aws) {
        seen.add(aws);
      }
    }
  }

  @LapseTest
  static class BeforeAllInPerTestScope {
    @BeforeAll
    static void beforeAll(FakeAws aws) {}

    @Test
    void never() {}
  }

  @LapseTest(buckets = "no-region")
  static class BadBucket {
    @Test
    void never(FakeAws aws) {}
  }

  @Test
  void eachTestGetsItsOwnFakeAwsSharedWithItsBeforeEachAndClosedAfterwards() {
    PerTest.seen.clear();
    run(PerTest.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
    List<FakeAws> seen = PerTest.seen;
    assertEquals(4, seen.size());
    assertSame(seen.get(0), seen.get(1));
    assertSame(seen.get(2), seen.get(3));
    assertNotSame(seen.get(0), seen.get(2));
    seen.forEach(aws -> assertClosed(aws));
  }

  @Test
  void classScopeSharesOneFakeAwsWithBeforeAllAndNestedClassesAndClosesItAtTheEnd() {
    PerClass.seen.clear();
    run(PerClass.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
    List<FakeAws> seen = PerClass.seen;
    assertEquals(3, seen.size());
    seen.forEach(aws -> assertSame(seen.get(0), aws));
    assertEquals(java.util.Map.of("photos", "eu-west-1", "logs", "us-west-2"),
        seen.get(0).buckets());
    assertClosed(seen.get(0));
  }

  @Test
  void askingForAFakeAwsInBeforeAllWithPerTestScopeSaysWhatToDo() {
    Events events = run(BeforeAllInPerTestScope.class).containerEvents().failed();
    String message = events.stream().findFirst().orElseThrow().getPayload(
        org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow().getMessage();
    assertTrue(message.contains("scope = LapseTest.Scope.CLASS"), message);
  }

  @Test
  void aMalformedBucketFailsTheTestWithWhatWasExpected() {
    Events failed = run(BadBucket.class).testEvents().failed();
    String message = failed.stream().findFirst().orElseThrow().getPayload(
        org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow().getMessage();
    assertTrue(message.contains("NAME=REGION") && message.contains("'no-region'"), message);
  }

  static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
  }

  private static void assertClosed(FakeAws aws) {
    int port = aws.endpoint().getPort();
    assertThrows(ConnectException.class, () -> {
      try (Socket s = new Socket("127.0.0.1", port)) {
        s.getOutputStream().write(1);
      } catch (ConnectException e) {
        throw e;
      } catch (IOException e) {
        throw new AssertionError("port " + port + " still accepts connections", e);
      }
    }, "the fake AWS on port " + port + " should be closed");
  }
}
