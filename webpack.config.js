// Webpack build in the shape of Microsoft's yo office template: taskpane, commands and functions
// entries in one shared runtime, functions.json from JSDoc plus a zh-CN copy from the translation table.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");

const urlDev = "https://localhost:3000/";
// Where the production build is served from; a bureau sets its own intranet host here.
const urlProd = process.env.EDUPLAN_PROD_URL || "https://localhost:3000/";
// Office.js is served by the add-in's own host (intranets block Microsoft's CDN); a store
// submission builds with EDUPLAN_OFFICE_JS=cdn, which Microsoft's validation requires, and a tenant
// of Microsoft 365 operated by 21Vianet with EDUPLAN_OFFICE_JS=21vianet.
const officeJsUrl = require("./scripts/office-js-url.js").officeJsUrl();

const OTHER_HOSTS = ["access", "onenote", "outlook", "powerpoint", "word", "project", "visio", "excelios", "excelwebapp"];

async function getHttpsOptions() {
  if (process.env.EDUPLAN_HTTP === "1") return null;
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(`HTTPS certificates unavailable (${error.message}); serving over http.`);
    return null;
  }
}

/** Writes functions.zh-CN.json: the generated metadata with descriptions from the zh-CN table. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const tablePath = path.resolve(__dirname, "src/functions/descriptions.zh-CN.json");
          compilation.fileDependencies.add(tablePath);
          const { localizeMetadata } = require("./scripts/localize-functions.js");
          const metadata = JSON.parse(asset.source.source().toString());
          const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
          const localized = localizeMetadata(metadata, table);
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const httpsOptions = dev || options.env?.WEBPACK_SERVE ? await getHttpsOptions() : null;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // The task pane and the custom functions share one page (shared runtime), so code both use
      // (core, catalog, plan data) goes into one shared chunk instead of into each entry.
      splitChunks: {
        // The entries have their own runtimes; comparing used exports per runtime would keep a copy
        // of each core module in both the pane and the functions.
        usedExports: false,
        chunks: "all",
        cacheGroups: {
          // Every module the functions use that another chunk uses too. Counting the lazy chunks
          // (the template writer, the download) keeps modules they share out of both entries.
          shared: {
            name: "shared",
            chunks: "all",
            minChunks: 2,
            priority: 10,
            reuseExistingChunk: true,
            test: (module, { chunkGraph }) => [...chunkGraph.getModuleChunksIterable(module)].some((chunk) => chunk.name === "functions"),
          },
          defaultVendors: false,
          default: false,
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the functions and ribbon commands live in the task pane's page.
        chunks: ["functions", "commands", "taskpane"],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: {
              ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js", ...OTHER_HOSTS.map((host) => `**/${host}-*.js`)],
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: false,
    },
  };
};
