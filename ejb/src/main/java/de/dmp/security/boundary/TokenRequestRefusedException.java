package de.dmp.security.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A token request refused with an error of RFC 6749 section 5.2 and a description a client's
 * developer can act on; nothing of the request is kept.
 */
@ApplicationException(rollback = true)
public class TokenRequestRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public static final String INVALID_CLIENT = "invalid_client";
  public static final String INVALID_GRANT = "invalid_grant";
  public static final String INVALID_SCOPE = "invalid_scope";
  public static final String INVALID_REQUEST = "invalid_request";

  private final String error;

  public TokenRequestRefusedException(String error, String description) {
    super(description);
    this.error = error;
  }

  public String error() {
    return error;
  }

  /** 401 when the client could not be authenticated, as RFC 6749 asks; else 400. */
  public int status() {
    return INVALID_CLIENT.equals(error) ? 401 : 400;
  }
}
