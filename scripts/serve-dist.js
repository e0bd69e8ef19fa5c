// `npm run serve:dist`: a small static server for the production build (dist/) that sends the headers
// Excel needs from any host of the add-in: CORS on every file (Excel on the web fetches functions.json
// cross-origin, office-js #3970), UTF-8 types, revalidated caching. Plain Node, no dependencies.
const fs = require("fs");
const http = require("http");
const https = require("https");
const os = require("os");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Headers every response carries, whatever the file. */
const COMMON_HEADERS = {
  // Excel on the web loads functions.json, functions.zh-CN.json and the functions script from
  // another origin; without this header every EDU function fails there (office-js #3970).
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "*",
  "X-Content-Type-Options": "nosniff",
};

/** The build's file names carry no content hash, so browsers must ask before reusing a copy. */
function cacheControl(file) {
  return /[\\/]office-js[\\/]/.test(file) ? "public, max-age=86400" : "no-cache";
}

/** The file a request path names inside root, or null (outside root, missing, a folder). */
function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // "/" is the task pane page, so the bare host name opens the preview.
  const relative = decoded === "/" ? "taskpane.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function handler(root) {
  return (request, response) => {
    if (request.method === "OPTIONS") {
      response.writeHead(204, { ...COMMON_HEADERS, "Access-Control-Max-Age": "86400" });
      response.end();
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...COMMON_HEADERS, Allow: "GET, HEAD, OPTIONS" });
      response.end();
      return;
    }
    const pathname = new URL(request.url, "http://localhost").pathname;
    const file = resolveFile(root, pathname);
    if (!file) {
      response.writeHead(404, { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
      response.end("404 找不到文件 / not found\n");
      return;
    }
    const stat = fs.statSync(file);
    const lastModified = stat.mtime.toUTCString();
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      ...COMMON_HEADERS,
      "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Cache-Control": cacheControl(file),
      "Last-Modified": lastModified,
      ETag: etag,
    };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, "Content-Length": stat.size });
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
  };
}

/** The dev certificates from office-addin-dev-certs where they exist, else none (plain http). */
function certificates(env = process.env) {
  if (env.EDUPLAN_HTTP === "1") return null;
  const directory = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = env.EDUPLAN_TLS_CERT || path.join(directory, "localhost.crt");
  const key = env.EDUPLAN_TLS_KEY || path.join(directory, "localhost.key");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

/** Starts serving root; resolves with the server and its origin once listening. */
function serveDist({ root = path.resolve(__dirname, "..", "dist"), port = 3000, host, tls = certificates() } = {}) {
  const resolvedRoot = path.resolve(root);
  const server = tls ? https.createServer(tls, handler(resolvedRoot)) : http.createServer(handler(resolvedRoot));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, origin: `${tls ? "https" : "http"}://localhost:${address.port}` });
    });
  });
}

module.exports = { serveDist, resolveFile, certificates, COMMON_HEADERS };

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "dist");
  if (!fs.existsSync(path.join(root, "functions.json"))) {
    console.error(
      "没有找到 dist/functions.json，请先运行 npm run build。 / dist/functions.json is missing: run npm run build first."
    );
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT="${process.env.PORT}" 不是有效端口 / is not a valid port.`);
    process.exit(1);
  }
  serveDist({ root, port }).then(
    ({ origin }) => {
      console.log(`EduPlan dist/ 已在 ${origin}/ 提供 / served at ${origin}/`);
      if (origin.startsWith("http:"))
        console.log("注意：仅 http，Excel 需要 https。 / Note: http only; Excel needs https.");
    },
    (error) => {
      console.error(`无法启动 / cannot start: ${error.message}`);
      process.exit(1);
    }
  );
}
