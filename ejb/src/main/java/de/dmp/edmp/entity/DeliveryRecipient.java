package de.dmp.edmp.entity;

/**
 * What the Begleitdatei names besides the practice: the data office's 9-digit IK (from KBV's SDDA
 * master file for the practice's region) and the version of KBV's crypto module (XKM) the operator
 * encrypts the archives with.
 */
public record DeliveryRecipient(String dataOfficeIk, String cryptoModuleVersion) {

  /** Whether both are given and the IK has nine digits. */
  public boolean isComplete() {
    return dataOfficeIk != null
        && dataOfficeIk.matches("\\d{9}")
        && cryptoModuleVersion != null
        && !cryptoModuleVersion.isBlank();
  }
}
