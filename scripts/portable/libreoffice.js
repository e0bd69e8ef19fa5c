'use strict';
/*
 * Node wrapper around lo_eval.py (headless LibreOffice Calc evaluation).
 *
 * Usage:
 *   const { evaluateInLibreOffice } = require('./scripts/portable/libreoffice.js');
 *   const results = await evaluateInLibreOffice({
 *     files: [{ path: '/abs/file.xlsx', sheet: 'Sheet 1',
 *               inputs: [{ cell: 'P7', number: 0.88 }, { cell: 'Q7', text: '88.5' },
 *                        { cell: 'R7', clear: true }],
 *               read: ['A6:AE80'], flags: true }],
 *   });
 *   // results.soffice, results.files[i].cells / .flags / .errors
 *
 * Command line: node scripts/portable/libreoffice.js JOB.json [OUT.json]
 *
 * The Python interpreter must be one that can import the UNO bridge
 * (python3-uno); it defaults to the system python3 and can be overridden
 * with the LO_PYTHON environment variable or options.python.
 * See lo_eval.py for the JSON shapes.
 */

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SCRIPT = path.join(__dirname, 'lo_eval.py');
const DEFAULT_PYTHON = '/usr/bin/python3';
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

function runScript(python, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    // SIGTERM lets the script shut its LibreOffice down before exiting.
    const timer = timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 20000).unref();
    }, timeoutMs) : null;
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot run ${python} ${SCRIPT}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/**
 * Evaluate a job in a private headless LibreOffice.
 * @param {object} job  { files: [{ path, sheet, inputs, read, flags }] }
 * @param {object} [options]  { python, timeoutMs }
 * @returns {Promise<object>} parsed OUT.json of lo_eval.py
 */
async function evaluateInLibreOffice(job, options = {}) {
  const python = options.python || process.env.LO_PYTHON || DEFAULT_PYTHON;
  const timeoutMs = options.timeoutMs != null ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'lo-eval-job-'));
  const jobPath = path.join(dir, 'job.json');
  const outPath = path.join(dir, 'out.json');
  try {
    await fs.promises.writeFile(jobPath, JSON.stringify(job), 'utf8');
    const res = await runScript(python, [SCRIPT, jobPath, outPath], timeoutMs);
    if (res.timedOut) {
      throw new Error(`lo_eval.py timed out after ${timeoutMs} ms\n${res.stderr}`.trim());
    }
    if (res.code !== 0) {
      const how = res.signal ? `signal ${res.signal}` : `exit code ${res.code}`;
      throw new Error(`lo_eval.py failed (${how})\n${res.stderr}`.trim());
    }
    let text;
    try {
      text = await fs.promises.readFile(outPath, 'utf8');
    } catch (err) {
      throw new Error(`lo_eval.py wrote no result: ${err.message}\n${res.stderr}`.trim());
    }
    return JSON.parse(text);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

module.exports = { evaluateInLibreOffice };

if (require.main === module) {
  const [jobFile, outFile] = process.argv.slice(2);
  if (!jobFile) {
    console.error('usage: node scripts/portable/libreoffice.js JOB.json [OUT.json]');
    process.exit(2);
  }
  (async () => {
    const job = JSON.parse(await fs.promises.readFile(jobFile, 'utf8'));
    const t0 = Date.now();
    const result = await evaluateInLibreOffice(job);
    const text = JSON.stringify(result, null, 1);
    if (outFile) await fs.promises.writeFile(outFile, text, 'utf8');
    else process.stdout.write(text + '\n');
    console.error(`done in ${Date.now() - t0} ms (${result.soffice})`);
  })().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
