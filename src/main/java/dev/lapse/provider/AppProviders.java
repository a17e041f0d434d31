package dev.lapse.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The credentials providers one app launch uses, per named client ("default", "photos", ...),
 * and what to close at terminate. Immutable; {@link #with} returns a new value.
 *
 * <pre>{@code
 * return AppProviders.of(defaultProvider)
 *     .with("photos", photosProvider)      // a second regional provider, as in the seed app
 *     .closing(identityProvider);          // closed at terminate
 * }</pre>
 */
public final class AppProviders implements AutoCloseable {
  private final Map<String, AwsCredentialsProvider> byClient;
  private final List<AutoCloseable> closeables;

  private AppProviders(Map<String, AwsCredentialsProvider> byClient,
      List<AutoCloseable> closeables) {
    this.byClient = Map.copyOf(byClient);
    this.closeables = List.copyOf(closeables);
  }

  /** One provider for every client. */
  public static AppProviders of(AwsCredentialsProvider provider) {
    return new AppProviders(Map.of("default", provider), List.of());
  }

  /** A provider per client name; clients not named use "default". */
  public static AppProviders of(Map<String, AwsCredentialsProvider> byClient) {
    if (!byClient.containsKey("default")) {
      throw new IllegalArgumentException("AppProviders needs a \"default\" provider; found only "
          + byClient.keySet());
    }
    return new AppProviders(byClient, List.of());
  }

  public AppProviders with(String client, AwsCredentialsProvider provider) {
    Map<String, AwsCredentialsProvider> m = new LinkedHashMap<>(byClient);
    m.put(client, provider);
    return new AppProviders(m, closeables);
  }

  /** Also close {@code resource} at terminate (providers that are AutoCloseable already are). */
  public AppProviders closing(AutoCloseable resource) {
    List<AutoCloseable> l = new ArrayList<>(closeables);
    l.add(resource);
    return new AppProviders(byClient, l);
  }

  /** The provider for a client, or the default one. */
  public AwsCredentialsProvider forClient(String client) {
    return byClient.getOrDefault(client, byClient.get("default"));
  }

  /** Closes every distinct provider that is AutoCloseable, then the extra resources. */
  @Override
  public void close() throws Exception {
    Exception first = null;
    List<Object> done = new ArrayList<>();
    List<Object> all = new ArrayList<>(byClient.values());
    all.addAll(closeables);
    for (Object o : all) {
      if (o instanceof AutoCloseable c && done.stream().noneMatch(d -> d == o)) {
        done.add(o);
        try {
          c.close();
        } catch (Exception e) {
          first = first == null ? e : first;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
