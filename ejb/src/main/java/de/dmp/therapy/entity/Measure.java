package de.dmp.therapy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A referral (eye doctor, diabetic foot centre) or a training that the plan provides for. */
@Embeddable
public class Measure {

  /** The two kinds of measure a therapy plan lists. */
  public enum Kind {
    REFERRAL,
    TRAINING
  }

  @NotNull(message = "{dmp.therapy.measure.kind}")
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @NotBlank(message = "{dmp.therapy.measure.code.required}")
  @Size(max = 60)
  @Column(nullable = false, length = 60)
  private String code;

  @NotBlank(message = "{dmp.therapy.measure.label.required}")
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String label;

  protected Measure() {}

  public Measure(Kind kind, String code, String label) {
    this.kind = kind;
    this.code = code;
    this.label = label;
  }

  public Kind getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }
}
