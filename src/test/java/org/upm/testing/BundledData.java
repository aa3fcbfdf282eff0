package org.upm.testing;

import org.upm.model.DataException;
import org.upm.model.DataSet;

/** The bundled data, loaded once for every test class that needs it. */
public final class BundledData {
    private static DataSet data;

    private BundledData() {
    }

    public static synchronized DataSet get() {
        if (data == null) {
            try {
                data = DataSet.bundled();
            } catch (DataException e) {
                throw new IllegalStateException("the bundled data does not load: " + e.getMessage(), e);
            }
        }
        return data;
    }
}
