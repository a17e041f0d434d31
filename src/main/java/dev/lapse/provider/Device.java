package dev.lapse.provider;

import dev.lapse.clock.Scheduler;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * What an app launch gets to build its credentials providers with. Everything here reads
 * virtual time; nothing reaches real AWS.
 */
public interface Device {

  /** The device's clock: virtual time plus the scenario's skew. Use it for every expiry test. */
  Clock clock();

  /** Survives terminate and relaunch; a scenario may wipe it. */
  Keychain keychain();

  /** Background work on virtual time; dropped at terminate, paused while suspended. */
  Scheduler scheduler();

  /** Endpoint of the fake Cognito Identity (use as {@code endpointOverride}). */
  URI cognitoEndpoint();

  /** Endpoint of the fake STS. */
  URI stsEndpoint();

  /** The app's own backend: {@code GET <this>?user=<name>} answers {@code {identityId, token}}. */
  URI developerBackend();

  String cognitoRegion();

  String identityPoolId();

  /** The developer provider name the backend registers logins under. */
  String developerProviderName();

  /** The role an authenticated identity assumes (for web-identity providers). */
  String authenticatedRoleArn();

  /** The signed-in user's name, as the app would know it. */
  String user();

  /** The app's clients: name to region ("default" always present). */
  Map<String, String> clients();

  /** An SDK HTTP client to reach the fake; shared, so closing it does nothing. */
  SdkHttpClient sdkHttpClient();

  /** A plain HTTP client for the developer backend; shared. */
  HttpClient httpClient();
}
