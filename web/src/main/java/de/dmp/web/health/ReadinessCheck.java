package de.dmp.web.health;

import java.util.Map;

/**
 * One thing the application needs before it takes requests. The checks are CDI beans that {@link
 * HealthServlet} asks at /health/ready. WildFly 39's MicroProfile Health did not find checks in
 * this EAR's modules (cf. WFLY-12835), so the application answers its probes itself.
 */
public interface ReadinessCheck {

  /** What a probe reads: the check's name, whether it holds, and figures that say why. */
  record Result(String name, boolean up, Map<String, Object> data) {}

  Result check();
}
