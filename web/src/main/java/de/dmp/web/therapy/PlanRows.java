package de.dmp.web.therapy;

import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.Training;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The editable rows of a therapy plan, as the form's inputs hold them. */
public final class PlanRows {

  private PlanRows() {}

  /** A goal on one of the programme's measured values, with a lower and/or upper target. */
  public static final class GoalRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private BigDecimal low;
    private BigDecimal high;

    static GoalRow of(Goal goal) {
      var row = new GoalRow();
      row.code = goal.getCode();
      row.low = goal.getTargetLow();
      row.high = goal.getTargetHigh();
      return row;
    }

    /** The goal, named and measured as the programme names the value. */
    Goal toGoal(Map<String, Parameter> measured) {
      Parameter parameter = measured.get(code);
      return parameter == null
          ? new Goal(code, null, null, low, high, null)
          : new Goal(code, parameter.label(), parameter.loinc(), low, high, parameter.unit());
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public BigDecimal getLow() {
      return low;
    }

    public void setLow(BigDecimal low) {
      this.low = low;
    }

    public BigDecimal getHigh() {
      return high;
    }

    public void setHigh(BigDecimal high) {
      this.high = high;
    }
  }

  /** A drug class by its ATC code. */
  public static final class MedicationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String atc;
    private String label;

    static MedicationRow of(Medication medication) {
      var row = new MedicationRow();
      row.atc = medication.getAtc();
      row.label = medication.getLabel();
      return row;
    }

    Medication toMedication() {
      return new Medication(atc == null ? null : atc.strip().toUpperCase(), label);
    }

    public String getAtc() {
      return atc;
    }

    public void setAtc(String atc) {
      this.atc = atc;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  /**
   * A referral, named as the doctor types it ("Augenarzt"), or one of the programme's trainings,
   * chosen by its name; the training's code stays internal, as does a referral's.
   */
  public static final class MeasureRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The code of every referral: what it is for, its label says. */
    static final String REFERRAL = "referral";

    private Measure.Kind kind = Measure.Kind.TRAINING;
    private String code;
    private String label;

    static MeasureRow of(Measure measure) {
      var row = new MeasureRow();
      row.kind = measure.getKind();
      row.code = measure.getCode();
      row.label = measure.getLabel();
      return row;
    }

    /** A new row: the programme's first training, or a referral where it offers none. */
    static MeasureRow first(Collection<String> trainings) {
      var row = new MeasureRow();
      if (trainings.isEmpty()) {
        row.kind = Measure.Kind.REFERRAL;
      } else {
        row.code = trainings.iterator().next();
      }
      return row;
    }

    /** The measure, a training under the programme's name for it. */
    Measure toMeasure(Map<String, Training> trainings) {
      if (kind == Measure.Kind.TRAINING) {
        Training training = trainings.get(code);
        return new Measure(kind, code, training == null ? label : training.label());
      }
      return new Measure(kind, REFERRAL, label);
    }

    public Measure.Kind getKind() {
      return kind;
    }

    public void setKind(Measure.Kind kind) {
      this.kind = kind;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }
}
