// The subset of the Office.js Excel API the add-in uses, over the in-memory workbook: proxies that
// must be loaded and synced before they are read, writes that check their shapes, counted syncs.
import { CellRange, columnName, parseRange, splitSheet } from "./addresses";
import { CellValue, ChartModel, ConditionalFormatModel, DataBarModel, FakeExcelError, PageModel, TableModel, WorkbookModel } from "./model";

type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

function propertyNames(spec: LoadSpec): string[] {
  if (spec === undefined) return ["*"];
  if (Array.isArray(spec)) return spec.flatMap((s) => propertyNames(s));
  if (typeof spec === "object") return propertyNames([spec.select, spec.expand].filter(Boolean).join(","));
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export class RequestContext {
  readonly workbook: Workbook;
  private tracked = new Set<ClientObject>();
  syncCount = 0;

  constructor(readonly model: WorkbookModel) {
    this.workbook = new Workbook(this);
  }

  track(object: ClientObject): void {
    this.tracked.add(object);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.model.syncCount++;
    if (this.model.failOnSync !== null) {
      this.model.failOnSync--;
      if (this.model.failOnSync <= 0) {
        this.model.failOnSync = null;
        throw new FakeExcelError("GeneralException", "An internal error has occurred (simulated).");
      }
    }
    for (const object of this.tracked) object.takeSnapshot();
  }
}

/** Base of every proxy: `load` asks, `sync` answers, reading before that throws like Excel. */
export abstract class ClientObject {
  private requested = new Set<string>();
  private loaded = new Map<string, unknown>();

  constructor(protected readonly context: RequestContext) {
    context.track(this);
  }

  load(spec?: LoadSpec): this {
    for (const name of propertyNames(spec)) this.requested.add(name);
    return this;
  }

  /** Called by sync: takes the values of everything requested. */
  takeSnapshot(): void {
    const nested = new Map<string, string[]>();
    for (const name of this.requested) {
      const [head, ...rest] = name.split("/");
      if (head === "*") for (const p of this.scalarProperties()) this.loaded.set(p, this.snapshot(p));
      else if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else this.loaded.set(head, this.snapshot(head));
    }
    this.requested.clear();
    // Items and navigation properties loaded through a path ("items/name", "worksheet/name").
    for (const [head, rests] of nested) {
      const child = this.navigate(head);
      for (const object of Array.isArray(child) ? child : child ? [child] : []) {
        rests.forEach((rest) => object.load(rest));
        object.takeSnapshot();
      }
      this.loaded.set(head, child);
    }
  }

  protected navigate(_name: string): ClientObject | ClientObject[] | undefined {
    return undefined;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(name) as T;
  }

  protected abstract scalarProperties(): string[];
  protected abstract snapshot(name: string): unknown;
}

function checkShape(range: CellRange, values: unknown, what: string): unknown[][] {
  const rows = range.endRow - range.row + 1;
  const columns = range.endColumn - range.column + 1;
  if (!Array.isArray(values)) return Array.from({ length: rows }, () => Array.from({ length: columns }, () => values));
  if (values.length !== rows || values.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rows}×${columns} expected).`
    );
  }
  return values as unknown[][];
}

export class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;

  constructor(context: RequestContext) {
    super(context);
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, null);
  }

  getSelectedRange(): Range {
    const model = this.context.model;
    const selection = model.selection ?? (model.activeSheet ? { sheet: model.activeSheet, range: { row: 0, column: 0, endRow: 0, endColumn: 0 } } : null);
    if (!selection) throw new FakeExcelError("ItemNotFound", "There is no selection.");
    return new Range(this.context, selection.sheet, selection.range);
  }

  protected scalarProperties() {
    return [];
  }
  protected snapshot() {
    return undefined;
  }
}

export class WorksheetCollection extends ClientObject {
  get items(): Worksheet[] {
    return this.read("items");
  }

  add(name?: string): Worksheet {
    const sheet = this.context.model.addSheet(name);
    return new Worksheet(this.context, sheet.name);
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, this.context.model.sheet(name).name);
  }

  getItemOrNullObject(name: string): Worksheet {
    const sheet = this.context.model.findSheet(name);
    const proxy = new Worksheet(this.context, sheet?.name ?? name, !sheet);
    return proxy.load("isNullObject");
  }

  getActiveWorksheet(): Worksheet {
    const active = this.context.model.activeSheet;
    if (!active) throw new FakeExcelError("ItemNotFound", "There is no active worksheet.");
    return new Worksheet(this.context, active);
  }

  getCount(): { value: number } {
    return { value: this.context.model.sheets.length };
  }

  protected navigate(name: string) {
    return name === "items" ? this.context.model.sheets.map((s) => new Worksheet(this.context, s.name)) : undefined;
  }
  protected scalarProperties() {
    return [];
  }
  protected snapshot(name: string) {
    return name === "items" ? this.navigate("items") : undefined;
  }
}

export class FreezePanes {
  constructor(private readonly worksheet: Worksheet) {}
  /** Frozen panes belong to a window's view: Excel freezes the active sheet's (office-js #3148). */
  private view() {
    const active = this.worksheet.workbookModel().activeSheet;
    return active ? this.worksheet.workbookModel().sheet(active) : this.worksheet.model();
  }
  freezeAt(frozen: Range | string): void {
    const range = typeof frozen === "string" ? this.worksheet.getRange(frozen).cellRange : frozen.cellRange;
    this.view().freeze = { rows: range.endRow + 1, columns: range.endColumn + 1 };
  }
  freezeRows(count = 1): void {
    const view = this.view();
    view.freeze = { rows: count, columns: view.freeze?.columns ?? 0 };
  }
  freezeColumns(count = 1): void {
    const view = this.view();
    view.freeze = { rows: view.freeze?.rows ?? 0, columns: count };
  }
  unfreeze(): void {
    this.view().freeze = null;
  }
}

/** Page layout (ExcelApi 1.9): what the sheet prints, kept on the sheet's model for tests. */
export class PageLayout {
  constructor(private readonly worksheet: Worksheet) {}
  private get page(): PageModel {
    const sheet = this.worksheet.model();
    sheet.page ??= { headers: {} };
    return sheet.page;
  }
  set orientation(value: string) {
    if (value !== "Landscape" && value !== "Portrait") throw new FakeExcelError("InvalidArgument", `Unknown orientation ${value}.`);
    this.page.orientation = value;
  }
  set paperSize(value: string) {
    this.page.paperSize = value;
  }
  set zoom(value: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.page.zoom = value;
  }
  set centerHorizontally(value: boolean) {
    this.page.centerHorizontally = value;
  }
  set leftMargin(points: number) {
    this.page.margins = { ...this.page.margins, left: points };
  }
  set rightMargin(points: number) {
    this.page.margins = { ...this.page.margins, right: points };
  }
  set topMargin(points: number) {
    this.page.margins = { ...this.page.margins, top: points };
  }
  set bottomMargin(points: number) {
    this.page.margins = { ...this.page.margins, bottom: points };
  }
  set headerMargin(points: number) {
    this.page.margins = { ...this.page.margins, header: points };
  }
  set footerMargin(points: number) {
    this.page.margins = { ...this.page.margins, footer: points };
  }
  setPrintArea(address: string): void {
    if (!parseRange(address)) throw new FakeExcelError("InvalidArgument", `The print area ${address} is invalid.`);
    this.page.printArea = address;
  }
  setPrintTitleRows(address: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(address)) throw new FakeExcelError("InvalidArgument", `The print title rows ${address} are invalid.`);
    this.page.titleRows = address;
  }
  readonly headersFooters = ((layout: PageLayout) => ({
    defaultForAllPages: {
      set centerHeader(text: string) {
        layout.page.headers.centerHeader = text;
      },
      set centerFooter(text: string) {
        layout.page.headers.centerFooter = text;
      },
    },
  }))(this);
}

/** A data bar as Office.js queues it: bound rules set as whole objects, the bar's colour. */
export class DataBarFormat {
  readonly dataBar: { lowerBoundRule: unknown; upperBoundRule: unknown; positiveFormat: { fillColor: string; gradientFill: boolean } };
  priority = 0;
  constructor(model: WorkbookModel, sheet: string, range: CellRange) {
    const entry: DataBarModel = { sheet, range };
    model.dataBars.push(entry);
    model.changed();
    const positive = { fillColor: "", gradientFill: true };
    this.dataBar = {
      set lowerBoundRule(rule: unknown) {
        entry.lowerBoundRule = rule as DataBarModel["lowerBoundRule"];
      },
      get lowerBoundRule() {
        return entry.lowerBoundRule;
      },
      set upperBoundRule(rule: unknown) {
        entry.upperBoundRule = rule as DataBarModel["upperBoundRule"];
      },
      get upperBoundRule() {
        return entry.upperBoundRule;
      },
      positiveFormat: new Proxy(positive, {
        set(target, property, value) {
          (target as Record<string | symbol, unknown>)[property] = value;
          if (property === "fillColor") entry.fillColor = String(value);
          return true;
        },
      }),
    };
  }
}

/** Charts: a series per source column after the first (seriesBy Columns), named by its header. */
export class ChartCollection {
  constructor(
    private readonly context: RequestContext,
    private readonly sheetName: string
  ) {}

  add(type: string, source: Range, seriesBy = "Auto") {
    const model = this.context.model;
    const { row, column, endColumn } = source.cellRange;
    const series: ChartModel["series"] = [];
    for (let c = column + 1; c <= endColumn; c++) series.push({ name: String(model.cell(source.sheetName, row, c)?.input ?? ""), color: null });
    const chart: ChartModel = { sheet: this.sheetName, type, source: source.cellRange, seriesBy, title: "", series, position: null };
    model.charts.push(chart);
    model.changed();
    const seriesAt = (index: number) => {
      const item = () => {
        const found = chart.series[index];
        if (!found) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: series ${index}.`);
        return found;
      };
      return {
        format: { fill: { setSolidColor: (color: string) => void (item().color = color) } },
        delete: () => void chart.series.splice(chart.series.indexOf(item()), 1),
      };
    };
    return {
      title: {
        set text(text: string) {
          chart.title = text;
        },
        get text() {
          return chart.title;
        },
      },
      setPosition: (from: string, to: string) => void (chart.position = { from, to }),
      series: { getItemAt: seriesAt },
    };
  }
}

export class Worksheet extends ClientObject {
  readonly freezePanes: FreezePanes;
  readonly tables: TableCollection;
  readonly pageLayout: PageLayout;

  constructor(
    context: RequestContext,
    private sheetName: string,
    private readonly nullObject = false
  ) {
    super(context);
    this.freezePanes = new FreezePanes(this);
    this.tables = new TableCollection(context, sheetName);
    this.pageLayout = new PageLayout(this);
  }

  get charts(): ChartCollection {
    return new ChartCollection(this.context, this.model().name);
  }

  model() {
    return this.context.model.sheet(this.sheetName);
  }

  workbookModel() {
    return this.context.model;
  }

  get name(): string {
    return this.read("name");
  }
  get position(): number {
    return this.read("position");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  /** Worksheet.onChanged (ExcelApi 1.7): handlers run after values typed or written into this sheet. */
  get onChanged() {
    const model = this.context.model;
    const name = this.model().name;
    return {
      add: (handler: (event: { worksheetId: string; changeType: string; source: string }) => Promise<unknown>) => {
        const stop = model.subscribe((change) => {
          const hit = change.kind === "cells" ? change.cells[0]?.sheet === name : change.kind === "all" && change.sheet === name;
          if (hit) void Promise.resolve().then(() => handler({ worksheetId: name, changeType: "RangeEdited", source: "Local" }));
        });
        return { context: this.context, remove: () => void stop() };
      },
    };
  }

  activate(): void {
    this.context.model.activeSheet = this.model().name;
    this.context.model.viewChanged();
  }

  delete(): void {
    this.context.model.deleteSheet(this.sheetName);
  }

  getRange(address?: string): Range {
    if (address === undefined) return new Range(this.context, this.sheetName, { row: 0, column: 0, endRow: 1048575, endColumn: 16383 });
    const { sheet, local } = splitSheet(address);
    const range = parseRange(local);
    if (!range) throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing: address "${address}".`);
    return new Range(this.context, sheet ?? this.sheetName, range);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, this.sheetName, { row, column, endRow: row + rowCount - 1, endColumn: column + columnCount - 1 });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    void valuesOnly;
    const used = this.context.model.usedRange(this.sheetName) ?? { row: 0, column: 0, endRow: 0, endColumn: 0 };
    return new Range(this.context, this.sheetName, used);
  }

  protected scalarProperties() {
    return ["name", "position", "visibility"];
  }
  protected snapshot(name: string) {
    if (name === "isNullObject") return this.nullObject;
    if (this.nullObject) return undefined;
    if (name === "name") return this.model().name;
    if (name === "position") return this.context.model.sheets.indexOf(this.model());
    if (name === "visibility") return "Visible";
    return undefined;
  }
}

export class TableCollection extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly sheetName: string | null
  ) {
    super(context);
  }

  get items(): Table[] {
    return this.read("items");
  }

  private models(): TableModel[] {
    return this.context.model.tables.filter((t) => this.sheetName === null || t.sheet === this.sheetName);
  }

  add(address: string | Range, hasHeaders: boolean): Table {
    let sheet: string;
    let range: CellRange;
    if (typeof address === "string") {
      const split = splitSheet(address);
      // An address without a sheet is read against the active sheet, the reading that fails when a
      // writer relies on anything else; a Range names its sheet.
      sheet = split.sheet ?? this.context.model.activeSheet ?? this.sheetName ?? "";
      const parsed = parseRange(split.local);
      if (!parsed) throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing: address "${address}".`);
      range = parsed;
    } else {
      sheet = address.sheetName;
      range = address.cellRange;
    }
    if (!hasHeaders) {
      throw new FakeExcelError("NotImplemented", "The in-memory workbook supports tables with headers only.");
    }
    const table = this.context.model.addTable(this.context.model.sheet(sheet).name, range);
    return new Table(this.context, table);
  }

  getItem(name: string): Table {
    const table = this.context.model.findTable(name);
    if (!table) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: table "${name}".`);
    return new Table(this.context, table);
  }

  getItemOrNullObject(name: string): Table {
    const table = this.context.model.findTable(name);
    return new Table(this.context, table ?? null).load("isNullObject");
  }

  protected navigate(name: string) {
    return name === "items" ? this.models().map((t) => new Table(this.context, t)) : undefined;
  }
  protected scalarProperties() {
    return [];
  }
  protected snapshot(name: string) {
    return name === "items" ? this.navigate("items") : undefined;
  }
}

export class TableColumn extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly table: TableModel,
    private readonly index: number
  ) {
    super(context);
  }
  get name(): string {
    return this.read("name");
  }
  getDataBodyRange(): Range {
    const r = this.table.range;
    const column = r.column + this.index;
    return new Range(this.context, this.table.sheet, { row: r.row + 1, column, endRow: r.endRow, endColumn: column });
  }
  protected scalarProperties() {
    return ["name", "index"];
  }
  protected snapshot(name: string) {
    if (name === "index") return this.index;
    if (name === "name") return String(this.context.model.value(this.table.sheet, this.table.range.row, this.table.range.column + this.index));
    return undefined;
  }
}

export class TableColumnCollection extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly table: TableModel
  ) {
    super(context);
  }
  get items(): TableColumn[] {
    return this.read("items");
  }
  getItem(name: string): TableColumn {
    const headers = this.headers();
    const index = headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: column "${name}".`);
    return new TableColumn(this.context, this.table, index);
  }
  private headers(): string[] {
    const r = this.table.range;
    return Array.from({ length: r.endColumn - r.column + 1 }, (_, i) => String(this.context.model.value(this.table.sheet, r.row, r.column + i)));
  }
  protected navigate(name: string) {
    return name === "items" ? this.headers().map((_, i) => new TableColumn(this.context, this.table, i)) : undefined;
  }
  protected scalarProperties() {
    return [];
  }
  protected snapshot(name: string) {
    return name === "items" ? this.navigate("items") : undefined;
  }
}

export class Table extends ClientObject {
  readonly columns: TableColumnCollection | null;

  constructor(
    context: RequestContext,
    private readonly table: TableModel | null
  ) {
    super(context);
    this.columns = table ? new TableColumnCollection(context, table) : null;
  }

  private model(): TableModel {
    if (!this.table) throw new FakeExcelError("InvalidObjectPath", "The table is a null object.");
    return this.table;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.model.renameTable(this.model(), value);
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.model().style = value;
  }
  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.model().showBandedRows = value;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get worksheet(): Worksheet {
    return this.read("worksheet");
  }

  getRange(): Range {
    return new Range(this.context, this.model().sheet, this.model().range);
  }
  getHeaderRowRange(): Range {
    const r = this.model().range;
    return new Range(this.context, this.model().sheet, { ...r, endRow: r.row });
  }
  getDataBodyRange(): Range {
    const r = this.model().range;
    return new Range(this.context, this.model().sheet, { ...r, row: r.row + 1 });
  }

  protected navigate(name: string) {
    return name === "worksheet" ? this.worksheetProxy() : undefined;
  }
  private worksheetProxy(): Worksheet {
    return new Worksheet(this.context, this.model().sheet);
  }
  protected scalarProperties() {
    return ["name", "style", "showBandedRows"];
  }
  protected snapshot(name: string) {
    if (name === "isNullObject") return this.table === null;
    if (!this.table) return undefined;
    if (name === "name") return this.table.name;
    if (name === "style") return this.table.style;
    if (name === "showBandedRows") return this.table.showBandedRows;
    if (name === "worksheet") return this.worksheetProxy();
    return undefined;
  }
}

function borderSet(apply: (color: string) => void) {
  const edge = () => {
    const border = { style: "None", color: "" };
    return new Proxy(border, {
      set(target, property, value) {
        (target as unknown as Record<string | symbol, unknown>)[property] = value;
        if (property === "color") apply(String(value));
        return true;
      },
    });
  };
  const edges = { top: edge(), bottom: edge(), left: edge(), right: edge() };
  return { ...edges, getItem: (index: string) => edges[(index.replace(/^Edge/, "").toLowerCase() as keyof typeof edges)] ?? edges.top };
}

export class ConditionalFormat {
  private readonly entry: ConditionalFormatModel;
  readonly custom: {
    rule: { formula: string };
    format: {
      fill: { color: string };
      font: { color: string };
      borders: ReturnType<typeof borderSet>;
    };
  };

  constructor(model: WorkbookModel, sheet: string, range: CellRange, type: string) {
    const entry: ConditionalFormatModel = { sheet, range, type, formula: "", format: {} as Record<string, string> };
    this.entry = entry;
    model.conditionalFormats.push(entry);
    const watch = <T extends object>(object: T, onSet: (property: string, value: unknown) => void): T =>
      new Proxy(object, {
        set(target, property, value) {
          (target as Record<string | symbol, unknown>)[property] = value;
          onSet(String(property), value);
          model.changed();
          return true;
        },
      });
    this.custom = {
      rule: watch({ formula: "" }, (_p, v) => (entry.formula = String(v))),
      format: {
        fill: watch({ color: "" }, (_p, v) => (entry.format.fill = String(v))),
        font: watch({ color: "" }, (_p, v) => (entry.format.font = String(v))),
        borders: borderSet((color) => {
          entry.format.border = color;
          model.changed();
        }),
      },
    };
  }

  set priority(value: number) {
    this.entry.priority = value;
  }
  get priority(): number {
    return this.entry.priority ?? 0;
  }
}

export class DataValidation {
  private entry: { sheet: string; range: CellRange; rule: unknown; prompt: null | object; errorAlert: null | object };
  constructor(model: WorkbookModel, sheet: string, range: CellRange) {
    const existing = model.validations.find(
      (v) => v.sheet === sheet && v.range.row === range.row && v.range.column === range.column && v.range.endRow === range.endRow && v.range.endColumn === range.endColumn
    );
    this.entry = existing ?? { sheet, range, rule: null, prompt: null, errorAlert: null };
    if (!existing) model.validations.push(this.entry as never);
  }
  set rule(rule: unknown) {
    const prompt = (rule as { decimal?: unknown; wholeNumber?: unknown; list?: unknown; custom?: unknown }) ?? {};
    if (!prompt.decimal && !prompt.wholeNumber && !prompt.list && !prompt.custom) {
      throw new FakeExcelError("InvalidArgument", "The data validation rule is invalid.");
    }
    this.entry.rule = rule;
  }
  get rule(): unknown {
    return this.entry.rule;
  }
  set prompt(prompt: { title?: string; message?: string; showPrompt?: boolean }) {
    if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255) {
      throw new FakeExcelError("InvalidArgument", "The input message's title is limited to 32 characters and its text to 255.");
    }
    this.entry.prompt = prompt;
  }
  set errorAlert(alert: { title?: string; message?: string; showAlert?: boolean; style?: string }) {
    if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 255) {
      throw new FakeExcelError("InvalidArgument", "The error alert's title is limited to 32 characters and its text to 255.");
    }
    this.entry.errorAlert = alert;
  }
  clear(): void {
    this.entry.rule = null;
    this.entry.prompt = null;
    this.entry.errorAlert = null;
  }
}

export class Range extends ClientObject {
  constructor(
    context: RequestContext,
    readonly sheetName: string,
    readonly cellRange: CellRange
  ) {
    super(context);
  }

  private each<T>(fn: (row: number, column: number) => T): T[][] {
    const { row, column, endRow, endColumn } = this.cellRange;
    const used = this.context.model.usedRange(this.sheetName);
    // Whole-sheet ranges read only as far as the used range, to stay small.
    const lastRow = Math.min(endRow, used ? Math.max(used.endRow, row) : row);
    const lastColumn = Math.min(endColumn, used ? Math.max(used.endColumn, column) : column);
    const rows: T[][] = [];
    for (let r = row; r <= (endRow > 100000 ? lastRow : endRow); r++) {
      const cells: T[] = [];
      for (let c = column; c <= (endColumn > 1000 ? lastColumn : endColumn); c++) cells.push(fn(r, c));
      rows.push(cells);
    }
    return rows;
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(values: unknown) {
    const grid = checkShape(this.cellRange, values, "values");
    this.writeGrid(grid);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(formulas: unknown) {
    const grid = checkShape(this.cellRange, formulas, "formulas");
    this.writeGrid(grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown) {
    const grid = checkShape(this.cellRange, formats, "numberFormat");
    const { row, column } = this.cellRange;
    grid.forEach((cells, r) => cells.forEach((format, c) => this.context.model.setFormat(this.sheetName, row + r, column + c, (cell) => (cell.numberFormat = String(format)))));
    this.context.model.changed();
  }
  get text(): string[][] {
    return this.read("text");
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  private writeGrid(grid: unknown[][]): void {
    const { row, column } = this.cellRange;
    grid.forEach((cells, r) => cells.forEach((value, c) => this.context.model.setContent(this.sheetName, row + r, column + c, value)));
    this.context.model.changed(this.sheetName);
  }

  readonly format = ((range: Range) => {
    const apply = (fn: (cell: import("./model").CellData) => void) => {
      range.each((r, c) => range.context.model.setFormat(range.sheetName, r, c, fn));
      range.context.model.changed();
    };
    const sheet = () => range.context.model.sheet(range.sheetName);
    return {
      font: {
        set bold(value: boolean) {
          apply((cell) => (cell.bold = value));
        },
        set size(value: number) {
          apply((cell) => (cell.fontSize = value));
        },
        set color(value: string) {
          apply((cell) => (cell.fontColor = value));
        },
      },
      fill: {
        set color(value: string) {
          apply((cell) => (cell.fill = value));
        },
      },
      set columnWidth(points: number) {
        for (let c = range.cellRange.column; c <= range.cellRange.endColumn; c++) sheet().columnWidths.set(c, points);
      },
      set wrapText(_value: boolean) {
        // layout only
      },
      autofitColumns() {
        // layout only
      },
      autofitRows() {
        // layout only
      },
    };
  })(this);

  get conditionalFormats() {
    return {
      add: (type: string): ConditionalFormat =>
        (type === "DataBar"
          ? new DataBarFormat(this.context.model, this.sheetName, this.cellRange)
          : new ConditionalFormat(this.context.model, this.sheetName, this.cellRange, type)) as ConditionalFormat,
    };
  }

  get dataValidation(): DataValidation {
    return new DataValidation(this.context.model, this.sheetName, this.cellRange);
  }

  getCell(row: number, column: number): Range {
    const r = this.cellRange.row + row;
    const c = this.cellRange.column + column;
    return new Range(this.context, this.sheetName, { row: r, column: c, endRow: r, endColumn: c });
  }

  getOffsetRange(rows: number, columns: number): Range {
    const r = this.cellRange;
    return new Range(this.context, this.sheetName, { row: r.row + rows, column: r.column + columns, endRow: r.endRow + rows, endColumn: r.endColumn + columns });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    const r = this.cellRange;
    return new Range(this.context, this.sheetName, { ...r, endRow: r.endRow + deltaRows, endColumn: r.endColumn + deltaColumns });
  }

  getEntireColumn(): Range {
    const r = this.cellRange;
    return new Range(this.context, this.sheetName, { row: 0, column: r.column, endRow: 1048575, endColumn: r.endColumn });
  }

  set columnHidden(hidden: boolean) {
    const sheet = this.context.model.sheet(this.sheetName);
    for (let c = this.cellRange.column; c <= this.cellRange.endColumn; c++) {
      if (hidden) sheet.hiddenColumns.add(c);
      else sheet.hiddenColumns.delete(c);
    }
  }

  group(groupOption: string): void {
    if (groupOption !== "ByColumns" && groupOption !== "ByRows") throw new FakeExcelError("InvalidArgument", `Unknown group option ${groupOption}.`);
    const sheet = this.context.model.sheet(this.sheetName);
    if (groupOption === "ByColumns") for (let c = this.cellRange.column; c <= this.cellRange.endColumn; c++) sheet.groupedColumns.add(c);
  }

  select(): void {
    this.context.model.activeSheet = this.context.model.sheet(this.sheetName).name;
    this.context.model.selection = { sheet: this.sheetName, range: this.cellRange };
    this.context.model.viewChanged();
  }

  merge(): void {
    // layout only
  }

  protected scalarProperties() {
    return ["values", "formulas", "numberFormat", "text", "address", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  }

  protected snapshot(name: string): unknown {
    const model = this.context.model;
    const r = this.cellRange;
    switch (name) {
      case "values":
        return this.each((row, column) => model.value(this.sheetName, row, column));
      case "formulas":
        return this.each((row, column) => {
          const cell = model.cell(this.sheetName, row, column);
          return cell?.formula ?? cell?.input ?? "";
        });
      case "numberFormat":
        return this.each((row, column) => model.cell(this.sheetName, row, column)?.numberFormat ?? "General");
      case "text":
        return this.each((row, column) => String(model.value(this.sheetName, row, column)));
      case "address":
        return model.address(this.sheetName, r);
      case "rowCount":
        return r.endRow - r.row + 1;
      case "columnCount":
        return r.endColumn - r.column + 1;
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.column;
      default:
        return undefined;
    }
  }
}

export { columnName };
