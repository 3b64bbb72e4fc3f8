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

  /** The name a probe reads the check by. */
  String name();

  /** Whether the check holds now; it may throw when it cannot even ask, and then does not hold. */
  Result check();
}
