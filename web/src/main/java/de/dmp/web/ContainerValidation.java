package de.dmp.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The container's Bean Validation for the views kept in the session. Views get it as a proxy, which
 * a session moved to another server of the cluster restores; an injected ValidatorFactory could not
 * be restored there, and the whole session was lost with it.
 */
@ApplicationScoped
public class ContainerValidation {

  @Inject private ValidatorFactory factory;

  public Validator validator() {
    return factory.getValidator();
  }

  /** Words a constraint's message in the language asked for, from the modules' bundles. */
  public MessageInterpolator interpolator() {
    return factory.getMessageInterpolator();
  }
}
