package dev.lapse.internal.aws.cognito;

import java.util.EnumMap;
import dev.lapse.vocabulary.Service;
import dev.lapse.vocabulary.Operation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.WorldContext;
import java.util.Map;

/**
 * The fake Cognito Identity service (awsJson1_1): {@code POST /} with
 * {@code X-Amz-Target: AWSCognitoIdentityService.<Operation>}. Unsigned calls are journaled
 * in the pool's region; signed ones in the region they were signed for.
 */
public final class CognitoService implements ServiceHandler {
  static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  /** How one operation is answered: whether it needs the developer's signature, and what it does. */
  private record Answer(boolean signed, Body body) {}

  @FunctionalInterface
  private interface Body {
    ObjectNode apply(CognitoRequest request, Exchange exchange);
  }

  private final WorldContext world;
  private final DeveloperAuth developerAuth;
  private final Map<Operation, Answer> operations = new EnumMap<>(Operation.class);

  public CognitoService(WorldContext world) {
    this.world = world;
    this.developerAuth = new DeveloperAuth(world);
    IdentityOperations identity = new IdentityOperations(world);
    DeveloperOperations developer = new DeveloperOperations(world, identity);
    operations.put(Operation.GET_ID, new Answer(false, identity::getId));
    operations.put(Operation.GET_OPEN_ID_TOKEN, new Answer(false, identity::getOpenIdToken));
    operations.put(Operation.GET_CREDENTIALS_FOR_IDENTITY,
        new Answer(false, identity::getCredentialsForIdentity));
    operations.put(Operation.GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY,
        new Answer(true, developer::getOpenIdTokenForDeveloperIdentity));
    operations.put(Operation.LOOKUP_DEVELOPER_IDENTITY,
        new Answer(true, developer::lookupDeveloperIdentity));
    operations.put(Operation.DESCRIBE_IDENTITY_POOL,
        new Answer(true, new IdentityPoolDescription(identity)::describe));
  }

  @Override
  public Service service() {
    return Service.COGNITO_IDENTITY;
  }

  @Override
  public boolean accepts(Exchange exchange) {
    String target = exchange.header("X-Amz-Target");
    return target != null && target.startsWith(TARGET_PREFIX);
  }

  @Override
  public Operation operationOf(Exchange exchange) {
    return Operation.of(Service.COGNITO_IDENTITY, targetOperation(exchange));
  }

  @Override
  public WireResponse handle(Exchange ex) {
    ex.entry().region = world.config().cognitoRegion();
    String name = targetOperation(ex);
    Answer op = operations.get(Operation.of(Service.COGNITO_IDENTITY, name));
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
