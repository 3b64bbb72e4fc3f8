package de.dmp.web.admin;

import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administrators' registry page: the practices and insurers taking part, and new ones. */
@Named
@ViewScoped
public class PracticesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Practices practices;
  @Inject private ContainerValidation validation;

  private List<Practice> practiceList;
  private List<Insurer> insurerList;
  private String bsnr;
  private String practiceName;
  private String region;
  private String institutionCode;
  private String insurerName;

  @PostConstruct
  void load() {
    practiceList = practices.all();
    insurerList = practices.insurers();
  }

  public void registerPractice() {
    if (Attempts.attempt(
        () -> practices.registerPractice(bsnr, practiceName, region), validation.interpolator())) {
      Texts.show(
          FacesMessage.SEVERITY_INFO, Texts.text("admin.practices.registered", practiceName, bsnr));
      bsnr = null;
      practiceName = null;
      region = null;
      load();
    }
  }

  public void registerInsurer() {
    if (Attempts.attempt(
        () -> practices.registerInsurer(institutionCode, insurerName), validation.interpolator())) {
      Texts.show(
          FacesMessage.SEVERITY_INFO,
          Texts.text("admin.practices.registered", insurerName, institutionCode));
      institutionCode = null;
      insurerName = null;
      load();
    }
  }

  public List<Practice> getPracticeList() {
    return practiceList;
  }

  public List<Insurer> getInsurerList() {
    return insurerList;
  }

  public String getBsnr() {
    return bsnr;
  }

  public void setBsnr(String bsnr) {
    this.bsnr = bsnr;
  }

  public String getPracticeName() {
    return practiceName;
  }

  public void setPracticeName(String practiceName) {
    this.practiceName = practiceName;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getInstitutionCode() {
    return institutionCode;
  }

  public void setInstitutionCode(String institutionCode) {
    this.institutionCode = institutionCode;
  }

  public String getInsurerName() {
    return insurerName;
  }

  public void setInsurerName(String insurerName) {
    this.insurerName = insurerName;
  }
}
