package de.dmp.quality.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a regional DMP contract's quality target shares: the G-BA names the targets, the
 * contracts of each region set the shares (DOMAIN.md 0.3). Loaded from {@code
 * contracts/<region>/<version>.json} in the db module.
 */
public record Contract(
    @NotBlank @Pattern(regexp = "[\\p{L}-]+", message = "{dmp.contract.region.pattern}")
        String region,
    @NotBlank String version,
    @NotNull LocalDate validFrom,
    @NotEmpty List<@NotBlank String> sources,
    @NotEmpty List<@Valid TargetShare> targets) {

  public Contract {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  public Optional<TargetShare> share(String programme, String target) {
    return targets.stream()
        .filter(t -> t.programme().equals(programme) && t.target().equals(target))
        .findFirst();
  }
}
