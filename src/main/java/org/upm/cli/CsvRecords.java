package org.upm.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvRecords {
    /** A record longer than this is not a line of a proxy-user list. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader reader;
    private int line = 1;
    private int recordLine;
    private int pending = -2;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** The 1-based line on which the record last returned started. */
    int lineNumber() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int length = 0;
        for (; c != -1; c = read()) {
            if (++length > MAX_RECORD_CHARS) {
                throw new IOException("line " + recordLine + " is over " + MAX_RECORD_CHARS + " characters");
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(d);
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                break;
            } else {
                field.append((char) c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        int c;
        if (pending != -2) {
            c = pending;
            pending = -2;
        } else {
            c = reader.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        pending = c;
    }
}
