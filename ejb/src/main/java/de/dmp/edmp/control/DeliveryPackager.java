package de.dmp.edmp.control;

import de.dmp.edmp.entity.Delivery;
import de.dmp.edmp.entity.DeliveryRecipient;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.InterfaceVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs eDMP files as KBV's guide "Austausch von XML-Daten" (sections 3.4 and 4) asks: one archive
 * {@code <BSNR>_<YYYYMMDDhhmmss>_<n>_<code>.zip} per interface version (one documentation type per
 * archive) with the files under the interface's path, a further archive after every {@value
 * #MAX_ENTRIES} entries, n counted per programme, and beside each archive its Begleitdatei {@code
 * <same prefix>.idx}. The delivery is all of them in one zip, as they go onto the data medium.
 */
public final class DeliveryPackager {

  /** Files and folders per archive (Info-ZIP's limit, which the guide makes the rule). */
  static final int MAX_ENTRIES = 65_000;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** One file to deliver, with the interface version it is written in and its day. */
  public record Item(InterfaceVersion version, EdmpFile file, LocalDate documentedOn) {}

  private final DeliveryRecipient recipient;

  public DeliveryPackager(DeliveryRecipient recipient) {
    this.recipient = recipient;
  }

  public Delivery pack(String bsnr, LocalDateTime created, List<Item> items) {
    String stamp = bsnr + "_" + STAMP.format(created);
    Map<InterfaceVersion, List<Item>> byVersion = new LinkedHashMap<>();
    items.stream()
        .sorted(Comparator.comparing(Item::documentedOn))
        .forEach(
            item -> byVersion.computeIfAbsent(item.version(), v -> new ArrayList<>()).add(item));
    List<String> archives = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream delivery = new ZipOutputStream(bytes)) {
      for (var entry : byVersion.entrySet()) {
        InterfaceVersion version = entry.getKey();
        List<List<Item>> parts = parts(entry.getValue(), MAX_ENTRIES - folders(version).size());
        for (int n = 1; n <= parts.size(); n++) {
          String prefix = stamp + "_" + n + "_" + version.archiveCode();
          List<Item> part = parts.get(n - 1);
          add(delivery, prefix + ".zip", archive(version, part));
          add(
              delivery,
              prefix + ".idx",
              Begleitdatei.write(
                  created.toLocalDate(),
                  recipient,
                  bsnr,
                  new Begleitdatei.Archive(
                      prefix + ".zip.XKM",
                      version.archivePath(),
                      part.get(0).documentedOn(),
                      part.get(part.size() - 1).documentedOn())));
          archives.add(prefix + ".zip");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Delivery(stamp + "_Datenlieferung.zip", bytes.toByteArray(), archives);
  }

  private static byte[] archive(InterfaceVersion version, List<Item> items) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream archive = new ZipOutputStream(bytes)) {
      for (String folder : folders(version)) {
        archive.putNextEntry(new ZipEntry(folder));
        archive.closeEntry();
      }
      for (Item item : items) {
        add(archive, version.archivePath() + "/" + item.file().name(), item.file().content());
      }
    }
    return bytes.toByteArray();
  }

  /** The folder entries of the path, as {@code zip -r} writes them: "A/", "A/Dokumentation/". */
  static List<String> folders(InterfaceVersion version) {
    List<String> folders = new ArrayList<>();
    String path = "";
    for (String part : version.archivePath().split("/")) {
      path += part + "/";
      folders.add(path);
    }
    return folders;
  }

  static <T> List<List<T>> parts(List<T> items, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      parts.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return parts;
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
