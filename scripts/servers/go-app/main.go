// Minimal Go net/http app for the conformance runs (scripts/lib/servers.sh: start_go).
// Every request's body is read to the end (net/http frames it: Content-Length or chunked)
// before the answer, whatever the method:
//
//	GET, HEAD      200 with the fixed body "hello\n" (HEAD: header section only, by net/http)
//	POST, PUT      200 with "ok\n"
//	OPTIONS        204 with Allow
//	DELETE         200 with "deleted\n"
//	anything else  405 with Allow
//
// Parsing and error answers (400, 431, 501 for unknown transfer codings) are net/http's own.
// Standard library only; built offline: GOFLAGS=-mod=mod GOPROXY=off go build.
// Usage: go-app PORT
package main

import (
	"io"
	"net/http"
	"os"
)

const allow = "GET, HEAD, POST, PUT, OPTIONS, DELETE"

func handle(w http.ResponseWriter, r *http.Request) {
	if _, err := io.Copy(io.Discard, r.Body); err != nil {
		// net/http has already judged the framing; a body that cannot be read ends the exchange.
		http.Error(w, "bad body\n", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		io.WriteString(w, "hello\n")
	case http.MethodPost, http.MethodPut:
		io.WriteString(w, "ok\n")
	case http.MethodOptions:
		w.Header().Set("Allow", allow)
		w.WriteHeader(http.StatusNoContent)
	case http.MethodDelete:
		io.WriteString(w, "deleted\n")
	default:
		w.Header().Set("Allow", allow)
		http.Error(w, "method not allowed\n", http.StatusMethodNotAllowed)
	}
}

func main() {
	server := &http.Server{Addr: "127.0.0.1:" + os.Args[1], Handler: http.HandlerFunc(handle)}
	if err := server.ListenAndServe(); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(1)
	}
}
