package de.dmp.edmp.control;

import de.dmp.edmp.boundary.ImportFile;
import de.dmp.edmp.entity.EdmpRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The eDMP files of an upload: the file itself, or every file of a zip archive. The archive's
 * entries are counted and measured as they are unpacked (not as its directory claims), so that a
 * zip bomb is refused before it fills the memory.
 */
public final class ImportArchive {

  public static final int MAX_FILES = 5_000;
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private ImportArchive() {}

  /**
   * @throws EdmpRefusedException for an archive that cannot be read, holds no file, or more files
   *     or bytes than allowed
   */
  public static List<ImportFile> files(List<ImportFile> uploads) {
    List<ImportFile> files = new ArrayList<>();
    long[] total = {0};
    for (ImportFile upload : uploads) {
      if (isZip(upload)) {
        unzip(upload, files, total);
      } else {
        total[0] += upload.content().length;
        files.add(upload);
      }
      if (files.size() > MAX_FILES || total[0] > MAX_BYTES) {
        throw tooLarge(upload.name());
      }
    }
    if (files.isEmpty()) {
      throw new EdmpRefusedException("edmp.import.empty");
    }
    return files;
  }

  private static boolean isZip(ImportFile upload) {
    byte[] content = upload.content();
    return upload.name().toLowerCase(Locale.ROOT).endsWith(".zip")
        || content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3;
  }

  private static void unzip(ImportFile archive, List<ImportFile> files, long[] total) {
    try (var zip = new ZipInputStream(new ByteArrayInputStream(archive.content()))) {
      int entries = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_FILES) {
          throw tooLarge(archive.name());
        }
        if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/")) {
          byte[] content = bounded(zip, MAX_BYTES - total[0], archive.name());
          total[0] += content.length;
          files.add(new ImportFile(archive.name() + "/" + entry.getName(), content));
          if (files.size() > MAX_FILES) {
            throw tooLarge(archive.name());
          }
        }
      }
      if (entries == 0) {
        throw new EdmpRefusedException("edmp.import.notZip", archive.name());
      }
    } catch (IOException e) {
      throw new EdmpRefusedException("edmp.import.notZip", archive.name());
    }
  }

  /** The entry's bytes, refused as soon as they exceed what is left of the allowance. */
  private static byte[] bounded(InputStream entry, long allowed, String archiveName)
      throws IOException {
    var out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
      out.write(buffer, 0, read);
      if (out.size() > allowed) {
        throw tooLarge(archiveName);
      }
    }
    return out.toByteArray();
  }

  private static EdmpRefusedException tooLarge(String name) {
    return new EdmpRefusedException(
        "edmp.import.tooLarge", name, MAX_FILES, MAX_BYTES / (1024 * 1024));
  }
}
