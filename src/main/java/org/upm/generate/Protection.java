package org.upm.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.CryptoFunctions;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookProtection;
import org.upm.layout.Metadata;

/**
 * Sheet and workbook protection with a SHA-512 password hash (ECMA-376 agile hashing, as Excel
 * writes it). POI's own setters draw a random salt, which would make every generation differ; here
 * the salt is derived from what identifies the toolkit, so the same inputs give the same bytes.
 *
 * <p>One salt (and so one hash) serves every sheet and the workbook of a toolkit: with a spin count
 * of 100,000 each hash costs tens of milliseconds, and per-sheet salts would add nothing, since the
 * protection is a courtesy against slips, not security (the validator detects tampering).
 */
final class Protection {
    static final String ALGORITHM = "SHA-512";
    static final int SPIN_COUNT = 100_000;
    private static final int SALT_LENGTH = 16;

    private final byte[] salt;
    private final byte[] hash;

    Protection(String password, Metadata metadata) {
        this.salt = salt(metadata);
        this.hash = CryptoFunctions.hashPassword(password, HashAlgorithm.sha512, salt, SPIN_COUNT, false);
    }

    /** First 16 bytes of SHA-256 over the toolkit's kind, year, layout version and data fingerprint. */
    static byte[] salt(Metadata metadata) {
        String seed = "upm-protection|" + metadata.kind().id() + "|" + metadata.cptYear() + "|"
                + metadata.layoutVersion() + "|" + metadata.dataFingerprint();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, SALT_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /**
     * Protects a sheet: every action is locked except selecting cells and, when {@code allowFilter},
     * using the autofilter. Which cells can be edited follows from their styles (only input styles are
     * unlocked).
     */
    void protect(XSSFSheet sheet, boolean allowFilter) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockAutoFilter(!allowFilter);
        sheet.lockObjects(true);
        sheet.lockScenarios(true);
        sheet.lockFormatCells(true);
        sheet.lockFormatColumns(true);
        sheet.lockFormatRows(true);
        sheet.lockInsertColumns(true);
        sheet.lockInsertRows(true);
        sheet.lockInsertHyperlinks(true);
        sheet.lockDeleteColumns(true);
        sheet.lockDeleteRows(true);
        sheet.lockSort(true);
        sheet.lockPivotTables(true);
        CTSheetProtection p = sheet.getCTWorksheet().getSheetProtection();
        p.setAlgorithmName(ALGORITHM);
        p.setHashValue(hash);
        p.setSaltValue(salt);
        p.setSpinCount(SPIN_COUNT);
    }

    /** Locks the workbook structure: no sheet can be added, removed, renamed, moved, hidden or shown. */
    void lockStructure(XSSFWorkbook workbook) {
        workbook.lockStructure();
        CTWorkbookProtection p = workbook.getCTWorkbook().getWorkbookProtection();
        p.setWorkbookAlgorithmName(ALGORITHM);
        p.setWorkbookHashValue(hash);
        p.setWorkbookSaltValue(salt);
        p.setWorkbookSpinCount(SPIN_COUNT);
    }
}
