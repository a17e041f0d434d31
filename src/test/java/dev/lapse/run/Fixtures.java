package dev.lapse.run;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.Device;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** Small providers for runner and check tests, each with one behaviour worth observing. */
final class Fixtures {
  private Fixtures() {}

  static CognitoIdentityClient cognito(Device d) {
    return CognitoIdentityClient.builder().endpointOverride(d.cognitoEndpoint())
        .region(Region.of(d.cognitoRegion())).httpClient(d.sdkHttpClient())
        .credentialsProvider(AnonymousCredentialsProvider.create()).build();
  }

  /** Fresh login and credentials from the developer backend and Cognito, for any user name. */
  static Credentials fetch(Device d, CognitoIdentityClient cognito) throws Exception {
    DeveloperBackendClient.Login login = new DeveloperBackendClient(d).fetch();
    return cognito.getCredentialsForIdentity(b -> b.identityId(login.identityId())
        .logins(Map.of("cognito-identity.amazonaws.com", login.token()))).credentials();
  }

  static AwsSessionCredentials session(Credentials c) {
    return AwsSessionCredentials.create(c.accessKeyId(), c.secretKey(), c.sessionToken());
  }

  /** Fetches new credentials on every single call: correct, but wasteful. */
  static final class FetchEveryCall implements CredentialsProviderFactory {
    @Override
    public AppProviders launch(Device d) {
      CognitoIdentityClient cognito = cognito(d);
      AwsCredentialsProvider p = () -> {
        try {
          return session(fetch(d, cognito));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };
      return AppProviders.of(p).closing(cognito);
    }
  }

  /** Fetches once per launch and keeps the credentials until they expire by the device clock. */
  static final class FetchOncePerLaunch implements CredentialsProviderFactory {
    @Override
    public AppProviders launch(Device d) {
      CognitoIdentityClient cognito = cognito(d);
      Credentials[] cached = new Credentials[1];
      AwsCredentialsProvider p = () -> {
        synchronized (cached) {
          try {
            if (cached[0] == null || !d.clock().instant().isBefore(cached[0].expiration())) {
              cached[0] = fetch(d, cognito);
            }
            return session(cached[0]);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      };
      return AppProviders.of(p).closing(cognito);
    }
  }

  /** Makes one last Cognito call while it is being closed: noise after terminate. */
  static final class NoisyOnClose implements CredentialsProviderFactory {
    @Override
    public AppProviders launch(Device d) throws Exception {
      CognitoIdentityClient cognito = cognito(d);
      Credentials creds = fetch(d, cognito);
      return AppProviders.of(() -> session(creds)).closing(() -> {
        fetch(d, cognito);
        cognito.close();
      });
    }
  }

  /** Logs in as a new user on every launch, so every launch gets a new identity id. */
  static final class NewUserEveryLaunch implements CredentialsProviderFactory {
    private final AtomicInteger launches = new AtomicInteger();

    @Override
    public AppProviders launch(Device d) throws Exception {
      Device renamed = (Device) java.lang.reflect.Proxy.newProxyInstance(
          Device.class.getClassLoader(), new Class<?>[] {Device.class}, (proxy, m, args) ->
              m.getName().equals("user") ? d.user() + "-" + launches.get() : m.invoke(d, args));
      launches.incrementAndGet();
      CognitoIdentityClient cognito = cognito(d);
      Credentials creds = fetch(renamed, cognito);
      return AppProviders.of(() -> session(creds)).closing(cognito);
    }
  }

  /** Throws at launch. */
  static final class BrokenAtLaunch implements CredentialsProviderFactory {
    @Override
    public AppProviders launch(Device d) {
      throw new IllegalStateException("keychain is corrupt");
    }
  }

  /** Records what a launch saw of the device, and schedules a task 10 minutes out. */
  static final class Observer implements CredentialsProviderFactory {
    final java.util.List<Instant> deviceTimesAtLaunch = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<Instant> taskRuns = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<String> keychainKeysAtLaunch = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public AppProviders launch(Device d) throws Exception {
      deviceTimesAtLaunch.add(d.clock().instant());
      keychainKeysAtLaunch.add(String.join(",", d.keychain().keys()));
      d.keychain().put("launched", "yes");
      d.scheduler().schedule(java.time.Duration.ofMinutes(10), () -> taskRuns.add(d.clock().instant()));
      return new FetchOncePerLaunch().launch(d);
    }
  }
}
