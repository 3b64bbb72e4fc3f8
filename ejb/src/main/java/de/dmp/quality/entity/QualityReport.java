package de.dmp.quality.entity;

import de.dmp.platform.time.Quarter;
import java.io.Serializable;
import java.util.List;

/** The quality targets of one programme and quarter, per practice. */
public record QualityReport(
    String programmeCode, String programmeVersion, Quarter quarter, List<PracticeQuality> practices)
    implements Serializable {}
