package org.upm.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every CPT year's data, keyed by year: the files bundled in the jar or those in a folder. */
public final class DataSet {
    /** First CPT year of the User Proxy Model; the bundled files are searched from here. */
    public static final int FIRST_YEAR = 2018;
    private static final int LAST_YEAR_SEARCHED = 2100;

    private final SortedMap<Integer, Entry> years;
    private final String origin;

    private DataSet(SortedMap<Integer, Entry> years, String origin) {
        this.years = Collections.unmodifiableSortedMap(years);
        this.origin = origin;
    }

    /**
     * The data files shipped inside the jar (copied from templates/ at build time). Each year is
     * loaded and checked when first asked for: a run that needs one year (validating a workbook)
     * does not pay for parsing ten. The build's tests load every bundled file, so a broken one is
     * a defect of the build, reported as {@link IllegalStateException}.
     */
    public static DataSet bundled() throws DataException {
        SortedMap<Integer, Entry> years = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR_SEARCHED; year++) {
            String name = "cpt-" + year + ".xml";
            if (DataSet.class.getResource("/templates/" + name) != null) {
                years.put(year, new Entry(() -> loadBundled(name)));
            }
        }
        if (years.isEmpty()) {
            throw new DataException(new DataProblem("bundled data", 0, 0,
                    "holds no data file; rebuild with mvn package"));
        }
        return new DataSet(years, "bundled data");
    }

    private static ProxyModel loadBundled(String name) {
        try (InputStream in = DataSet.class.getResourceAsStream("/templates/" + name)) {
            return ModelLoader.load(in.readAllBytes(), "templates/" + name, name);
        } catch (DataException | IOException e) {
            throw new IllegalStateException("bundled data file templates/" + name + " is broken (" + e.getMessage()
                    + "); rebuild upm from a checkout whose tests pass", e);
        }
    }

    /** A folder of {@code cpt-<year>.xml} files, or a single such file. */
    public static DataSet from(Path dirOrFile) throws DataException {
        if (!Files.exists(dirOrFile)) {
            throw new DataException(new DataProblem(dirOrFile.toString(), 0, 0,
                    "no such file or folder; give a folder of cpt-<year>.xml files or one such file"));
        }
        SortedMap<Integer, ProxyModel> years = new TreeMap<>();
        List<DataProblem> problems = new ArrayList<>();
        for (Path file : dataFiles(dirOrFile)) {
            try {
                ProxyModel model = ModelLoader.load(file);
                years.put(model.cptYear(), model);
            } catch (DataException e) {
                problems.addAll(e.problems());
            }
        }
        return checked(years, problems, dirOrFile.toString());
    }

    /** One year's model, loaded at most once, on first use; thread-safe. */
    private static final class Entry {
        private final java.util.function.Supplier<ProxyModel> loader;
        private volatile ProxyModel model;

        Entry(java.util.function.Supplier<ProxyModel> loader) {
            this.loader = loader;
        }

        static Entry of(ProxyModel model) {
            Entry entry = new Entry(() -> model);
            entry.model = model;
            return entry;
        }

        ProxyModel get() {
            ProxyModel m = model;
            if (m == null) {
                synchronized (this) {
                    m = model;
                    if (m == null) {
                        m = loader.get();
                        model = m;
                    }
                }
            }
            return m;
        }
    }

    /** The bundled data, or the data at {@code path} when it is not null. */
    public static DataSet bundledOr(Path path) throws DataException {
        return path == null ? bundled() : from(path);
    }

    private static List<Path> dataFiles(Path dirOrFile) throws DataException {
        if (!Files.isDirectory(dirOrFile)) {
            return List.of(dirOrFile);
        }
        try (Stream<Path> files = Files.list(dirOrFile)) {
            return files.filter(f -> f.getFileName().toString().matches("cpt-\\d{4}\\.xml")).sorted().toList();
        } catch (IOException e) {
            throw new DataException(new DataProblem(dirOrFile.toString(), 0, 0,
                    "folder cannot be listed (" + e.getMessage() + "); check its permissions"));
        }
    }

    private static DataSet checked(SortedMap<Integer, ProxyModel> years, List<DataProblem> problems, String origin)
            throws DataException {
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        if (years.isEmpty()) {
            throw new DataException(new DataProblem(origin, 0, 0,
                    "holds no data file; data files are named cpt-<year>.xml"));
        }
        SortedMap<Integer, Entry> entries = new TreeMap<>();
        years.forEach((year, model) -> entries.put(year, Entry.of(model)));
        return new DataSet(entries, origin);
    }

    /** The year's model, loading it on first use. */
    public Optional<ProxyModel> year(int cptYear) {
        return Optional.ofNullable(years.get(cptYear)).map(Entry::get);
    }

    /** Every year, oldest first (loads them all). */
    public List<ProxyModel> all() {
        return years.values().stream().map(Entry::get).toList();
    }

    public List<Integer> years() {
        return List.copyOf(years.keySet());
    }

    /** Where the data came from, for messages. */
    public String origin() {
        return origin;
    }
}
