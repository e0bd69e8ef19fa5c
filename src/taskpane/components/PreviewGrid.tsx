// The demo workbook drawn as a plain grid with the flags' colours; cells can be typed into.
import * as React from "react";
import { Caption1, Input, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../core/layout";
import { Language, t } from "../../i18n";
import { PreviewWorkbook } from "../previewTypes";

export interface PreviewGridProps {
  language: Language;
  workbook: PreviewWorkbook;
}

const useStyles = makeStyles({
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  scroller: { overflow: "auto", maxHeight: "calc(100vh - 140px)", border: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    minWidth: "48px",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  heading: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "center" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

function useWorkbookVersion(workbook: PreviewWorkbook): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => workbook.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  return version;
}

export function PreviewGrid({ language, workbook }: PreviewGridProps) {
  const styles = useStyles();
  useWorkbookVersion(workbook);
  const sheets = workbook.sheets();
  const active = workbook.activeSheet();
  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  const selection = workbook.selection();
  const [draft, setDraft] = React.useState("");
  const selectedHere = selection && sheet && selection.sheet === sheet.name ? selection : null;
  const address = selectedHere ? `${columnLetter(selectedHere.column)}${selectedHere.row + 1}` : "";

  // The editor shows the selected cell's content whenever the selection moves.
  const selectionKey = selectedHere ? `${selectedHere.sheet}!${selectedHere.row}:${selectedHere.column}` : "";
  const selectedDisplay = selectedHere ? sheet?.rows[selectedHere.row]?.[selectedHere.column] : undefined;
  const initialDraft = selectedDisplay && !selectedDisplay.locked ? selectedDisplay.display : "";
  const [draftKey, setDraftKey] = React.useState("");
  if (draftKey !== selectionKey) {
    setDraftKey(selectionKey);
    setDraft(initialDraft);
  }

  if (!sheet) {
    return <Caption1>{t("previewEmpty", language)}</Caption1>;
  }
  const width = Math.max(...sheet.rows.map((r) => r.length), 1);
  const commit = () => {
    if (selectedHere) workbook.type(sheet.name, selectedHere.row, selectedHere.column, draft);
  };
  const editor = React.useRef<HTMLInputElement>(null);
  const table = React.useRef<HTMLTableElement>(null);
  React.useEffect(() => {
    if (address) table.current?.querySelector(`td[data-address="${address}"]`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [address]);
  // Arrow keys move the selection, Enter or typing goes to the value box: the grid works without a mouse.
  const onGridKey = (event: React.KeyboardEvent) => {
    const here = selectedHere ?? { row: 0, column: 0 };
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const row = Math.min(Math.max(here.row + move[0], 0), sheet.rows.length - 1);
      const column = Math.min(Math.max(here.column + move[1], 0), width - 1);
      workbook.select(sheet.name, row, column);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      editor.current?.focus();
    }
  };
  return (
    <div aria-label={t("previewWorkbook", language)} role="region">
      <TabList selectedValue={sheet.name} onTabSelect={(_, data) => workbook.activate(String(data.value))} size="small">
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.editor}>
        <Text weight="semibold">{address || "—"}</Text>
        <Input
          ref={editor}
          aria-label={t("cellEditor", language, { address: address || "—" })}
          value={draft}
          disabled={!selectedHere}
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
          onBlur={commit}
        />
      </div>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={sheet.name} onKeyDown={onGridKey}>
        <table className={styles.grid} data-sheet={sheet.name} ref={table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.heading}`} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.heading}`} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.heading}`} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const cell = row[c];
                  const isSelected = selectedHere?.row === r && selectedHere?.column === c;
                  return (
                    <td
                      key={c}
                      data-address={`${columnLetter(c)}${r + 1}`}
                      aria-selected={isSelected}
                      className={`${styles.cell} ${isSelected ? styles.selected : ""}`}
                      style={{
                        backgroundColor: cell?.fill,
                        color: cell?.font,
                        fontWeight: cell?.bold ? 600 : undefined,
                        boxShadow: cell?.border ? `inset 0 0 0 2px ${cell.border}` : undefined,
                      }}
                      title={cell?.display}
                      onClick={() => workbook.select(sheet.name, r, c)}
                    >
                      {cell?.display ?? ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
