package org.upm.validate;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.upm.calc.Totals;
import org.upm.layout.FixedSheet;
import org.upm.layout.Metadata;
import org.upm.layout.MetaSheet;
import org.upm.layout.Names;
import org.xml.sax.SAXException;

/**
 * The validation of one file, start to end: inspection before POI, the package, identity, structure,
 * every sheet, inputs, recalculation and comparison. Anything that goes wrong becomes a finding; the
 * caller always gets a result.
 */
final class FileValidation {
    private final Path file;
    private final String name;
    private final Validator validator;
    private final Budget budget;
    private final Findings findings = new Findings();
    private String sha256;
    private ToolkitInfo info;
    private Totals totals;
    private int lines;
    private Throwable failure;

    FileValidation(Path file, String name, Validator validator) {
        this.file = file;
        this.name = name;
        this.validator = validator;
        this.budget = new Budget(validator.limits());
    }

    ValidationResult run() {
        long start = System.nanoTime();
        try {
            PackageInspector.Inspection inspection = new PackageInspector(validator.limits()).inspect(file, name, findings);
            sha256 = inspection.sha256();
            if (inspection.passed()) {
                readPackage();
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            classify(e);
        }
        return new ValidationResult(name, sha256, info, totals, findings.list(), findings.errors(), findings.warnings(),
                lines, Duration.ofNanos(System.nanoTime() - start), failure);
    }

    private void readPackage() throws IOException, SAXException, OpenXML4JException {
        Optional<WorkbookPackage> opened = WorkbookPackage.open(file, budget, findings);
        if (opened.isEmpty()) {
            return;
        }
        try (WorkbookPackage pkg = opened.get()) {
            if (!pkg.checkMacros(findings)) {
                return;
            }
            pkg.checkExternalLinks(findings);
            WorkbookInfo workbook = new WorkbookInfo();
            pkg.parse(pkg.workbookPart(), workbook);
            if (workbook.externalReferences() && !findings.has(FindingCode.EXTERNAL_LINK)) {
                findings.add(FindingCode.EXTERNAL_LINK, null, null, "the workbook declares references to other workbooks");
            }
            List<String> strings = sharedStrings(pkg);
            new Contents(pkg, workbook, strings).check();
        }
    }

    private List<String> sharedStrings(WorkbookPackage pkg) throws IOException, SAXException, InvalidFormatException {
        Optional<PackagePart> part = pkg.sharedStrings();
        if (part.isEmpty()) {
            return List.of();
        }
        SharedStrings reader = new SharedStrings(budget);
        pkg.parse(part.get(), reader);
        return reader.strings();
    }

    /** The checks of a readable workbook package. */
    private final class Contents {
        private final WorkbookPackage pkg;
        private final WorkbookInfo workbook;
        private final List<String> strings;

        Contents(WorkbookPackage pkg, WorkbookInfo workbook, List<String> strings) {
            this.pkg = pkg;
            this.workbook = workbook;
            this.strings = strings;
        }

        void check() throws IOException, SAXException, InvalidFormatException {
            MetaReader meta = new MetaReader();
            read(Names.META, meta, false);
            Identity identity = new Identity(meta.entries(), customProperties(), findings);
            Optional<Identity.Known> known = identity.identify(validator.data());
            if (known.isEmpty()) {
                return;
            }
            info = known.get().info();
            boolean stale = known.get().stale();
            Expected x = validator.expected(info.kind(), known.get().model(), info.rows());
            identity.checkProperties(x.layout.metadata(), stale);
            new StructureChecker(x, findings).check(workbook);
            FixedSheetChecker summary = null;
            for (FixedSheet sheet : x.layout.fixedSheets()) {
                FixedSheetChecker checker = fixedSheet(x, sheet, stale, meta);
                summary = sheet.name().equals(Names.SUMMARY) ? checker : summary;
            }
            LineSheetChecker lineSheet = new LineSheetChecker(x, findings);
            boolean linesRead = read(x.lines.name(), lineSheet, true);
            if (linesRead) {
                lineSheet.finish();
            }
            results(x, summary, lineSheet, linesRead && lineSheet.trusted(), stale);
        }

        private void results(Expected x, FixedSheetChecker summary, LineSheetChecker lineSheet, boolean linesChecked,
                boolean stale) {
            SummaryChecks checks = summary == null ? null : new SummaryChecks(x, summary, findings);
            if (checks != null) {
                checks.reportingInfo();
            }
            if (linesChecked) {
                lines = lineSheet.judge().lines();
                totals = x.engine.totals(lineSheet.judge().counted());
                if (checks != null && !stale && !lineSheet.judge().results().notRecalculated()) {
                    checks.totals(totals);
                }
            }
            if (!x.model.allPublished()) {
                findings.add(FindingCode.ILLUSTRATIVE_DATA, null, null, "the CPT " + x.model.cptYear() + " data has "
                        + "illustrative figures, so the totals are estimates only");
            }
        }

        /**
         * Checks one fixed sheet; values are not compared on a stale template, whose data differ by design.
         * Null when the workbook lacks the sheet (the structure check said so).
         */
        private FixedSheetChecker fixedSheet(Expected x, FixedSheet sheet, boolean stale, MetaReader meta)
                throws IOException, SAXException, InvalidFormatException {
            FindingCode valueCode = switch (sheet.name()) {
                case Names.MULTIPLIERS -> FindingCode.MULTIPLIER_ALTERED;
                case Names.META -> FindingCode.METADATA_ALTERED;
                default -> FindingCode.LAYOUT_MISMATCH;
            };
            boolean dataDependent = !sheet.name().equals(Names.SUMMARY);
            FixedSheetChecker checker = new FixedSheetChecker(x.fixed(sheet.name()), findings,
                    stale && dataDependent ? null : valueCode, exempt(sheet, meta));
            if (!read(sheet.name(), checker, true)) {
                return null;
            }
            checker.finish();
            return checker;
        }

        /** The generator version on the metadata sheet may be any version's. */
        private Set<Long> exempt(FixedSheet sheet, MetaReader meta) {
            if (!sheet.name().equals(Names.META)) {
                return Set.of();
            }
            MetaReader.Entry entry = meta.entries().get(Metadata.GENERATOR_VERSION);
            return entry == null ? Set.of() : Set.of(Expected.key(entry.row(), MetaSheet.VALUE_COLUMN));
        }

        /**
         * Streams the sheet named {@code sheetName} into {@code sink}; false when the workbook has no such
         * sheet (the structure check reports it). Reports a sheet that is not protected when
         * {@code judgeProtection} (once per sheet: the metadata sheet is read twice).
         */
        private boolean read(String sheetName, SheetReader.Sink sink, boolean judgeProtection) throws IOException,
                SAXException, InvalidFormatException {
            Optional<WorkbookInfo.Sheet> sheet = workbook.sheet(sheetName);
            if (sheet.isEmpty()) {
                return false;
            }
            Optional<PackagePart> part = pkg.sheetPart(sheet.get().relationshipId());
            if (part.isEmpty()) {
                findings.add(FindingCode.UNREADABLE_FILE, sheetName, null, "the workbook lists the sheet " + sheetName
                        + " but its part is missing from the package");
                return false;
            }
            budget.checkTime();
            SheetReader reader = new SheetReader(sheetName, strings, budget, sink);
            pkg.parseSheet(part.get(), reader);
            if (judgeProtection && !reader.sheetProtected()) {
                findings.add(FindingCode.PROTECTION_REMOVED, sheetName, null, "the sheet " + sheetName
                        + " is no longer protected");
            }
            return true;
        }

        private Map<String, String> customProperties() throws IOException, SAXException {
            Optional<PackagePart> part = pkg.customProperties();
            if (part.isEmpty()) {
                return Map.of();
            }
            CustomProperties reader = new CustomProperties();
            pkg.parse(part.get(), reader);
            return reader.properties();
        }
    }

    /** Turns what stopped the validation into its one finding. */
    private void classify(Throwable e) {
        Throwable limit = cause(e, LimitExceeded.class);
        if (limit != null) {
            findings.add(FindingCode.TOO_LARGE, null, null, "reading stopped: " + limit.getMessage());
        } else if (isZipBomb(e)) {
            findings.add(FindingCode.TOO_LARGE, null, null, "reading stopped: a part expands beyond the limits (zip bomb?)");
        } else if (e instanceof OutOfMemoryError) {
            findings.add(FindingCode.TOO_LARGE, null, null, "reading stopped: the file needs more memory than available");
        } else if (cause(e, SAXException.class) != null) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "a part of the workbook is not well-formed XML ("
                    + Numbers.clip(String.valueOf(cause(e, SAXException.class).getMessage())) + ")");
        } else if (isDamaged(e) || thrownByPoi(e)) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the workbook package is damaged ("
                    + Numbers.clip(String.valueOf(e.getMessage())) + ")");
        } else {
            failure = e;
            findings.add(FindingCode.INTERNAL_ERROR, null, null, "validation stopped on " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Numbers.clip(e.getMessage())));
        }
    }

    private static boolean isDamaged(Throwable e) {
        return cause(e, ZipException.class) != null || cause(e, EOFException.class) != null
                || cause(e, OpenXML4JException.class) != null || cause(e, NotOfficeXmlFileException.class) != null
                || cause(e, org.apache.poi.UnsupportedFileFormatException.class) != null
                || cause(e, org.apache.poi.ooxml.POIXMLException.class) != null
                || cause(e, org.apache.poi.openxml4j.exceptions.InvalidOperationException.class) != null
                || cause(e, IOException.class) != null;
    }

    /** An unchecked exception from inside POI's package reading means a damaged package, not a bug of upm. */
    private static boolean thrownByPoi(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e instanceof RuntimeException && trace.length > 0 && trace[0].getClassName().startsWith("org.apache.poi.");
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_FILE_COUNT")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
