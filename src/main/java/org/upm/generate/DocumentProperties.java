package org.upm.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.upm.layout.Metadata;

/**
 * Core and custom document properties. Dates are the data's effective date, never the clock, so the
 * same data gives the same file; the custom properties repeat the metadata of the very hidden sheet
 * under {@link Metadata#PROPERTY_PREFIX}.
 */
final class DocumentProperties {
    static final String CREATOR = "upm";

    private DocumentProperties() {
    }

    static void write(XSSFWorkbook workbook, Metadata metadata, LocalDate effectiveDate) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date date = Date.from(effectiveDate.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator(CREATOR);
        core.setTitle(metadata.templateId());
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(CREATOR);
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        for (Map.Entry<String, String> e : metadata.asMap().entrySet()) {
            custom.addProperty(Metadata.PROPERTY_PREFIX + e.getKey(), e.getValue());
        }
    }
}
