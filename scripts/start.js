// `npm start`: serves the add-in on port 3000 (https with office-addin-dev-certs, http where the
// certificates cannot be installed), then says where the preview is and how to sideload into Excel.
const { spawn } = require("child_process");
const path = require("path");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

async function certificatesUsable() {
  if (process.env.EDUPLAN_HTTP === "1") return false;
  try {
    const devCerts = require("office-addin-dev-certs");
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 30000));
    await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    return true;
  } catch (error) {
    console.warn(`开发证书不可用，改用 http / Dev certificates unavailable (${error.message}): serving over http.`);
    return false;
  }
}

async function main() {
  const https = await certificatesUsable();
  const origin = `${https ? "https" : "http"}://localhost:${port}`;
  const webpack = path.join(__dirname, "..", "node_modules", "webpack", "bin", "webpack.js");
  const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, EDUPLAN_HTTP: https ? "0" : "1" },
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled/i.test(chunk.toString())) {
      announced = true;
      console.log(`
EduPlan 已启动 / EduPlan is running
  预览（无需 Excel）/ Preview without Excel:  ${origin}/taskpane.html
  在 Excel 中加载 / Sideload into Excel:
    - Excel 网页版 / Excel on the web: 开始 > 加载项 > 更多设置 > 上传我的加载项，选择 manifest.xml
      (Home > Add-ins > More Settings > Upload My Add-in, choose manifest.xml)
    - Windows 桌面版 / Excel on Windows: 把 manifest.xml 放进共享文件夹并设为受信任的加载项目录
      (share a folder holding manifest.xml and add it as a Trusted Add-in Catalog), or run
      "npx office-addin-debugging start manifest.xml desktop" on Windows.
${https ? "" : "  注意 / Note: http only; Excel needs https to sideload (install the dev certificates).\n"}  停止 / Stop: Ctrl+C`);
    }
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main();
