package dev.lapse.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A running fake AWS (Cognito Identity, STS, S3, developer backend) on 127.0.0.1 and a virtual
 * clock for each test, handed to any test or lifecycle method that declares a {@link FakeAws}
 * parameter and closed afterwards, as WireMock's {@code @WireMockTest} does:
 *
 * <pre>{@code
 * @LapseTest(buckets = "photos=eu-west-1")
 * class MyProviderTest {
 *   @Test
 *   void refreshesAfterAnHour(FakeAws aws) {
 *     MyProvider provider = new MyProvider(aws.cognitoEndpoint(), aws.identityPoolId(), aws.clock());
 *     provider.resolveCredentials();
 *     aws.advance(Duration.ofHours(2));
 *     provider.resolveCredentials();
 *     aws.assertNoViolations();
 *   }
 * }
 * }</pre>
 *
 * <p>With {@code scope = Scope.CLASS} one world serves every test of the class (and
 * {@code @BeforeAll} methods); its clock and journal then carry over from test to test unless
 * a test calls {@link FakeAws#reset()}. Durations read like scenario files: {@code 15m},
 * {@code 1h}, {@code PT15M}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LapseExtension.class)
public @interface LapseTest {
  /** How long one fake AWS lives. */
  enum Scope {
    /** A new fake AWS for every test method (the default). */
    TEST,
    /** One fake AWS for the whole test class, closed after its last test. */
    CLASS
  }

  /** Default {@link Scope#TEST}. */
  Scope scope() default Scope.TEST;

  /** Buckets as {@code NAME=REGION}; default {@code lapse-photos=us-east-1}. */
  String[] buckets() default {"lapse-photos=us-east-1"};

  /** Region of the identity pool; default us-east-1. */
  String cognitoRegion() default "us-east-1";

  /** Lifetime of the developer backend's login tokens; default 15m. */
  String loginTokenTtl() default "15m";

  /** Lifetime of Cognito credentials; default 1h, as in real Cognito. */
  String credentialsTtl() default "1h";

  /**
   * Virtual start instant, ISO-8601 such as {@code 2026-01-01T00:00:00Z}; default (empty): the
   * machine's time when the fake starts, as {@code lapse serve} does, because SDK clients sign
   * with the machine's clock.
   */
  String start() default "";

  /**
   * Refuse S3 requests signed more than 15 minutes from virtual now, as S3 does; default false,
   * because after {@link FakeAws#advance} every SDK client that signs with the machine's clock
   * would look skewed. Switch it on to test skew handling with clients that sign on the device
   * clock.
   */
  boolean checkSkew() default false;
}
