package de.dmp.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.security.boundary.Bearer;
import de.dmp.security.entity.Scopes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenSignerTest {

  private static final Instant NOON = Instant.parse("2026-12-02T11:00:00Z");
  private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

  private final TokenSigner signer = new TokenSigner(key('a'));

  @Test
  void aTokenNamesItsHolderUntilItExpires() {
    String token = signer.sign(Bearer.person("kasse-101"), NOON, QUARTER_HOUR);

    assertThat(signer.holder(token, NOON.plus(Duration.ofMinutes(14))))
        .contains(Bearer.person("kasse-101"));
    assertThat(signer.holder(token, NOON.plus(QUARTER_HOUR))).isEmpty();
  }

  @Test
  void aSystemClientsTokenCarriesTheClientAndItsScopes() {
    Scopes granted = Scopes.parseStrictly("system/Patient.read system/Observation.rs");
    var client = new Bearer("kasse-101", "aok-export", granted);
    String token = signer.sign(client, NOON, QUARTER_HOUR);

    assertThat(signer.holder(token, NOON)).contains(client);
  }

  @Test
  void anotherInstallationsTokenIsRefused() {
    String foreign = new TokenSigner(key('b')).sign(Bearer.person("kasse-101"), NOON, QUARTER_HOUR);

    assertThat(signer.holder(foreign, NOON)).isEmpty();
  }

  @Test
  void aTokenWhoseClaimsWereChangedIsRefused() {
    String[] parts = signer.sign(Bearer.person("kasse-101"), NOON, QUARTER_HOUR).split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.replace("kasse-101", "admin").getBytes(StandardCharsets.UTF_8));

    assertThat(signer.holder(parts[0] + "." + forged + "." + parts[2], NOON)).isEmpty();
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String claims =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"iss\":\"urn:dmp-records\",\"sub\":\"admin\",\"exp\":4102444800}")
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(signer.holder(header + "." + claims + ".", NOON)).isEmpty();
  }

  @Test
  void somethingThatIsNoTokenIsRefused() {
    assertThat(signer.holder("not-a-token", NOON)).isEmpty();
    assertThat(signer.holder("", NOON)).isEmpty();
  }

  @Test
  void aShortKeyIsRejected() {
    assertThatThrownBy(() -> new TokenSigner(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] key(char filler) {
    return String.valueOf(filler).repeat(32).getBytes(StandardCharsets.US_ASCII);
  }
}
