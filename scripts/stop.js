// `npm stop`: ends a dev server started by `npm start` on the add-in's port.
const { execSync } = require("child_process");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
try {
  execSync(`fuser -k ${port}/tcp`, { stdio: "ignore" });
  console.log(`stopped the server on port ${port}`);
} catch {
  console.log(`no server on port ${port}`);
}
