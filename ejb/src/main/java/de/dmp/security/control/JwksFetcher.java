package de.dmp.security.control;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import de.dmp.platform.entity.IllegalTransitionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URL;

/**
 * Fetches a system client's JWK Set from the URL its developers publish it at (SMART Backend
 * Services' jwks_url), with Nimbus JOSE+JWT: https only, since a set fetched over plain HTTP could
 * be swapped on the way; short timeouts and a size limit, so that neither a registration nor a
 * token request waits long for a server that does not answer.
 */
@ApplicationScoped
public class JwksFetcher {

  /** True on test servers only: fetches from the test's plain HTTP server too. */
  public static final String ALLOW_HTTP = "dmp.jwks.allow-http";

  static final int TIMEOUT_MILLIS = 3000;
  static final int MAX_BYTES = 100_000;

  private final DefaultResourceRetriever retriever =
      new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_BYTES);

  /** The set's JSON as the URL answers it; refused when the URL is no https URL or fails. */
  public String fetch(String url) {
    URL checked = checked(url, Boolean.getBoolean(ALLOW_HTTP));
    try {
      return retriever.retrieveResource(checked).getContent();
    } catch (IOException e) {
      throw new IllegalTransitionException("client.jwksUrlUnreachable", url, e.getMessage());
    }
  }

  /** An absolute https URL (http too where allowed), else the refusal that says so. */
  static URL checked(String url, boolean allowHttp) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      boolean allowed = scheme.equals("https") || (allowHttp && scheme.equals("http"));
      if (!allowed || uri.getHost() == null) {
        throw new IllegalTransitionException("client.jwksUrlNotHttps", url);
      }
      return uri.toURL();
    } catch (java.net.URISyntaxException | IOException | IllegalArgumentException e) {
      throw new IllegalTransitionException("client.jwksUrlNotHttps", url);
    }
  }
}
