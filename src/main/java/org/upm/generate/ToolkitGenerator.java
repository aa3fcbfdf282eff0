package org.upm.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;

/**
 * Writes locked toolkit workbooks from a {@link ToolkitLayout}. The same layout and password always
 * give the same bytes. Thread-safe: one generator can write several toolkits at once.
 *
 * <pre>{@code
 * ToolkitGenerator generator = new ToolkitGenerator(password);
 * GeneratedToolkit t = generator.generate(ToolkitLayout.of(ToolkitKind.VENDOR, model, 5_000), outDir, false);
 * }</pre>
 */
public final class ToolkitGenerator {
    /**
     * The password used when none is configured (documented in the README). Toolkits for
     * distribution set a real one; protection is a courtesy against slips either way.
     */
    public static final String DEVELOPMENT_PASSWORD = "upm-development";

    private final String password;

    /** @param password the sheet and workbook protection password; not empty */
    public ToolkitGenerator(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the protection password must not be empty");
        }
        this.password = password;
    }

    /** Where a toolkit goes below the output folder: {@code CPT-<year>/UPM-<Kind>-Toolkit-CPT<year>.xlsx}. */
    public static Path relativePath(ToolkitKind kind, int cptYear) {
        return Path.of("CPT-" + cptYear, kind.fileName(cptYear));
    }

    /**
     * Writes the toolkit into {@code outDir} at {@link #relativePath}, atomically.
     *
     * @param force replace an existing file even when it is not a toolkit written by upm
     * @throws TargetExistsException when the file exists, is not a toolkit written by upm, and not {@code force}
     */
    public GeneratedToolkit generate(ToolkitLayout layout, Path outDir, boolean force)
            throws IOException, TargetExistsException {
        Path target = outDir.resolve(relativePath(layout.kind(), layout.model().cptYear()));
        boolean exists = Files.exists(target);
        if (exists && !force) {
            Optional<String> why = TargetFile.whyNotReplaceable(target);
            if (why.isPresent()) {
                throw new TargetExistsException(target, why.get());
            }
        }
        try {
            TargetFile.write(target, out -> write(layout, out));
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        return new GeneratedToolkit(target, layout.kind(), layout.model().cptYear(), layout.lines().rows(),
                layout.model().status().xmlName(), exists);
    }

    /** What went wrong with a file or folder, in words (the JDK's message is often the bare path). */
    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getFile();
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return e.getFile() + " is a file where a folder is needed";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder " + e.getFile();
        }
        return e.getMessage();
    }

    /** Writes the toolkit's .xlsx bytes to {@code out} (not closed). */
    public void write(ToolkitLayout layout, OutputStream out) throws IOException {
        WorkbookBuilder.Built built = WorkbookBuilder.build(layout, password);
        PackageWriter.write(built.poiPackage(), built.lineSheetEntry(), built.rows(),
                layout.model().effectiveDate().atStartOfDay(), out);
    }
}
