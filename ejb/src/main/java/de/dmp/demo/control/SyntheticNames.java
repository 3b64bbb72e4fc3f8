package de.dmp.demo.control;

import de.dmp.patient.entity.Sex;
import java.util.Random;

/** Names of synthetic patients, common in Germany, shared by the demo and the generator. */
public final class SyntheticNames {

  private static final String[] FAMILY = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Yılmaz", "Kaya",
    "Nowak", "Kowalski", "Öztürk"
  };
  private static final String[] FEMALE = {
    "Anna",
    "Maria",
    "Ursula",
    "Monika",
    "Petra",
    "Elke",
    "Sabine",
    "Renate",
    "Helga",
    "Karin",
    "Fatma",
    "Ayşe",
    "Katarzyna",
    "Gisela",
    "Ingrid"
  };
  private static final String[] MALE = {
    "Peter",
    "Klaus",
    "Wolfgang",
    "Jürgen",
    "Dieter",
    "Hans",
    "Uwe",
    "Thomas",
    "Michael",
    "Mehmet",
    "Andrzej",
    "Günter",
    "Horst",
    "Stefan",
    "Frank"
  };

  private SyntheticNames() {}

  public static String family(Random random) {
    return FAMILY[random.nextInt(FAMILY.length)];
  }

  /** A female given name for women, otherwise a male one. */
  public static String given(Random random, Sex sex) {
    String[] names = sex == Sex.FEMALE ? FEMALE : MALE;
    return names[random.nextInt(names.length)];
  }
}
