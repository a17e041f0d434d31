package dev.lapse.internal.aws;

import dev.lapse.vocabulary.Service;
import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.FaultKind;
/**
 * One fake AWS service (or the developer backend) behind the shared server. A handler fills in
 * the exchange's journal entry and returns its response, or throws {@link AwsError}, which the
 * dispatcher hands back to {@link #render} so the error goes out in the service's protocol.
 */
public interface ServiceHandler {

  /** The journal's name for this service: cognito-identity, sts, s3, developer-backend. */
  Service service();

  /** Whether this handler answers the request (asked in order; S3 comes last). */
  boolean accepts(Exchange exchange);

  WireResponse handle(Exchange exchange);

  /** Renders an error in this service's wire format. */
  WireResponse render(AwsError error, Exchange exchange);

  /** The operation name to journal for a request that never reached {@link #handle}. */
  default Operation operationOf(Exchange exchange) {
    return Operation.UNKNOWN;
  }

  /** The error this service sends while an injected ERROR or THROTTLE fault is active. */
  default AwsError faultError(FaultKind kind) {
    return kind == FaultKind.THROTTLE
        ? new AwsError(400, "Throttling", "Rate exceeded")
        : new AwsError(500, "InternalFailure", "We encountered an internal error. Please try again.");
  }

  /** Forgets what this service stored (objects, ...); configuration stays. */
  default void reset() {}

  /** Releases what the service holds (clients, threads) when the world stops or is reconfigured. */
  default void close() {}
}
