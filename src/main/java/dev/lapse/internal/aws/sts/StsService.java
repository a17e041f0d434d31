package dev.lapse.internal.aws.sts;

import dev.lapse.vocabulary.Service;
import dev.lapse.vocabulary.Operation;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.WorldContext;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The fake STS (awsQuery): {@code POST /} with a form body {@code Action=<Op>&Version=...}.
 * Answers AssumeRoleWithWebIdentity (unsigned) and GetCallerIdentity (signed); any other
 * action is an InvalidAction, as STS says of actions it does not know.
 */
public final class StsService implements ServiceHandler {
  private static final Set<Operation> ACTIONS =
      Set.of(Operation.ASSUME_ROLE_WITH_WEB_IDENTITY, Operation.GET_CALLER_IDENTITY);

  private final AssumedRoles roles = new AssumedRoles();
  private final WebIdentityRole webIdentity;
  private final CallerIdentity callerIdentity;

  public StsService(WorldContext world) {
    this.webIdentity = new WebIdentityRole(world.authority(), roles);
    this.callerIdentity = new CallerIdentity(world.authority(), roles);
  }

  @Override
  public Service service() {
    return Service.STS;
  }

  /** A form with an Action at the root path, or a root-path request signed for sts. */
  @Override
  public boolean accepts(Exchange exchange) {
    // STS lives at the root path; anything deeper is a path-style S3 request, even when it
    // was (wrongly) signed for sts, and S3 must answer it with its own error.
    String path = exchange.rawPath();
    if (!path.isEmpty() && !path.equals("/")) {
      return false;
    }
    String auth = exchange.header("Authorization");
    if (auth != null && auth.contains("/sts/aws4_request")) {
      return true;
    }
    String form = "POST".equals(exchange.method())
        ? new String(exchange.body(), StandardCharsets.UTF_8) : exchange.rawQuery();
    return form != null && (form.startsWith("Action=") || form.contains("&Action="));
  }

  @Override
  public Operation operationOf(Exchange exchange) {
    return Operation.of(Service.STS, StsParams.of(exchange).get("Action"));
  }

  @Override
  public WireResponse handle(Exchange ex) {
    StsParams params = StsParams.of(ex);
    String action = params.get("Action");
    if (action == null || action.isEmpty()) {
      throw new AwsError(400, "MissingAction", "Missing Action");
    }
    String version = params.get("Version");
    Operation op = Operation.of(Service.STS, action);
    if (!ACTIONS.contains(op) || (version != null && !StsParams.VERSION.equals(version))) {
      throw new AwsError(400, "InvalidAction", "Could not find operation " + action
          + " for version " + (version == null ? "NO_VERSION_SPECIFIED" : version));
    }
    StsXml result = op == Operation.GET_CALLER_IDENTITY
        ? callerIdentity.handle(ex)
        : webIdentity.handle(params, ex);
    return WireResponse.of(200, StsXml.CONTENT_TYPE,
            StsXml.response(action, result, ex.requestId()))
        .withHeader("x-amzn-RequestId", ex.requestId());
  }

  @Override
  public WireResponse render(AwsError error, Exchange exchange) {
    return WireResponse.error(error.status(), StsXml.CONTENT_TYPE,
            StsXml.error(error, exchange.requestId()), error)
        .withHeader("x-amzn-RequestId", exchange.requestId());
  }

  @Override
  public AwsError faultError(FaultKind kind) {
    return kind == FaultKind.THROTTLE
        ? new AwsError(400, "Throttling", "Rate exceeded")
        : new AwsError(500, "InternalFailure",
            "The request processing has failed because of an unknown error, exception or "
                + "failure.");
  }

  @Override
  public void reset() {
    roles.clear();
  }
}
