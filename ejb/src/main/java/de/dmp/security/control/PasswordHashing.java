package de.dmp.security.control;

import de.dmp.security.entity.HashedPassword;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Hashes passwords with bcrypt through WildFly Elytron itself, so that the server's JDBC realm
 * verifies exactly what was stored.
 */
public final class PasswordHashing {

  /**
   * bcrypt cost 2^10: about 70 ms a check here, paid at each form login, token request and HTTP
   * Basic FHIR request.
   */
  static final int COST = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashing() {}

  public static HashedPassword hash(char[] password) {
    byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
    RANDOM.nextBytes(salt);
    try {
      BCryptPassword hashed =
          (BCryptPassword)
              factory()
                  .generatePassword(
                      new EncryptablePasswordSpec(
                          password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      Base64.Encoder base64 = Base64.getEncoder();
      return new HashedPassword(
          base64.encodeToString(hashed.getHash()),
          base64.encodeToString(hashed.getSalt()),
          hashed.getIterationCount());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  /** Whether the guess matches; for tests and password changes, not for logging in. */
  public static boolean matches(HashedPassword stored, char[] guess) {
    Base64.Decoder base64 = Base64.getDecoder();
    try {
      PasswordFactory factory = factory();
      var password =
          factory.generatePassword(
              new org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec(
                  base64.decode(stored.hash()), base64.decode(stored.salt()), stored.iterations()));
      return factory.verify(password, guess);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  private static PasswordFactory factory() throws GeneralSecurityException {
    return PasswordFactory.getInstance(
        BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
  }
}
