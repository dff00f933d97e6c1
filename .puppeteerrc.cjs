// Puppeteer must never try to download its own browser here: we use the system Chromium
// (Debian package `chromium`), located by src/node/chromium.ts.
module.exports = { skipDownload: true };
