package de.dmp.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  @Test
  void hash_shouldVerifyTheRightPasswordOnly() {
    var stored = PasswordHashing.hash("richtig-geheim".toCharArray());

    assertThat(stored.iterations()).isEqualTo(PasswordHashing.COST);
    assertThat(PasswordHashing.matches(stored, "richtig-geheim".toCharArray())).isTrue();
    assertThat(PasswordHashing.matches(stored, "falsch".toCharArray())).isFalse();
  }

  @Test
  void hash_shouldSaltEachPasswordDifferently() {
    var first = PasswordHashing.hash("gleich".toCharArray());
    var second = PasswordHashing.hash("gleich".toCharArray());

    assertThat(first.salt()).isNotEqualTo(second.salt());
    assertThat(first.hash()).isNotEqualTo(second.hash());
  }
}
