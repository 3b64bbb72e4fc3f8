package de.dmp.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import de.dmp.platform.entity.IllegalTransitionException;
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
}
