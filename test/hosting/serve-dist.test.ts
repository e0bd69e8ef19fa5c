// npm run serve:dist: the headers Excel needs (CORS on functions.json above all), paths, and the samples for IT.
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
const { serveDist } = require("../../scripts/serve-dist");

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  origin: string,
  pathname: string,
  method = "GET",
  headers: Record<string, string> = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${pathname}`, { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serve:dist", () => {
  let root: string;
  let server: http.Server;
  let origin: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "eduplan-dist-"));
    fs.writeFileSync(path.join(root, "functions.json"), JSON.stringify({ functions: [{ id: "GAP", name: "GAP" }] }));
    fs.writeFileSync(
      path.join(root, "functions.zh-CN.json"),
      JSON.stringify({ functions: [{ id: "GAP", description: "差距" }] })
    );
    fs.writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>EduPlan</title>");
    fs.writeFileSync(path.join(os.tmpdir(), "eduplan-outside.txt"), "secret");
    const started = await serveDist({ root, port: 0, host: "127.0.0.1", tls: null });
    server = started.server;
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), "eduplan-outside.txt"), { force: true });
  });

  test.each(["/functions.json", "/functions.zh-CN.json"])(
    "%s carries the CORS header Excel on the web needs, as UTF-8 JSON",
    async (file) => {
      const reply = await request(origin, file, "GET", { Origin: "https://excel.officeapps.live.com" });
      expect(reply.status).toBe(200);
      expect(reply.headers["access-control-allow-origin"]).toBe("*");
      expect(reply.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(reply.headers["cache-control"]).toBe("no-cache");
      expect(JSON.parse(reply.body).functions[0].id).toBe("GAP");
    }
  );

  test("keeps Chinese text intact", async () => {
    expect(JSON.parse((await request(origin, "/functions.zh-CN.json")).body).functions[0].description).toBe("差距");
  });

  test("answers a CORS preflight", async () => {
    const reply = await request(origin, "/functions.json", "OPTIONS", {
      Origin: "https://excel.officeapps.live.com",
      "Access-Control-Request-Method": "GET",
    });
    expect(reply.status).toBe(204);
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
    expect(reply.headers["access-control-allow-methods"]).toContain("GET");
  });

  test("a revalidation with the ETag gets 304", async () => {
    const first = await request(origin, "/functions.json");
    const again = await request(origin, "/functions.json", "GET", { "If-None-Match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers["access-control-allow-origin"]).toBe("*");
  });

  test("/ is the task pane page; missing files and paths outside dist/ are 404", async () => {
    const home = await request(origin, "/");
    expect(home.status).toBe(200);
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect((await request(origin, "/nothing.js")).status).toBe(404);
    expect((await request(origin, "/..%2feduplan-outside.txt")).status).toBe(404);
    expect((await request(origin, "/%E0%A4%A")).status).toBe(404);
    expect((await request(origin, "/functions.json", "POST")).status).toBe(405);
  });
});

describe("hosting samples for IT", () => {
  const docs = path.resolve(__dirname, "../../docs/hosting");
  test("nginx and IIS samples send the CORS header and serve JSON as UTF-8", () => {
    const nginx = fs.readFileSync(path.join(docs, "nginx.conf"), "utf8");
    expect(nginx).toMatch(/add_header\s+Access-Control-Allow-Origin\s+"\*"\s+always;/);
    expect(nginx).toMatch(/application\/json/);
    const iis = fs.readFileSync(path.join(docs, "web.config"), "utf8");
    expect(iis).toMatch(/<add name="Access-Control-Allow-Origin" value="\*" \/>/);
    expect(iis).toMatch(/fileExtension="\.json" mimeType="application\/json; charset=utf-8"/);
  });

  test("package.json has the serve:dist script", () => {
    const scripts = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).scripts;
    expect(scripts["serve:dist"]).toBe("node scripts/serve-dist.js");
  });
});

const hasOpenssl = (() => {
  try {
    require("child_process").execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(hasOpenssl ? test : test.skip)("with certificates present it serves https, with the same headers", async () => {
  const { certificates } = require("../../scripts/serve-dist");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eduplan-tls-"));
  const [key, cert] = [path.join(dir, "localhost.key"), path.join(dir, "localhost.crt")];
  require("child_process").execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
    ],
    { stdio: "ignore" }
  );
  fs.writeFileSync(path.join(dir, "functions.json"), "{}");
  expect(certificates({ EDUPLAN_HTTP: "1", EDUPLAN_TLS_CERT: cert, EDUPLAN_TLS_KEY: key })).toBeNull();
  expect(certificates({ EDUPLAN_TLS_CERT: path.join(dir, "none.crt"), EDUPLAN_TLS_KEY: key })).toBeNull();
  const tls = certificates({ EDUPLAN_TLS_CERT: cert, EDUPLAN_TLS_KEY: key });
  const { server: secure, origin: secureOrigin } = await serveDist({ root: dir, port: 0, host: "127.0.0.1", tls });
  try {
    expect(secureOrigin).toMatch(/^https:\/\/localhost:\d+$/);
    const port = (secure.address() as AddressInfo).port;
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      const req = require("https").request(
        { host: "127.0.0.1", port, path: "/functions.json", rejectUnauthorized: false },
        (res: http.IncomingMessage) => {
          res.resume();
          resolve(res.headers);
        }
      );
      req.on("error", reject);
      req.end();
    });
    expect(headers["access-control-allow-origin"]).toBe("*");
  } finally {
    await new Promise((resolve) => secure.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
