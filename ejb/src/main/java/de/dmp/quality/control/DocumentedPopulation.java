package de.dmp.quality.control;

import de.dmp.programme.entity.Criterion.Documented;
import java.util.List;

/**
 * One enrolment counted for a quarter: documented in it, with the values the quality targets read
 * over their look-back, oldest first.
 */
public record DocumentedPopulation(
    long enrolmentId, long practiceId, long patientId, List<Documented> documented) {}
