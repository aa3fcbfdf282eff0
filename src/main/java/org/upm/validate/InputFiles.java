package org.upm.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files to validate from the paths a person gave: a file as it is, a folder searched recursively.
 * Every file met in a folder is returned, not only .xlsx: an .xlsm, an .xls or a stray document is
 * judged and reported rather than silently skipped.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The files of {@code paths}, in the order given; each folder's files sorted by path.
     *
     * @throws NoSuchFileException for the first path that does not exist
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
