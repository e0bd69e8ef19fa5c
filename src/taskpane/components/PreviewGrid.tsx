// The demo workbook drawn as a grid with the flags' colours, typed into with Excel's keys.
import * as React from "react";
import type * as Fluent from "@fluentui/react-components";
import { columnLetter } from "../../core/layout";
import { Language, t } from "../../i18n";
import { tp } from "../../i18n/preview";
import { PreviewCell, PreviewWorkbook } from "../previewTypes";

export interface PreviewGridProps {
  language: Language;
  workbook: PreviewWorkbook;
}

/** Fixed row height and widths, so frozen rows and columns know where to stick. */
const ROW_HEIGHT = 22;
const HEADING_WIDTH = 40;
const DEFAULT_WIDTH = 64;
const pixels = (points: number | undefined) =>
  points === undefined ? DEFAULT_WIDTH : Math.min(260, Math.max(36, Math.round(points * 1.33)));

/** The pane's Fluent pieces the grid uses: passed in, so this lazy chunk does not import Fluent itself
 * (which would split Fluent's modules out of the first page's concatenation and grow it). */
export interface PreviewGridUi {
  Caption1: typeof Fluent.Caption1;
  Tab: typeof Fluent.Tab;
  TabList: typeof Fluent.TabList;
  Text: typeof Fluent.Text;
  makeStyles: typeof Fluent.makeStyles;
  mergeClasses: typeof Fluent.mergeClasses;
  tokens: typeof Fluent.tokens;
}

function useWorkbookVersion(workbook: PreviewWorkbook): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => workbook.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  return version;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

interface Classes {
  cell: string;
  heading: string;
  selected: string;
  frozen: string;
  frozenCorner: string;
  edgeRight: string;
  edgeBottom: string;
}

interface RowProps {
  cells: PreviewCell[];
  row: number;
  width: number;
  /** The selected column in this row, or -1. */
  selectedColumn: number;
  /** Sticky top offset when the row is frozen. */
  top: number | undefined;
  lastFrozenRow: boolean;
  frozenColumns: number;
  lefts: number[];
  classes: Classes;
}

/** Builds the grid component from the pane's Fluent pieces (called once, when the chunk loads). */
export function createPreviewGrid({ Caption1, Tab, TabList, Text, makeStyles, mergeClasses, tokens }: PreviewGridUi) {
  const useStyles = makeStyles({
    grid: {
      borderCollapse: "separate",
      borderSpacing: 0,
      tableLayout: "fixed",
      fontSize: tokens.fontSizeBase200,
      whiteSpace: "nowrap",
    },
    scroller: {
      overflow: "auto",
      maxHeight: "calc(100vh - 180px)",
      minHeight: "240px",
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    },
    cell: {
      borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "0 6px",
      height: `${ROW_HEIGHT}px`,
      boxSizing: "border-box",
      lineHeight: `${ROW_HEIGHT - 2}px`,
      overflow: "hidden",
      textOverflow: "ellipsis",
      cursor: "cell",
      backgroundColor: tokens.colorNeutralBackground1,
    },
    frozen: { position: "sticky", zIndex: 1 },
    frozenCorner: { zIndex: 3 },
    frozenEdgeRight: { borderRight: `2px solid ${tokens.colorNeutralStroke1}` },
    frozenEdgeBottom: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
    heading: {
      backgroundColor: tokens.colorNeutralBackground3,
      color: tokens.colorNeutralForeground3,
      textAlign: "center",
      fontWeight: "normal",
    },
    selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
    editor: {
      display: "flex",
      alignItems: "center",
      gap: tokens.spacingHorizontalS,
      marginBottom: tokens.spacingVerticalXS,
    },
    address: { minWidth: "40px" },
    // A native input rather than Fluent's Input: the grid is its only user, and the first page stays small.
    box: {
      flexGrow: 1,
      minWidth: 0,
      font: "inherit",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-1px" },
    },
    notes: { display: "flex", flexDirection: "column", gap: "2px", marginBottom: tokens.spacingVerticalXS },
    notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
  });

  /** One row; redrawn only when its cells or its part of the selection change. */
  const GridRow = React.memo(function GridRow({
    cells,
    row,
    width,
    selectedColumn,
    top,
    lastFrozenRow,
    frozenColumns,
    lefts,
    classes,
  }: RowProps) {
    const frozenRow = top !== undefined;
    const edgeBottom = lastFrozenRow ? classes.edgeBottom : "";
    return (
      <tr>
        <th
          className={mergeClasses(
            classes.cell,
            classes.heading,
            classes.frozen,
            frozenRow && classes.frozenCorner,
            edgeBottom
          )}
          style={{ left: 0, top }}
          scope="row"
        >
          {row + 1}
        </th>
        {Array.from({ length: width }, (_, c) => {
          const cell = cells[c];
          const frozenColumn = c < frozenColumns;
          const sticky = frozenRow || frozenColumn;
          return (
            <td
              key={c}
              data-address={`${columnLetter(c)}${row + 1}`}
              data-row={row}
              data-column={c}
              aria-selected={selectedColumn === c}
              className={mergeClasses(
                classes.cell,
                sticky && classes.frozen,
                frozenRow && frozenColumn && classes.frozenCorner,
                c === frozenColumns - 1 && classes.edgeRight,
                edgeBottom,
                selectedColumn === c && classes.selected
              )}
              style={{
                top: frozenRow ? top : undefined,
                left: frozenColumn ? lefts[c] : undefined,
                backgroundColor: cell?.fill,
                color: cell?.font,
                fontWeight: cell?.bold ? 600 : undefined,
                boxShadow: cell?.border ? `inset 0 0 0 2px ${cell.border}` : undefined,
              }}
              title={cell?.display || undefined}
            >
              {cell?.display ?? ""}
            </td>
          );
        })}
      </tr>
    );
  });

  return function PreviewGrid({ language, workbook }: PreviewGridProps) {
    const styles = useStyles();
    useWorkbookVersion(workbook);
    const sheets = workbook.sheets();
    const active = workbook.activeSheet();
    const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
    const selection = workbook.selection();
    const selectedHere = selection && sheet && selection.sheet === sheet.name ? selection : null;
    const address = selectedHere ? `${columnLetter(selectedHere.column)}${selectedHere.row + 1}` : "";
    const selectedCell = selectedHere ? sheet?.rows[selectedHere.row]?.[selectedHere.column] : undefined;
    const shown = selectedCell?.display ?? "";

    // The value box shows the selected cell until an edit starts; an edit ends by commit or Esc.
    const [draft, setDraft] = React.useState("");
    const [editing, setEditing] = React.useState(false);
    const [notice, setNotice] = React.useState("");
    const editingRef = React.useRef(false);
    const draftRef = React.useRef("");
    const selectionKey = selectedHere ? `${selectedHere.sheet}!${selectedHere.row}:${selectedHere.column}` : "";
    const [draftKey, setDraftKey] = React.useState("");
    if (draftKey !== selectionKey) {
      setDraftKey(selectionKey);
      setEditing(false);
      editingRef.current = false;
      setNotice("");
    }
    const editor = React.useRef<HTMLInputElement>(null);
    const scroller = React.useRef<HTMLDivElement>(null);
    const table = React.useRef<HTMLTableElement>(null);

    React.useEffect(() => {
      if (address)
        table.current
          ?.querySelector(`td[data-address="${address}"]`)
          ?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }, [address]);

    const width = sheet ? Math.max(...sheet.rows.map((r) => r.length), 1) : 1;
    // Kept stable between renders so rows that did not change are not drawn again.
    const sheetWidths = sheet?.widths;
    const { widths, lefts } = React.useMemo(() => {
      const w = Array.from({ length: width }, (_, c) => pixels(sheetWidths?.[c]));
      const l: number[] = [];
      w.reduce((left, cell, c) => ((l[c] = left), left + cell), HEADING_WIDTH);
      return { widths: w, lefts: l };
    }, [width, sheetWidths]);
    const classes: Classes = React.useMemo(
      () => ({
        cell: styles.cell,
        heading: styles.heading,
        selected: styles.selected,
        frozen: styles.frozen,
        frozenCorner: styles.frozenCorner,
        edgeRight: styles.frozenEdgeRight,
        edgeBottom: styles.frozenEdgeBottom,
      }),
      // The class names, not the styles object, decide: they are the same strings on every render.
      [styles.cell, styles.selected, styles.frozen]
    );

    if (!sheet) return <Caption1>{t("previewEmpty", language)}</Caption1>;
    const frozenRows = Math.min(sheet.freeze?.rows ?? 0, sheet.rows.length);
    const frozenColumns = Math.min(sheet.freeze?.columns ?? 0, width);

    const moveTo = (row: number, column: number) => {
      workbook.select(
        sheet.name,
        Math.min(Math.max(row, 0), sheet.rows.length - 1),
        Math.min(Math.max(column, 0), width - 1)
      );
    };
    const refuse = () => setNotice(tp("formulaCell", language, { address }));
    const startEdit = (initial: string) => {
      if (!selectedHere) return;
      if (selectedCell?.locked) {
        refuse();
        return;
      }
      setDraft(initial);
      draftRef.current = initial;
      setEditing(true);
      editingRef.current = true;
      setNotice("");
      editor.current?.focus();
    };
    /** Writes the edit, if any; returns false when the cell refused it. */
    const commit = (): boolean => {
      if (!editingRef.current || !selectedHere) return true;
      editingRef.current = false;
      setEditing(false);
      if (draftRef.current === shown) return true;
      if (workbook.type(sheet.name, selectedHere.row, selectedHere.column, draftRef.current) === "formula") {
        refuse();
        return false;
      }
      return true;
    };
    const cancel = () => {
      editingRef.current = false;
      setEditing(false);
      setDraft(shown);
    };
    const backToGrid = () => scroller.current?.focus();
    const undo = () => {
      const cell = workbook.undo();
      setNotice(
        cell
          ? tp("undone", language, { address: `${columnLetter(cell.column)}${cell.row + 1}` })
          : tp("nothingToUndo", language)
      );
    };

    const onGridKey = (event: React.KeyboardEvent) => {
      if (event.target !== event.currentTarget) return;
      const here = selectedHere ?? { row: 0, column: 0 };
      const move = MOVES[event.key];
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (move) {
        event.preventDefault();
        moveTo(here.row + move[0], here.column + move[1]);
      } else if (event.key === "Enter" && plain) {
        event.preventDefault();
        moveTo(here.row + (event.shiftKey ? -1 : 1), here.column);
      } else if (event.key === "Tab" && plain) {
        event.preventDefault();
        moveTo(here.row, here.column + (event.shiftKey ? -1 : 1));
      } else if (event.key === "F2") {
        event.preventDefault();
        startEdit(shown);
      } else if ((event.key === "Delete" || event.key === "Backspace") && plain && selectedHere) {
        event.preventDefault();
        if (selectedCell?.locked) refuse();
        else if (event.key === "Backspace") startEdit("");
        else if (shown !== "") workbook.type(sheet.name, selectedHere.row, selectedHere.column, "");
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "z") {
        event.preventDefault();
        undo();
      } else if (plain && event.key.length === 1 && selectedHere) {
        // Typing starts an edit that replaces the cell's content, as in Excel.
        event.preventDefault();
        startEdit(event.key);
      }
    };

    const onEditorKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (!selectedHere) return;
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        if (!commit()) return;
        const back = event.shiftKey ? -1 : 1;
        if (event.key === "Enter") moveTo(selectedHere.row + back, selectedHere.column);
        else moveTo(selectedHere.row, selectedHere.column + back);
        backToGrid();
      } else if (event.key === "Escape") {
        event.preventDefault();
        cancel();
        backToGrid();
      } else if (selectedCell?.locked && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        refuse();
      }
    };

    const onGridMouseDown = (event: React.MouseEvent) => {
      const target = (event.target as HTMLElement).closest("td[data-row]") as HTMLElement | null;
      if (!target) return;
      workbook.select(sheet.name, Number(target.dataset.row), Number(target.dataset.column));
      // Keys go to the grid after a click, as in Excel.
      event.preventDefault();
      backToGrid();
    };

    return (
      <div aria-label={t("previewWorkbook", language)} role="region">
        <TabList
          selectedValue={sheet.name}
          onTabSelect={(_, data) => workbook.activate(String(data.value))}
          size="small"
        >
          {sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
        <div className={styles.editor}>
          <Text weight="semibold" className={styles.address}>
            {address || "—"}
          </Text>
          <input
            ref={editor}
            className={styles.box}
            aria-label={t("cellEditor", language, { address: address || "—" })}
            value={editing ? draft : shown}
            disabled={!selectedHere}
            readOnly={selectedCell?.locked}
            onFocus={() => {
              if (!editingRef.current && !selectedCell?.locked) startEdit(shown);
            }}
            onChange={(event) => {
              setDraft(event.target.value);
              draftRef.current = event.target.value;
            }}
            onKeyDown={onEditorKey}
            onBlur={() => {
              // Clicking elsewhere while editing commits, as in Excel; after Esc there is nothing to commit.
              commit();
            }}
          />
        </div>
        <div className={styles.notes}>
          <Caption1 role="status" aria-live="polite" className={styles.notice}>
            {notice}
          </Caption1>
          <Caption1>{tp("gridKeys", language)}</Caption1>
          <Caption1>{tp("previewKeepsNothing", language)}</Caption1>
        </div>
        <div
          ref={scroller}
          className={styles.scroller}
          tabIndex={0}
          role="region"
          aria-label={sheet.name}
          onKeyDown={onGridKey}
          onMouseDown={onGridMouseDown}
        >
          <table
            className={styles.grid}
            data-sheet={sheet.name}
            ref={table}
            style={{ width: HEADING_WIDTH + widths.reduce((a, b) => a + b, 0) }}
          >
            <colgroup>
              <col style={{ width: HEADING_WIDTH }} />
              {widths.map((w, c) => (
                <col key={c} style={{ width: w }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th
                  className={mergeClasses(styles.cell, styles.heading, styles.frozen, styles.frozenCorner)}
                  style={{ top: 0, left: 0 }}
                />
                {widths.map((_, c) => (
                  <th
                    key={c}
                    className={mergeClasses(
                      styles.cell,
                      styles.heading,
                      styles.frozen,
                      c < frozenColumns && styles.frozenCorner
                    )}
                    style={{ top: 0, left: c < frozenColumns ? lefts[c] : undefined }}
                    scope="col"
                  >
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((row, r) => (
                <GridRow
                  key={r}
                  cells={row}
                  row={r}
                  width={width}
                  selectedColumn={selectedHere?.row === r ? selectedHere.column : -1}
                  top={r < frozenRows ? ROW_HEIGHT * (r + 1) : undefined}
                  lastFrozenRow={r === frozenRows - 1}
                  frozenColumns={frozenColumns}
                  lefts={lefts}
                  classes={classes}
                />
              ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  };
}
