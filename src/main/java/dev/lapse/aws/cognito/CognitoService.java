package dev.lapse.aws.cognito;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.aws.AwsError;
import dev.lapse.aws.Exchange;
import dev.lapse.aws.FaultKind;
import dev.lapse.aws.Json;
import dev.lapse.aws.ServiceHandler;
import dev.lapse.aws.WireResponse;
import dev.lapse.aws.WorldContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake Cognito Identity service (awsJson1_1): {@code POST /} with
 * {@code X-Amz-Target: AWSCognitoIdentityService.<Operation>}. Unsigned calls are journaled
 * in the pool's region; signed ones in the region they were signed for.
 */
public final class CognitoService implements ServiceHandler {
  static final String SIGNING_NAME = "cognito-identity";
  static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  /** One operation: whether it needs the developer's signature, and what it does. */
  private record Operation(boolean signed, Body body) {}

  @FunctionalInterface
  private interface Body {
    ObjectNode apply(CognitoRequest request, Exchange exchange);
  }

  private final WorldContext world;
  private final DeveloperAuth developerAuth;
  private final Map<String, Operation> operations = new LinkedHashMap<>();

  public CognitoService(WorldContext world) {
    this.world = world;
    this.developerAuth = new DeveloperAuth(world);
    IdentityOperations identity = new IdentityOperations(world);
    DeveloperOperations developer = new DeveloperOperations(world, identity);
    operations.put("GetId", new Operation(false, identity::getId));
    operations.put("GetOpenIdToken", new Operation(false, identity::getOpenIdToken));
    operations.put("GetCredentialsForIdentity",
        new Operation(false, identity::getCredentialsForIdentity));
    operations.put("GetOpenIdTokenForDeveloperIdentity",
        new Operation(true, developer::getOpenIdTokenForDeveloperIdentity));
    operations.put("LookupDeveloperIdentity",
        new Operation(true, developer::lookupDeveloperIdentity));
    operations.put("DescribeIdentityPool",
        new Operation(true, new IdentityPoolDescription(identity)::describe));
  }

  @Override
  public String service() {
    return SIGNING_NAME;
  }

  @Override
  public boolean accepts(Exchange exchange) {
    String target = exchange.header("X-Amz-Target");
    return target != null && target.startsWith(TARGET_PREFIX);
  }

  @Override
  public String operationOf(Exchange exchange) {
    String name = targetOperation(exchange);
    return operations.containsKey(name) ? name : "Unknown";
  }

  @Override
  public WireResponse handle(Exchange ex) {
    ex.entry().region = world.config().cognitoRegion();
    String name = targetOperation(ex);
    Operation op = operations.get(name);
    if (op == null) {
      throw CognitoErrors.of("UnknownOperationException", "Unknown operation " + name + ".");
    }
    // Authentication comes before the body is read, as in AWS: a developer call that is both
    // unsigned and malformed hears about the missing signature.
    if (op.signed()) {
      developerAuth.authenticate(ex, name);
    }
    ObjectNode result = op.body().apply(CognitoRequest.parse(ex.body()), ex);
    return WireResponse.of(200, CONTENT_TYPE, Json.write(result))
        .withHeader("x-amzn-RequestId", ex.requestId());
  }

  @Override
  public WireResponse render(AwsError error, Exchange exchange) {
    // The Java SDK reads the error code from x-amzn-ErrorType first; boto3 only from __type.
    String body = Json.write(Map.of("__type", error.code(), "message", error.getMessage()));
    return WireResponse.error(error.status(), CONTENT_TYPE, body, error)
        .withHeader("x-amzn-ErrorType", error.code() + ":")
        .withHeader("x-amzn-RequestId", exchange.requestId());
  }

  @Override
  public AwsError faultError(FaultKind kind) {
    return kind == FaultKind.THROTTLE
        ? CognitoErrors.of("TooManyRequestsException", "Rate exceeded")
        : new AwsError(500, "InternalErrorException", "An internal error occurred.");
  }

  private static String targetOperation(Exchange exchange) {
    String target = exchange.header("X-Amz-Target");
    return target == null ? "" : target.substring(target.indexOf('.') + 1);
  }
}
