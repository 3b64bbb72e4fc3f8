package de.dmp.web.health;

import java.util.Map;

/**
 * One thing the application needs before it takes requests. The checks are CDI beans that {@link
 * HealthServlet} asks at /health/ready; WildFly's MicroProfile Health does not find checks in an
 * EAR's modules (WFLY-12835), so the application answers its probes itself.
 */
public interface ReadinessCheck {

  /** What a probe reads: the check's name, whether it holds, and figures that say why. */
  record Result(String name, boolean up, Map<String, Object> data) {}

  Result check();
}
