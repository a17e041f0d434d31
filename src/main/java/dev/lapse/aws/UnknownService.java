package dev.lapse.aws;

/** Answers what no service claims, in the generic AWS JSON error shape. */
final class UnknownService implements ServiceHandler {
  @Override
  public String service() {
    return "unknown";
  }

  @Override
  public boolean accepts(Exchange exchange) {
    return true;
  }

  @Override
  public WireResponse handle(Exchange exchange) {
    throw new AwsError(400, "UnknownOperationException",
        "No service of this fake AWS answers " + exchange.method() + " " + exchange.rawPath());
  }

  @Override
  public WireResponse render(AwsError error, Exchange exchange) {
    String body = Json.write(java.util.Map.of("__type", error.code(), "message",
        error.getMessage()));
    return WireResponse.error(error.status(), "application/x-amz-json-1.1", body, error)
        .withHeader("x-amzn-ErrorType", error.code() + ":")
        .withHeader("x-amzn-RequestId", exchange.requestId());
  }
}
