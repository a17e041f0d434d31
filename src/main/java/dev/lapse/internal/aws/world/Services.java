package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WorldContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The services of a world, in routing order: each is asked whether it accepts a request, and
 * the first that does answers it. S3 comes last because path-style S3 accepts almost anything.
 */
final class Services {
  private Services() {}

  static List<ServiceHandler> create(WorldContext world) {
    List<ServiceHandler> list = new ArrayList<>();
    // cognito-identity: X-Amz-Target AWSCognitoIdentityService.*
    list.add(new dev.lapse.internal.aws.cognito.CognitoService(world));
    // developer-backend: /developer/*
    list.add(new dev.lapse.internal.aws.backend.DeveloperBackendService(world));
    // sts: POST / with an Action form
    list.add(new dev.lapse.internal.aws.sts.StsService(world));
    // s3: path-style, accepts whatever the services above did not claim (so it is the fallback)
    list.add(new dev.lapse.internal.aws.s3.S3Service(world));
    return list;
  }
}
