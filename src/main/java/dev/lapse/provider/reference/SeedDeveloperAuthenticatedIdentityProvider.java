package dev.lapse.provider.reference;

import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import dev.lapse.provider.Keychain;
import java.io.IOException;
import java.util.Map;

/**
 * Port of the question's {@code class DeveloperAuthenticatedIdentityProvider:
 * AWSAbstractCognitoIdentityProvider} (see {@code docs/origin.md}), bug included. Comments quote
 * the Swift each line mirrors.
 *
 * <p>The iOS SDK's identity provider keeps the identity id in the keychain, so it survives
 * relaunch. The Swift keeps {@code _token} in a field; this port keeps it in the keychain as
 * well, which is the combination that makes a relaunched app present a login token from its
 * previous life ("ExpiredTokenException after app relaunch"). Thread-safe (one lock, as the iOS
 * SDK serialises refreshes).
 */
final class SeedDeveloperAuthenticatedIdentityProvider {
  private final Keychain keychain;
  private final DeveloperBackendClient backend;
  private final String identityIdKey;
  private final String tokenKey;

  // var _token: String!            (restored from the keychain at launch, see the class comment)
  private String token;
  // var _logins: [ NSObject : AnyObject ]!
  private Map<String, String> logins;
  // self.identityId                (AWSAbstractCognitoIdentityProvider's, backed by the keychain)
  private String identityId;

  SeedDeveloperAuthenticatedIdentityProvider(Device device, String keychainPrefix) {
    this.keychain = device.keychain();
    this.backend = new DeveloperBackendClient(device);
    this.identityIdKey = keychainPrefix + "identityId";
    this.tokenKey = keychainPrefix + "token";
    this.identityId = keychain.get(identityIdKey).orElse(null);
    this.token = keychain.get(tokenKey).orElse(null);
  }

  // override var token: String { get { return _token } }
  synchronized String token() {
    return token;
  }

  // override var logins: [ NSObject : AnyObject ]! { get { return _logins } }
  synchronized Map<String, String> logins() {
    return logins;
  }

  // override func getIdentityId() -> AWSTask!
  synchronized String getIdentityId() throws IOException {
    // if self.identityId != nil { return AWSTask(result: self.identityId) }
    // THE BUG: a cached identity id is returned without a look at the token that goes with it.
    if (identityId != null) {
      return identityId;
    }
    // } else { return AWSTask(result: nil).continueWithBlock({ (task) -> AnyObject! in
    //     if self.identityId == nil { return self.refresh() }
    refresh();
    //     return AWSTask(result: self.identityId)
    return identityId;
  }

  // override func refresh() -> AWSTask!
  synchronized void refresh() throws IOException {
    // let apiUrl = "https://url-goes-here"  // call my server to retrieve an OpenIdToken
    // request.GET(apiUrl, parameters: nil, progress: nil, success: { ... },
    //     failure: { ... })  -- the Swift's failure block is empty; here the IOException travels
    Login login = backend.fetch();
    // let tmp = NSMutableDictionary(); tmp.setObject("temp", forKey: "ExampleApp")
    // self.logins = tmp as [ NSObject : AnyObject ]
    // (only makes the SDK treat the identity as authenticated; the wire carries the token)
    logins = Map.of("ExampleApp", "temp");
    // self.identityId = jsonDictionary["identityId"] as! String
    identityId = login.identityId();
    keychain.put(identityIdKey, identityId);
    // self._token = jsonDictionary["token"] as! String
    token = login.token();
    keychain.put(tokenKey, token);
  }
}
