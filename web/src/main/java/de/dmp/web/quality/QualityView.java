package de.dmp.web.quality;

import de.dmp.platform.time.Quarter;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.quality.boundary.QualityTargets;
import de.dmp.quality.entity.PracticeQuality;
import de.dmp.quality.entity.QualityMember;
import de.dmp.quality.entity.TargetResult;
import de.dmp.web.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The practice's quality dashboard: each target of a programme in a quarter against the regional
 * contract's share, and the patients behind a target.
 */
@Named
@ViewScoped
public class QualityView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Two years back: the span over which practices compare their results. */
  static final int QUARTERS_SHOWN = 8;

  @Inject private QualityTargets qualityTargets;
  @Inject private Programmes programmes;
  @Inject private UserSession session;
  @Inject private Clock clock;

  private List<String> programmeCodes;
  private List<Quarter> quarters;
  private String programme;
  private Quarter quarter;
  private List<TargetResult> targets = List.of();
  private TargetResult target;
  private List<QualityMember> members = List.of();

  @PostConstruct
  void showTheCurrentQuarter() {
    programmeCodes =
        programmes.all().stream().map(ProgrammeDefinition::code).distinct().sorted().toList();
    Quarter current = Quarter.of(LocalDate.now(clock));
    quarters = IntStream.range(0, QUARTERS_SHOWN).mapToObj(i -> current.plus(-i)).toList();
    programme = programmeCodes.contains("DM2") ? "DM2" : programmeCodes.get(0);
    quarter = current;
    load();
  }

  /** The targets of the chosen programme and quarter; no patients until one is chosen. */
  public void load() {
    targets =
        qualityTargets
            .forPractice(session.getAccount().practiceId(), programme, quarter)
            .practices()
            .stream()
            .findFirst()
            .map(PracticeQuality::targets)
            .orElse(List.of());
    target = null;
    members = List.of();
  }

  public void drillDown(TargetResult chosen) {
    target = chosen;
    members =
        qualityTargets.members(
            session.getAccount().practiceId(), programme, quarter, chosen.code());
  }

  /** A share as a whole percentage for the bar, 0 when unknown. */
  public int percent(BigDecimal share) {
    return share == null ? 0 : share.movePointRight(2).intValue();
  }

  public List<String> getProgrammeCodes() {
    return programmeCodes;
  }

  public List<Quarter> getQuarters() {
    return quarters;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getQuarter() {
    return quarter.toString();
  }

  /** The quarter as the menu writes it, "4/2026". */
  public void setQuarter(String written) {
    quarter =
        quarters.stream().filter(q -> q.toString().equals(written)).findFirst().orElse(quarter);
  }

  public List<TargetResult> getTargets() {
    return targets;
  }

  public TargetResult getTarget() {
    return target;
  }

  public List<QualityMember> getMembers() {
    return members;
  }
}
