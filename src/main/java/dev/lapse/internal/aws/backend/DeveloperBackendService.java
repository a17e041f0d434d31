package dev.lapse.internal.aws.backend;

import dev.lapse.vocabulary.Service;
import dev.lapse.vocabulary.Operation;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.WorldContext;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;

/**
 * The app's own server, as in the developer-authenticated-identities flow:
 * {@code GET /developer/token?user=<name>} answers {@code {"identityId", "token"}}, obtained
 * from Cognito's GetOpenIdTokenForDeveloperIdentity with the developer's IAM key.
 * Errors are plain JSON {@code {"error", "message"}}, as a small web service would send.
 */
public final class DeveloperBackendService implements ServiceHandler {
  static final String PREFIX = "/developer";
  static final String TOKEN_PATH = PREFIX + "/token";
  static final int MAX_USER = 1024;

  private final WorldContext world;
  private final DeveloperCognitoClient cognito;

  public DeveloperBackendService(WorldContext world) {
    this.world = world;
    this.cognito = new DeveloperCognitoClient(world);
  }

  @Override
  public Service service() {
    return Service.DEVELOPER_BACKEND;
  }

  @Override
  public boolean accepts(Exchange exchange) {
    String path = exchange.rawPath();
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  @Override
  public Operation operationOf(Exchange exchange) {
    return TOKEN_PATH.equals(exchange.rawPath())
        ? Operation.GET_DEVELOPER_TOKEN : Operation.UNKNOWN;
  }

  @Override
  public WireResponse handle(Exchange ex) {
    if (!TOKEN_PATH.equals(ex.rawPath())) {
      throw new AwsError(404, "NotFound", "No such endpoint " + ex.rawPath()
          + "; the developer backend answers GET " + TOKEN_PATH + "?user=<name>");
    }
    if (!"GET".equals(ex.method())) {
      throw new AwsError(405, "MethodNotAllowed", ex.method() + " is not allowed on "
          + TOKEN_PATH + "; use GET " + TOKEN_PATH + "?user=<name>");
    }
    ex.entry().region = world.config().cognitoRegion();
    String user = ex.query().get("user");
    if (user == null || user.isBlank()) {
      throw new AwsError(400, "MissingUser",
          "the query parameter 'user' is required, e.g. " + TOKEN_PATH + "?user=alice");
    }
    if (user.length() > MAX_USER) {
      // Cognito's DeveloperUserIdentifier is 1..1024 characters; passing a longer one on
      // would only turn the caller's mistake into a 502 from Cognito.
      throw new AwsError(400, "InvalidUser", "the query parameter 'user' must be at most "
          + MAX_USER + " characters (Cognito's limit for a developer user identifier); found "
          + user.length());
    }
    ex.entry().resource = user;
    GetOpenIdTokenForDeveloperIdentityResponse minted;
    try {
      minted = cognito.tokenFor(user);
    } catch (CognitoIdentityException e) {
      throw new AwsError(502, "CognitoError", "Cognito refused the token for '" + user + "': "
          + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage());
    } catch (SdkException e) {
      throw new AwsError(502, "CognitoUnavailable",
          "could not reach Cognito for '" + user + "': " + e.getMessage());
    }
    ex.entry().issuedIdentityId = minted.identityId();
    ex.entry().issuedToken = world.authority().token(minted.token())
        .map(dev.lapse.internal.aws.IssuedToken::facts).orElse(null);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("identityId", minted.identityId());
    body.put("token", minted.token());
    return WireResponse.of(200, "application/json", Json.write(body));
  }

  @Override
  public WireResponse render(AwsError error, Exchange exchange) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error.code());
    body.put("message", error.getMessage());
    return WireResponse.error(error.status(), "application/json", Json.write(body), error);
  }

  @Override
  public AwsError faultError(FaultKind kind) {
    return kind == FaultKind.THROTTLE
        ? new AwsError(429, "TooManyRequests", "Rate exceeded")
        : new AwsError(500, "InternalServerError", "The developer backend failed.");
  }

  @Override
  public void close() {
    cognito.close();
  }
}
