package de.dmp.web.health;

import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Ready only with the programme definitions loaded: without them nothing can be documented. */
@ApplicationScoped
public class ProgrammesReadiness implements ReadinessCheck {

  @Inject private Programmes programmes;

  @Override
  public String name() {
    return "programme-definitions";
  }

  @Override
  public Result check() {
    int loaded = programmes.all().size();
    return new Result(name(), loaded > 0, Map.of("loaded", loaded));
  }
}
