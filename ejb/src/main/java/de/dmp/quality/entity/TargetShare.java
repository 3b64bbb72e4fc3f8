package de.dmp.quality.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The share a contract sets for one quality target of one programme, e.g. 0.90 for 90 %. */
public record TargetShare(
    @NotBlank String programme,
    @NotBlank String target,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal share) {}
