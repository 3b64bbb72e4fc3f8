package de.dmp.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import de.dmp.platform.entity.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A system client's JWK Set: readable, public keys only, each with its kid. */
class SystemClientTest {

  @Test
  void aSetOfPublicKeys_shouldBeKept() throws JOSEException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();

    JWKSet kept = SystemClient.publicKeysOf(new JWKSet(key.toPublicJWK()).toString());

    assertThat(kept.getKeyByKeyId("k1")).isEqualTo(key.toPublicJWK());
  }

  @Test
  void aPrivateKey_shouldBeRefusedByName() throws JOSEException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
    String withPrivate = new JWKSet(key).toString(false);

    assertThatThrownBy(() -> SystemClient.publicKeysOf(withPrivate))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("The key k1 is a private key");
  }

  @Test
  void anUnreadableOrEmptySetOrAKeyWithoutKid_shouldBeRefused() throws JOSEException {
    RSAKey noKid = new RSAKeyGenerator(2048).generate();

    assertThatThrownBy(() -> SystemClient.publicKeysOf("-----BEGIN PUBLIC KEY-----"))
        .hasMessageContaining("The JWK Set cannot be read");
    assertThatThrownBy(() -> SystemClient.publicKeysOf("{\"keys\":[]}"))
        .hasMessageContaining("holds no key");
    assertThatThrownBy(() -> SystemClient.publicKeysOf(new JWKSet(noKid.toPublicJWK()).toString()))
        .hasMessageContaining("needs its key id");
  }

  @Test
  void aSetFromAUrl_shouldBeFetchedAgainWhenOldOrWithoutTheKeyButNotAtEveryAssertion()
      throws JOSEException {
    RSAKey old = new RSAKeyGenerator(2048).keyID("old").generate();
    RSAKey rotated = new RSAKeyGenerator(2048).keyID("new").generate();
    Instant fetched = Instant.parse("2026-12-07T10:00:00Z");
    SystemClient client =
        SystemClient.byUrl(
            "kasse",
            null,
            "https://kasse.example/jwks.json",
            new JWKSet(old.toPublicJWK()).toString(),
            Scopes.parseStrictly("system/*.read"),
            fetched);
    var pasted =
        new SystemClient(
            "pasted",
            null,
            new JWKSet(old.toPublicJWK()).toString(),
            Scopes.parseStrictly("system/*.read"),
            fetched);

    assertThat(client.needsFreshKeys("old", fetched.plusSeconds(3500))).isFalse();
    assertThat(client.needsFreshKeys("old", fetched.plus(SystemClient.KEYS_MAX_AGE).plusSeconds(1)))
        .isTrue();
    assertThat(client.needsFreshKeys("new", fetched.plusSeconds(30))).isFalse();
    assertThat(client.needsFreshKeys("new", fetched.plusSeconds(61))).isTrue();
    assertThat(pasted.needsFreshKeys("new", fetched.plus(Duration.ofDays(30)))).isFalse();
    client.refreshKeys(new JWKSet(rotated.toPublicJWK()).toString(), fetched.plusSeconds(61));
    assertThat(client.keys().getKeyByKeyId("new")).isEqualTo(rotated.toPublicJWK());
    assertThat(client.needsFreshKeys("new", fetched.plusSeconds(3600))).isFalse();
    assertThatThrownBy(
            () -> client.refreshKeys(new JWKSet(rotated).toString(false), fetched.plusSeconds(99)))
        .hasMessageContaining("private key");
    assertThat(client.keys().getKeyByKeyId("new")).isEqualTo(rotated.toPublicJWK());
  }
}
