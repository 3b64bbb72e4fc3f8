package de.dmp.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.platform.entity.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class JwksFetcherTest {

  @Test
  void checked_shouldTakeAnHttpsUrlAndHttpOnlyWhereAllowed() {
    assertThat(JwksFetcher.checked(" https://kasse.example/.well-known/jwks.json", false))
        .hasToString("https://kasse.example/.well-known/jwks.json");
    assertThat(JwksFetcher.checked("http://localhost:8181/jwks.json", true).getPort())
        .isEqualTo(8181);
    for (String refused :
        new String[] {"http://kasse.example/jwks.json", "ftp://x/jwks", "jwks.json", "https://"}) {
      assertThatThrownBy(() -> JwksFetcher.checked(refused, false))
          .as(refused)
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("https");
    }
  }

  @Test
  void fetch_shouldRefuseAnUnreachableUrlByName() {
    assertThatThrownBy(() -> new JwksFetcher().fetch("https://127.0.0.1:1/jwks.json"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("https://127.0.0.1:1/jwks.json");
  }
}
