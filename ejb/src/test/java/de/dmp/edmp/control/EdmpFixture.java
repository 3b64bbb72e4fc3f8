package de.dmp.edmp.control;

import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.Software;
import de.dmp.programme.control.ProgrammeCatalogue;
import java.util.Map;
import java.util.stream.Stream;

/** The shipped programme definitions and interface versions, with a writer and a reader. */
final class EdmpFixture {

  static final ProgrammeCatalogue PROGRAMMES =
      ProgrammeCatalogue.load(EdmpFixture.class.getClassLoader());

  static final InterfaceCatalogue INTERFACES =
      InterfaceCatalogue.load(EdmpFixture.class.getClassLoader(), PROGRAMMES);

  static final EdmpWriter WRITER =
      new EdmpWriter(
          new Software(
              Map.of(
                  "DM2", "X/100/2612/01/DMP",
                  "BRUST", "X/101/2612/01/DMP",
                  "KHK", "X/102/2612/01/DMP",
                  "ASTHMA", "X/103/2612/01/DMP",
                  "DM1", "X/104/2612/01/DMP",
                  "COPD", "X/105/2612/01/DMP",
                  "HI", "X/106/2612/01/DMP"),
              "DMP records system",
              "0.1.0",
              "DMP records system project",
              new Address("Ottostr.", "1", "50859", "Köln"),
              "(0221)4449-0"));

  static final EdmpReader READER = new EdmpReader(INTERFACES, PROGRAMMES);

  private EdmpFixture() {}

  static Stream<InterfaceVersion> versions() {
    return INTERFACES.all().stream();
  }
}
