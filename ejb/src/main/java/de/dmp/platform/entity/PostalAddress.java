package de.dmp.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A German postal address as KBV's files carry it: street and house number and postcode optional,
 * the city required (lengths of KBV's {@code addr} type).
 */
@Embeddable
public record PostalAddress(
    @Size(max = 46, message = "{dmp.address.street.size}") @Column(length = 46) String street,
    @Size(max = 9, message = "{dmp.address.houseNumber.size}")
        @Column(name = "house_number", length = 9)
        String houseNumber,
    @Size(max = 10, message = "{dmp.address.zip.size}") @Column(length = 10) String zip,
    @NotBlank(message = "{dmp.address.city.required}")
        @Size(max = 40, message = "{dmp.address.city.size}")
        @Column(length = 40)
        String city) {

  public PostalAddress {
    street = blankToNull(street);
    houseNumber = blankToNull(houseNumber);
    zip = blankToNull(zip);
    city = blankToNull(city);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
