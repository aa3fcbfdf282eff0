package org.upm.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What identifies a generated toolkit: stored on the very hidden sheet and as custom document
 * properties, and checked by the validator.
 *
 * @param rows number of prepared lines
 * @param templateId a short id a person can quote, e.g. {@code UPM-VENDOR-CPT2026-L1-3f9a2c1b}
 */
public record Metadata(ToolkitKind kind, int cptYear, String dataFingerprint, int layoutVersion,
        String generatorVersion, int rows, String templateId) {

    public static final String KIND = "kind";
    public static final String CPT_YEAR = "cptYear";
    public static final String DATA_FINGERPRINT = "dataFingerprint";
    public static final String LAYOUT_VERSION = "layoutVersion";
    public static final String GENERATOR_VERSION = "generatorVersion";
    public static final String ROWS = "rows";
    public static final String TEMPLATE_ID = "templateId";

    /** Custom document properties carry the same keys with this prefix. */
    public static final String PROPERTY_PREFIX = "upm.";

    /** The upm version that is running, from the build. */
    public static String currentGeneratorVersion() {
        try (InputStream in = Metadata.class.getResourceAsStream("/org/upm/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    static String templateId(ToolkitKind kind, int cptYear, int layoutVersion, String fingerprint) {
        return "UPM-" + kind.id().toUpperCase(java.util.Locale.ROOT) + "-CPT" + cptYear + "-L" + layoutVersion
                + "-" + fingerprint.substring(0, 8);
    }

    /** Key → value in a fixed order, as written to the sheet and the document properties. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(KIND, kind.id());
        map.put(CPT_YEAR, Integer.toString(cptYear));
        map.put(DATA_FINGERPRINT, dataFingerprint);
        map.put(LAYOUT_VERSION, Integer.toString(layoutVersion));
        map.put(GENERATOR_VERSION, generatorVersion);
        map.put(ROWS, Integer.toString(rows));
        map.put(TEMPLATE_ID, templateId);
        return map;
    }
}
