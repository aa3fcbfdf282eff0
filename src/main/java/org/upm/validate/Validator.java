package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;

/**
 * Validates returned toolkit workbooks: is each a genuine, untampered toolkit of its CPT year, are its
 * inputs sound, and do its results agree with an independent recalculation by the engine from the
 * authoritative data. Reads every file with SAX over the package parts, never writes it, and turns
 * every problem, even an unexpected one, into a finding of the file's result.
 *
 * <p>Thread-safe: one validator serves many files at once.
 *
 * <pre>{@code
 * Validator validator = new Validator(DataSet.bundled());
 * ValidationResult result = validator.validate(Path.of("returned.xlsx"));
 * }</pre>
 */
public final class Validator {
    /** Templates kept compiled; more distinct (kind, year, rows) than this in one run is unusual. */
    private static final int MAX_CACHED_TEMPLATES = 32;

    private final DataSet data;
    private final Limits limits;
    private final Map<String, Expected> expected = new ConcurrentHashMap<>();

    public Validator(DataSet data) {
        this(data, Limits.defaults());
    }

    public Validator(DataSet data, Limits limits) {
        this.data = data;
        this.limits = limits;
        applyPoiLimits(limits);
    }

    /**
     * POI's own zip guards check the real expansion while a part is read (the central directory can
     * lie). They are process-wide; set here explicitly rather than left at POI's defaults.
     */
    private static synchronized void applyPoiLimits(Limits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
        ZipSecureFile.setMaxTextSize(limits.maxTextChars());
    }

    public DataSet data() {
        return data;
    }

    public Limits limits() {
        return limits;
    }

    /** Validates one file, named in the result as given. */
    public ValidationResult validate(Path file) {
        return validate(file, file.toString());
    }

    /** Validates one file, named in the result (and judged by the extension of) {@code name}. */
    public ValidationResult validate(Path file, String name) {
        return new FileValidation(file, name, this).run();
    }

    /**
     * Validates an uploaded workbook: copies at most {@link Limits#maxFileBytes()} of {@code in} to a
     * temporary file, validates it and deletes it.
     */
    public ValidationResult validate(InputStream in, String name) throws IOException {
        Path temp = Files.createTempFile("upm-validate-", ".xlsx");
        try {
            long copied;
            try (OutputStream out = Files.newOutputStream(temp)) {
                copied = in.transferTo(new LimitedOutput(out, limits.maxFileBytes() + 1));
            }
            if (copied > limits.maxFileBytes()) {
                return unread(name, FindingCode.TOO_LARGE, "the upload is over " + limits.maxFileBytes() + " bytes", null);
            }
            return validate(temp, name);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Validates {@code files} on {@code jobs} threads; the results are in the order of {@code files}.
     *
     * @param done called once per file as it finishes, from the worker threads
     */
    public List<ValidationResult> validateAll(List<Path> files, int jobs, Consumer<ValidationResult> done) {
        if (jobs <= 1 || files.size() <= 1) {
            List<ValidationResult> results = new ArrayList<>();
            for (Path file : files) {
                ValidationResult result = validate(file);
                done.accept(result);
                results.add(result);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), r -> {
            Thread t = new Thread(r, "upm-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ValidationResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    ValidationResult result = validate(file);
                    done.accept(result);
                    return result;
                }));
            }
            List<ValidationResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), files.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidationResult await(Future<ValidationResult> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(file, e);
        } catch (ExecutionException e) {
            return failed(file, e.getCause());
        }
    }

    private static ValidationResult failed(Path file, Throwable e) {
        return unread(file.toString(), FindingCode.INTERNAL_ERROR, "validation stopped on " + e, e);
    }

    /** The result of a file that was not read at all: one finding. */
    private static ValidationResult unread(String name, FindingCode code, String detail, Throwable failure) {
        Findings findings = new Findings();
        findings.add(code, null, null, detail);
        return new ValidationResult(name, null, null, null, findings.list(), findings.errors(), findings.warnings(), 0,
                Duration.ZERO, failure);
    }

    /** The compiled expectations of a template, built once per kind, year and size. */
    Expected expected(ToolkitKind kind, ProxyModel model, int rows) {
        String key = kind.id() + "/" + model.cptYear() + "/" + model.fingerprint() + "/" + rows;
        if (expected.size() > MAX_CACHED_TEMPLATES) {
            expected.clear();
        }
        return expected.computeIfAbsent(key, k -> new Expected(ToolkitLayout.of(kind, model, rows)));
    }

    /** Counts what passes and swallows the rest once over the limit, so the caller sees the size. */
    private static final class LimitedOutput extends OutputStream {
        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutput(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (written++ < limit) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long room = Math.max(0, limit - written);
            out.write(b, off, (int) Math.min(room, len));
            written += len;
        }
    }
}
