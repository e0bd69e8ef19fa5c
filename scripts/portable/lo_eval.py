#!/usr/bin/env python3
"""Evaluate workbooks in a private, headless LibreOffice Calc.

Usage (needs the Python that ships the UNO bridge, e.g. the system python3
with python3-uno installed):

    python3 scripts/portable/lo_eval.py JOB.json OUT.json

JOB.json:
    {"files": [{"path": "/abs/file.xlsx", "sheet": "name",
                "inputs": [{"cell": "P7", "number": 0.88},
                           {"cell": "Q7", "text": "88.5"},
                           {"cell": "R7", "clear": true},
                           {"cell": "S7", "formula": "=1+1"}],
                "read": ["A6:AE80"],
                "readSheets": {"other sheet": ["A1:H20"]},
                "alsoRead": [{"sheet": "other", "read": ["A4:J20"]}],
                "flags": true}]}

OUT.json:
    {"soffice": "LibreOffice 7.x.y.z",
     "files": [{"path": ..., "sheet": ..., "ms": 1234,
                "cells": {"P7": {"t": "n", "v": 0.88},
                          "S7": {"t": "s", "v": "...", "f": "=IF(...)"},
                          "T7": {"t": "err", "v": "#DIV/0!", "f": "=..."},
                          "U7": {"t": "e"}},
                "flags": [{"id": 1, "range": "P7:T77", "index": 0,
                           "type": "condition", "operator": "expression",
                           "formula": "AND(...)", "formula2": null,
                           "style": "ConditionalStyle_1", "src": "P7",
                           "kind": "expression",
                           "cells": {"P7": true, "Q7": false}}],
                "errors": []}]}

Cell "t": "n" number (booleans are numbers), "s" text (a formula's empty
text result is {"t": "s", "v": ""}), "e" empty, "err" error (Excel name,
or "Err:<code>" for LibreOffice-only codes).  "f" (formula cells only) is
the formula in LibreOffice's API syntax (";" separators, "$Sheet.A1").

Flag entries: "id" is LibreOffice's conditional-format ID, "index" the
entry's position inside that format, "range" its range list (space
separated), "src" the position the formula's relative references are
relative to.  "formula"/"formula2" are Formula1/Formula2 as LibreOffice
prints them (UI syntax: "," separators, "$Sheet.A1" for other sheets).
"kind": "expression" (formula rule), "cellIs" (cell value comparison),
"text" (contains/begins/ends), "error" (error/no error) or null; "cells"
is null for entries that are not evaluated (color scales, data bars, icon
sets, date, duplicate, top-N and average rules).

Each file is loaded from a private copy (no lock file next to the original,
no interference with other users of the file).  Inputs are typed into the
sheet, the document is recalculated and the requested ranges are read.
With "flags": true every conditional-format entry of the sheet is listed in
LibreOffice's own order and, where it is a formula-like condition, evaluated
for every cell of its range on scratch sheets.  Errors of one file are
reported in its "errors" list; the exit code is non-zero only when
LibreOffice cannot be started (or the job/output files cannot be handled).
"""

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.sheet import FormulaToken
from com.sun.star.table import CellAddress

CONNECT_TIMEOUT_S = 60.0
SHUTDOWN_WAIT_S = 10.0

# com.sun.star.sheet.CellFlags
CF_VALUE, CF_DATETIME, CF_STRING, CF_FORMULA = 1, 2, 4, 16
# com.sun.star.sheet.FormulaResult
FR_ERROR = 4
# com.sun.star.sheet.ReferenceFlags
RF_SHEET_RELATIVE, RF_SHEET_3D = 16, 64
# com.sun.star.sheet.FillDirection
FILL_TO_BOTTOM = uno.Enum("com.sun.star.sheet.FillDirection", "TO_BOTTOM")
FILL_TO_RIGHT = uno.Enum("com.sun.star.sheet.FillDirection", "TO_RIGHT")

ENTRY_TYPES = {0: "condition", 1: "colorscale", 2: "databar", 3: "iconset", 4: "date"}

# com.sun.star.sheet.ConditionFormatOperator
OPERATORS = {
    0: "equal", 1: "less", 2: "greater", 3: "lessEqual", 4: "greaterEqual",
    5: "notEqual", 6: "between", 7: "notBetween", 8: "duplicate", 9: "unique",
    10: "topN", 11: "bottomN", 12: "topPercent", 13: "bottomPercent",
    14: "aboveAverage", 15: "belowAverage", 16: "aboveEqualAverage",
    17: "belowEqualAverage", 18: "error", 19: "noError", 20: "beginsWith",
    21: "endsWith", 22: "contains", 23: "notContains", 24: "expression",
}
COMPARE_OPS = {0: "=", 1: "<", 2: ">", 3: "<=", 4: ">=", 5: "<>"}

# LibreOffice FormulaError codes -> Excel error names.
ERROR_NAMES = {
    532: "#DIV/0!",
    519: "#VALUE!",
    32767: "#N/A",
    525: "#NAME?",
    503: "#NUM!",
    502: "#NUM!",
    524: "#REF!",
}


def error_name(code):
    return ERROR_NAMES.get(code, "Err:%d" % code)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


# ---------------------------------------------------------------- addresses

def col_name(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def a1(c, r):
    return "%s%d" % (col_name(c), r + 1)


def parse_cell(ref):
    ref = ref.strip().replace("$", "").upper()
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    letters, digits = ref[:i], ref[i:]
    if not letters or not digits.isdigit() or int(digits) < 1:
        raise ValueError("bad cell address %r" % ref)
    c = 0
    for ch in letters:
        c = c * 26 + (ord(ch) - 64)
    return c - 1, int(digits) - 1


def parse_range(ref):
    """'A6:AE80' or 'P7' -> (c1, r1, c2, r2), normalised."""
    parts = ref.split(":")
    if len(parts) == 1:
        c, r = parse_cell(parts[0])
        return c, r, c, r
    if len(parts) != 2:
        raise ValueError("bad range %r" % ref)
    c1, r1 = parse_cell(parts[0])
    c2, r2 = parse_cell(parts[1])
    return min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)


def range_a1(ra):
    start = a1(ra.StartColumn, ra.StartRow)
    if ra.StartColumn == ra.EndColumn and ra.StartRow == ra.EndRow:
        return start
    return start + ":" + a1(ra.EndColumn, ra.EndRow)


def cells_of(ranges):
    """Cell positions (col, row) of a list of CellRangeAddress."""
    for ra in ranges:
        for r in range(ra.StartRow, ra.EndRow + 1):
            for c in range(ra.StartColumn, ra.EndColumn + 1):
                yield c, r


# ------------------------------------------------------------------ office

def _ppid(pid):
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            data = f.read().decode("utf-8", "replace")
        # The command name may contain spaces or parentheses: split after
        # the last ')'.
        return int(data.rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def descendants(root):
    """PIDs of all descendants of `root`, found through /proc."""
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            pp = _ppid(int(name))
            if pp is not None:
                children.setdefault(pp, []).append(int(name))
    out, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0); treat it as gone.
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            state = f.read().decode("utf-8", "replace").rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return False


# Profile settings: fixed locale so that separators and function names in
# formulas LibreOffice prints do not depend on the environment.
PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


class Office:
    def __init__(self):
        self.proc = None
        self.pids = []
        self.profile = None
        self.workdir = None
        self.ctx = None
        self.desktop = None
        self.version = None
        self.stderr_file = None

    def start(self):
        soffice = os.environ.get("SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            raise RuntimeError("soffice not found in PATH (set SOFFICE)")
        self.workdir = tempfile.mkdtemp(prefix="lo_eval_")
        self.profile = os.path.join(self.workdir, "profile")
        os.makedirs(os.path.join(self.profile, "user"))
        with open(os.path.join(self.profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
            f.write(PROFILE_XCU)
        pipe = "lo_eval_%d_%s" % (os.getpid(), uuid.uuid4().hex[:12])
        self.stderr_file = open(os.path.join(self.workdir, "soffice.log"), "w+b")
        self.proc = subprocess.Popen(
            [soffice, "--headless", "--invisible", "--nologo", "--norestore",
             "--nodefault", "--nolockcheck",
             "--accept=pipe,name=%s;urp;" % pipe,
             "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile)],
            stdin=subprocess.DEVNULL, stdout=self.stderr_file, stderr=self.stderr_file,
            cwd=self.workdir)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
        deadline = time.time() + CONNECT_TIMEOUT_S
        last = None
        while True:
            self._note_pids()
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException as e:
                last = e
            except Exception as e:  # e.g. a bridge that is not ready yet
                last = e
            if self.proc.poll() is not None and not self._alive_children():
                raise RuntimeError("soffice exited with code %s before accepting connections: %s"
                                   % (self.proc.returncode, self._log_tail()))
            if time.time() > deadline:
                raise RuntimeError("could not connect to soffice within %ds: %s; %s"
                                   % (CONNECT_TIMEOUT_S, last, self._log_tail()))
            time.sleep(0.25)
        self._note_pids()
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.version = self._read_version()

    def _alive_children(self):
        return [p for p in self.pids if _alive(p)]

    def _note_pids(self):
        if self.proc is None:
            return
        for p in descendants(self.proc.pid):
            if p not in self.pids:
                self.pids.append(p)

    def _log_tail(self):
        try:
            self.stderr_file.flush()
            self.stderr_file.seek(0)
            return self.stderr_file.read().decode("utf-8", "replace")[-2000:].strip()
        except Exception:
            return ""

    def _read_version(self):
        try:
            cp = self.ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", self.ctx)
            node = cp.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                (prop("nodepath", "/org.openoffice.Setup/Product"),))
            name = node.getByName("ooName") or "LibreOffice"
            ver = node.getByName("ooSetupVersionAboutBox") or (
                (node.getByName("ooSetupVersion") or "") + (node.getByName("ooSetupExtension") or ""))
            return ("%s %s" % (name, ver)).strip()
        except Exception:
            return None

    def alive(self):
        try:
            self.desktop.getComponents()
            return True
        except Exception:
            return False

    def load_copy(self, path):
        """Load a private copy of `path` (hidden, macros off)."""
        ext = os.path.splitext(path)[1]
        copy = os.path.join(self.workdir, "doc_%s%s" % (uuid.uuid4().hex[:8], ext))
        shutil.copyfile(path, copy)
        args = (prop("Hidden", True), prop("MacroExecutionMode", 0),
                prop("UpdateDocMode", 0), prop("ReadOnly", False))
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), "_blank", 0, args)
        if doc is None:
            raise RuntimeError("LibreOffice could not load %s" % path)
        return doc, copy

    def stop(self):
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:
                pass
            self.desktop = None
        if self.proc is not None and self.proc.poll() is None:
            self._note_pids()
        if self.proc is not None:
            try:
                self.proc.wait(SHUTDOWN_WAIT_S)
            except subprocess.TimeoutExpired:
                pass
        pids = []
        if self.proc is not None:
            pids.append(self.proc.pid)
        pids += [p for p in self.pids if p not in pids]
        for sig in (signal.SIGTERM, signal.SIGKILL):
            remaining = [p for p in pids if _alive(p)]
            if not remaining:
                break
            for p in remaining:
                try:
                    os.kill(p, sig)
                except OSError:
                    pass
            t_end = time.time() + 3
            while time.time() < t_end and any(_alive(p) for p in remaining):
                time.sleep(0.1)
        if self.proc is not None:
            try:
                self.proc.wait(1)
            except subprocess.TimeoutExpired:
                pass
        if self.stderr_file is not None:
            try:
                self.stderr_file.close()
            except Exception:
                pass
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


# -------------------------------------------------------------- cell reads

def range_positions(sheet_ranges):
    """Set of (col, row) covered by an XSheetCellRanges."""
    return set(cells_of(sheet_ranges.getRangeAddresses()))


def read_range(sheet, ref, out):
    c1, r1, c2, r2 = parse_range(ref)
    rng = sheet.getCellRangeByPosition(c1, r1, c2, r2)
    data = rng.getDataArray()
    formulas = rng.getFormulaArray()
    formula_cells = range_positions(rng.queryContentCells(CF_FORMULA))
    error_cells = range_positions(rng.queryFormulaCells(FR_ERROR))
    for i, row in enumerate(data):
        r = r1 + i
        for j, v in enumerate(row):
            c = c1 + j
            key = a1(c, r)
            if (c, r) in error_cells:
                cell = {"t": "err", "v": error_name(sheet.getCellByPosition(c, r).getError())}
            elif isinstance(v, float):
                cell = {"t": "n", "v": v}
            elif v is None:
                # getDataArray yields None only for error results; be safe.
                code = sheet.getCellByPosition(c, r).getError()
                cell = {"t": "err", "v": error_name(code)} if code else {"t": "e"}
            elif v == "" and (c, r) not in formula_cells:
                cell = {"t": "e"}
            else:
                cell = {"t": "s", "v": v}
            if (c, r) in formula_cells:
                cell["f"] = formulas[i][j]
            out[key] = cell


def apply_input(sheet, inp):
    c, r = parse_cell(inp["cell"])
    cell = sheet.getCellByPosition(c, r)
    if inp.get("clear"):
        cell.clearContents(CF_VALUE | CF_DATETIME | CF_STRING | CF_FORMULA)
    elif "number" in inp:
        cell.setValue(float(inp["number"]))
    elif "text" in inp:
        cell.setString(str(inp["text"]))
    elif "formula" in inp:
        cell.setFormula(str(inp["formula"]))
    else:
        raise ValueError("input for %s has none of number/text/clear/formula" % inp["cell"])


# ------------------------------------------------------ conditional formats

def qualify_tokens(tokens, data_tab):
    """Make every sheet-local reference an explicit reference to `data_tab`.

    Column/row offsets are left alone, so the tokens placed in a probe cell
    at the same address as a data cell refer to the same data cells as the
    condition would for that data cell."""
    out = []
    for t in tokens:
        d = t.Data
        changed = False
        refs = []
        if hasattr(d, "Reference1") and hasattr(d, "Reference2"):
            refs = [d.Reference1, d.Reference2]
        elif hasattr(d, "RelativeSheet") and hasattr(d, "Flags"):
            refs = [d]
        for ref in refs:
            if ref.Flags & RF_SHEET_RELATIVE:
                ref.Sheet = data_tab + ref.RelativeSheet
                ref.RelativeSheet = 0
                ref.Flags = ref.Flags & ~RF_SHEET_RELATIVE
            ref.Flags = ref.Flags | RF_SHEET_3D
            changed = True
        if changed:
            if len(refs) == 2:
                d.Reference1, d.Reference2 = refs
            out.append(FormulaToken(t.OpCode, d))
        else:
            out.append(t)
    return tuple(out)


def condition_formula(op, f1, f2, cell):
    """Native-grammar formula that is TRUE where the condition holds.

    `cell` is the relative A1 address of the entry's source position, so
    the formula is meant to be parsed at that position.  Cell-value
    comparisons follow LibreOffice's rules for mixed types: a text cell
    against a number condition (or the reverse) only satisfies "not equal",
    and an error cell satisfies nothing.  Returns (kind, formula), or
    (kind, None) when the condition is not evaluated here."""
    if op == 24:
        return "expression", f1
    if op in COMPARE_OPS:
        return "cellIs", (
            "IF(ISERROR({c});FALSE();IF(ISTEXT({c})<>ISTEXT(({a}));{ne};{c}{op}({a})))"
            .format(c=cell, a=f1, op=COMPARE_OPS[op], ne="TRUE()" if op == 5 else "FALSE()"))
    if op in (6, 7):
        between = ("OR(AND({c}>=({a});{c}<=({b}));AND({c}>=({b});{c}<=({a})))"
                   .format(c=cell, a=f1, b=f2))
        if op == 7:
            between = "NOT(%s)" % between
        return "cellIs", (
            "IF(ISERROR({c});FALSE();IF(OR(ISTEXT({c})<>ISTEXT(({a}));ISTEXT({c})<>ISTEXT(({b})));"
            "FALSE();{x}))".format(c=cell, a=f1, b=f2, x=between))
    if op in (22, 23):
        contains = ("OR(LEN({t})=0;ISNUMBER(FIND(LOWER({t});LOWER({c}))))"
                    .format(c=cell, t=f1))
        return "text", contains if op == 22 else "NOT(%s)" % contains
    if op == 20:
        return "text", "LOWER(LEFT({c};LEN({t})))=LOWER({t})".format(c=cell, t=f1)
    if op == 21:
        return "text", "LOWER(RIGHT({c};LEN({t})))=LOWER({t})".format(c=cell, t=f1)
    if op == 18:
        return "error", "ISERROR(%s)" % cell
    if op == 19:
        return "error", "NOT(ISERROR(%s))" % cell
    return None, None


def top_left(ranges):
    """LibreOffice's ScRangeList::GetTopLeftCorner: smallest start by
    (column, row) - the position condition formulas of imported files are
    relative to."""
    best = min(ranges, key=lambda ra: (ra.StartColumn, ra.StartRow))
    return best.StartColumn, best.StartRow


def legacy_source_positions(sheet, col, row):
    """Style names and source positions from the older per-cell API (the
    first conditional format of that cell)."""
    try:
        entries = sheet.getCellByPosition(col, row).ConditionalFormat
        out = []
        for k in range(entries.getCount()):
            e = entries.getByIndex(k)
            sp = e.getSourcePosition()
            out.append((e.getStyleName(), sp.Column, sp.Row))
        return out
    except Exception:
        return []


def collect_flags(doc, sheet, data_tab, errors):
    parser = doc.createInstance("com.sun.star.sheet.FormulaParser")
    parser.CompileEnglish = False  # Formula1 is printed in the native grammar
    rules = []
    cfs = sheet.ConditionalFormats.getConditionalFormats()
    for cf in cfs:
        try:
            ranges = list(cf.Range.getRangeAddresses())
        except Exception as e:
            errors.append("conditional format %s: cannot read range: %s" % (getattr(cf, "ID", "?"), e))
            continue
        if not ranges:
            continue
        range_str = " ".join(range_a1(ra) for ra in ranges)
        src_c, src_r = top_left(ranges)
        entries = [cf.getByIndex(i) for i in range(cf.getCount())]
        # With several ranges, double-check the source position against the
        # older per-cell API (it reports it, but only for the first format
        # of a cell).
        legacy = legacy_source_positions(sheet, src_c, src_r) if len(ranges) > 1 else []
        cond_styles = []
        for e in entries:
            try:
                if e.getType() == 0:
                    cond_styles.append(e.StyleName)
            except Exception:
                pass
        use_legacy = bool(legacy) and [x[0] for x in legacy] == cond_styles
        cond_no = 0
        for i, e in enumerate(entries):
            etype = e.getType()
            rule = {"id": cf.ID, "range": range_str, "index": i,
                    "type": ENTRY_TYPES.get(etype, str(etype)), "operator": None,
                    "formula": None, "formula2": None, "style": None,
                    "src": a1(src_c, src_r), "kind": None, "cells": None}
            try:
                rule["style"] = e.StyleName
            except Exception:
                pass
            rules.append(rule)
            if etype != 0:
                continue
            sc, sr = src_c, src_r
            if use_legacy:
                sc, sr = legacy[cond_no][1], legacy[cond_no][2]
                rule["src"] = a1(sc, sr)
            cond_no += 1
            try:
                op = e.Operator
                f1 = e.Formula1
                f2 = e.Formula2
                rule["operator"] = OPERATORS.get(op, str(op))
                rule["formula"] = f1
                if op in (6, 7):
                    rule["formula2"] = f2
                kind, text = condition_formula(op, f1, f2, a1(sc, sr))
                rule["kind"] = kind
                if text is None:
                    continue
                tokens = parser.parseFormula(text, CellAddress(data_tab, sc, sr))
                rule["_tokens"] = qualify_tokens(tokens, data_tab)
                rule["_ranges"] = ranges
            except Exception as ex:
                errors.append("conditional format %s entry %d: %s" % (range_str, i, ex))
    return rules


def evaluate_flags(doc, rules, errors):
    """Evaluate prepared rules on scratch sheets appended to the document.

    Every rule gets its own cells at exactly the addresses of its range, so
    positional functions (ROW(), implicit intersection) behave as they do
    for the real cells; rules with disjoint ranges share a scratch sheet.
    The condition's tokens are put into the top-left cell of each range and
    filled right and down, which shifts relative references exactly as
    conditional formatting does."""
    todo = [r for r in rules if "_tokens" in r]
    if not todo:
        return
    sheets = doc.Sheets
    layers = []  # dicts: sheet, occupied cells, bounding box, rules
    for rule in todo:
        cells = set(cells_of(rule["_ranges"]))
        layer = next((lay for lay in layers if not (lay["used"] & cells)), None)
        if layer is None:
            name = "__lo_eval_probe_%d" % len(layers)
            while sheets.hasByName(name):
                name += "_"
            sheets.insertNewByName(name, sheets.getCount())
            layer = {"sheet": sheets.getByName(name), "used": set(), "box": None, "rules": []}
            layers.append(layer)
        probe = layer["sheet"]
        try:
            for ra in rule["_ranges"]:
                c1, r1, c2, r2 = ra.StartColumn, ra.StartRow, ra.EndColumn, ra.EndRow
                probe.getCellByPosition(c1, r1).setTokens(rule["_tokens"])
                if c2 > c1:
                    probe.getCellRangeByPosition(c1, r1, c2, r1).fillAuto(FILL_TO_RIGHT, 1)
                if r2 > r1:
                    probe.getCellRangeByPosition(c1, r1, c2, r2).fillAuto(FILL_TO_BOTTOM, 1)
                box = layer["box"]
                layer["box"] = (c1, r1, c2, r2) if box is None else (
                    min(box[0], c1), min(box[1], r1), max(box[2], c2), max(box[3], r2))
        except Exception as ex:
            errors.append("conditional format %s entry %d: probe failed: %s"
                          % (rule["range"], rule["index"], ex))
            continue
        layer["used"].update(cells)
        layer["rules"].append(rule)
    doc.calculateAll()
    for layer in layers:
        if not layer["rules"]:
            continue
        bc1, br1, bc2, br2 = layer["box"]
        try:
            data = layer["sheet"].getCellRangeByPosition(bc1, br1, bc2, br2).getDataArray()
        except Exception as ex:
            errors.append("reading probe sheet failed: %s" % ex)
            continue
        for rule in layer["rules"]:
            result = {}
            for c, r in cells_of(rule["_ranges"]):
                v = data[r - br1][c - bc1]
                # Only a non-zero number (TRUE is 1) counts; errors (None)
                # and texts do not.
                result[a1(c, r)] = isinstance(v, float) and not math.isnan(v) and v != 0.0
            rule["cells"] = result


# ------------------------------------------------------------------- files

def process_file(office, spec):
    t0 = time.time()
    path = spec.get("path")
    res = {"path": path, "sheet": spec.get("sheet"), "cells": {}, "flags": [], "errors": []}
    errors = res["errors"]
    doc = None
    copy = None
    try:
        doc, copy = office.load_copy(path)
        # Recalculate only on request: makes typing inputs and building the
        # probe sheets much faster.
        doc.enableAutomaticCalculation(False)
        sheets = doc.Sheets
        name = spec.get("sheet")
        if name is None:
            sheet = sheets.getByIndex(0)
            name = sheet.Name
            res["sheet"] = name
        elif not sheets.hasByName(name):
            raise RuntimeError("sheet %r not found (have: %s)"
                               % (name, ", ".join(sheets.getElementNames())))
        sheet = sheets.getByName(name)
        data_tab = list(sheets.getElementNames()).index(name)
        # Protection without a password would block inputs / scratch sheets.
        for what, obj in (("sheet", sheet), ("workbook", doc)):
            try:
                if obj.isProtected():
                    obj.unprotect("")
            except Exception as ex:
                errors.append("%s is protected: %s" % (what, ex))
        for inp in spec.get("inputs") or []:
            try:
                apply_input(sheet, inp)
            except Exception as ex:
                errors.append("input %s: %s" % (json.dumps(inp, ensure_ascii=False), ex))
        doc.calculateAll()
        for ref in spec.get("read") or []:
            try:
                read_range(sheet, ref, res["cells"])
            except Exception as ex:
                errors.append("read %s: %s" % (ref, ex))
        # Other sheets of the same document, read after the same recalculation:
        # "readSheets": {"name": ["A1:H20"]} -> res["sheetCells"]["name"]["A1"] …
        for other, refs in (spec.get("readSheets") or {}).items():
            cells = res.setdefault("sheetCells", {}).setdefault(other, {})
            for ref in refs:
                try:
                    read_range(sheets.getByName(other), ref, cells)
                except Exception as ex:
                    errors.append("read %s!%s: %s" % (other, ref, ex))
        # Other sheets' ranges (e.g. a summary over the data sheet), read after the same recalculation.
        for other in spec.get("alsoRead") or []:
            cells = res.setdefault("also", {}).setdefault(other["sheet"], {})
            try:
                for ref in other["read"]:
                    read_range(sheets.getByName(other["sheet"]), ref, cells)
            except Exception as ex:
                errors.append("read %s: %s" % (other["sheet"], ex))
        if spec.get("flags"):
            rules = collect_flags(doc, sheet, data_tab, errors)
            evaluate_flags(doc, rules, errors)
            for r in rules:
                r.pop("_tokens", None)
                r.pop("_ranges", None)
            res["flags"] = rules
    except Exception as ex:
        errors.append("%s: %s" % (type(ex).__name__, ex))
    finally:
        if doc is not None:
            try:
                doc.close(True)
            except Exception:
                try:
                    doc.dispose()
                except Exception:
                    pass
        if copy:
            try:
                os.remove(copy)
            except OSError:
                pass
    res["ms"] = int((time.time() - t0) * 1000)
    return res


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: lo_eval.py JOB.json OUT.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        job = json.load(f)

    def on_term(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    office = Office()
    out = {"soffice": None, "files": []}
    try:
        try:
            office.start()
        except Exception as ex:
            sys.stderr.write("lo_eval: cannot start LibreOffice: %s\n" % ex)
            return 3
        out["soffice"] = office.version
        for spec in job.get("files") or []:
            if not office.alive():
                # LibreOffice died (e.g. crashed on the previous file): restart.
                office.stop()
                office = Office()
                try:
                    office.start()
                except Exception as ex:
                    sys.stderr.write("lo_eval: cannot restart LibreOffice: %s\n" % ex)
                    return 3
            out["files"].append(process_file(office, spec))
    finally:
        office.stop()
    tmp = argv[2] + ".tmp%d" % os.getpid()
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(out, ensure_ascii=False))
    os.replace(tmp, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
