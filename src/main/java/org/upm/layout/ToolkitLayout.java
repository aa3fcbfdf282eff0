package org.upm.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.upm.model.ProxyModel;

/**
 * The complete layout of one toolkit workbook for one CPT year: what the generator writes and the
 * validator checks. Build with {@link #of}.
 */
public final class ToolkitLayout {
    /** Bumped whenever a sheet, column, formula or name changes, so old toolkits are recognised. */
    public static final int VERSION = 1;
    public static final int DEFAULT_ROWS = 5_000;
    public static final int MAX_ROWS = 100_000;

    private final ToolkitKind kind;
    private final ProxyModel model;
    private final Metadata metadata;
    private final LineSheet lines;
    private final FixedSheet instructions;
    private final FixedSheet summary;
    private final FixedSheet multipliers;
    private final FixedSheet meta;
    private final List<DefinedName> definedNames;

    private ToolkitLayout(ToolkitKind kind, ProxyModel model, int rows) {
        this.kind = kind;
        this.model = model;
        List<DefinedName> names = new ArrayList<>();
        this.metadata = new Metadata(kind, model.cptYear(), model.fingerprint(), VERSION,
                Metadata.currentGeneratorVersion(), rows,
                Metadata.templateId(kind, model.cptYear(), VERSION, model.fingerprint()));
        this.lines = kind == ToolkitKind.VENDOR ? VendorLines.build(rows) : OrganizationLines.build(model, rows);
        this.multipliers = MultipliersSheet.build(model, names);
        this.meta = MetaSheet.build(metadata, names);
        this.summary = SummarySheet.build(kind, model, lines);
        this.instructions = InstructionsSheet.build(kind, model, metadata);
        summary.cells().stream().filter(c -> c.definedName() != null).forEach(c -> names.add(cellName(summary, c)));
        multipliers.cells().stream().filter(c -> c.definedName() != null)
                .forEach(c -> names.add(cellName(multipliers, c)));
        this.definedNames = List.copyOf(names);
    }

    /**
     * The layout of a toolkit.
     *
     * @param rows number of prepared lines, 1 to {@link #MAX_ROWS}
     */
    public static ToolkitLayout of(ToolkitKind kind, ProxyModel model, int rows) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ": " + rows);
        }
        return new ToolkitLayout(kind, model, rows);
    }

    private static DefinedName cellName(FixedSheet sheet, CellSpec cell) {
        return new DefinedName(cell.definedName(), CellRef.quote(sheet.name()) + "!"
                + CellRef.absolute(cell.row(), cell.column()));
    }

    public ToolkitKind kind() {
        return kind;
    }

    public ProxyModel model() {
        return model;
    }

    public Metadata metadata() {
        return metadata;
    }

    public LineSheet lines() {
        return lines;
    }

    public FixedSheet instructions() {
        return instructions;
    }

    public FixedSheet summary() {
        return summary;
    }

    public FixedSheet multipliers() {
        return multipliers;
    }

    public FixedSheet meta() {
        return meta;
    }

    public List<DefinedName> definedNames() {
        return definedNames;
    }

    public Optional<DefinedName> definedName(String name) {
        return definedNames.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** Every sheet name in workbook order: Instructions, the line sheet, Summary, Multipliers, metadata. */
    public List<String> sheetNames() {
        return List.of(instructions.name(), lines.name(), summary.name(), multipliers.name(), meta.name());
    }

    /** The fixed sheets, in workbook order. */
    public List<FixedSheet> fixedSheets() {
        return List.of(instructions, summary, multipliers, meta);
    }
}
