// Minimal Node.js `http` app for the conformance runs (scripts/lib/servers.sh: start_node).
// What it does: every request's body is read to the end before the answer, whatever the method.
//   GET, HEAD      200 with the fixed body "hello\n" (HEAD: header section only, by Node itself)
//   POST, PUT      200 with "ok\n" once the whole body has been read
//   OPTIONS        204 with Allow
//   DELETE         200 with "deleted\n"
//   anything else  405 with Allow (methods Node's parser rejects get Node's own 400)
// Framing, header parsing and error answers are Node's own: the app adds no checks of its own.
// Usage: node node-app.js PORT
"use strict";
const http = require("http");

const allow = "GET, HEAD, POST, PUT, OPTIONS, DELETE";
const port = Number(process.argv[2]);

function answer(res, status, body, headers) {
  res.writeHead(status, Object.assign({ "Content-Type": "text/plain" }, headers || {}));
  res.end(body);
}

http
  .createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      switch (req.method) {
        case "GET":
        case "HEAD":
          return answer(res, 200, "hello\n");
        case "POST":
        case "PUT":
          return answer(res, 200, "ok\n");
        case "OPTIONS":
          res.writeHead(204, { Allow: allow });
          return res.end();
        case "DELETE":
          return answer(res, 200, "deleted\n");
        default:
          return answer(res, 405, "method not allowed\n", { Allow: allow });
      }
    });
  })
  .listen(port, "127.0.0.1");
