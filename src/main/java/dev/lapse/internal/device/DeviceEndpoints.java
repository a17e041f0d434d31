package dev.lapse.internal.device;

import java.net.URI;

/** Where the device finds the fake AWS and who its user is. */
public record DeviceEndpoints(URI aws, URI developerBackend, String cognitoRegion,
    String identityPoolId, String developerProviderName, String authenticatedRoleArn) {}
