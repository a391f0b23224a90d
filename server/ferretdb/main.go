// Command embeddedferretdb runs FerretDB 1.24 (PostgreSQL or SQLite backend) for the app and its
// tests, behind a small wire-protocol proxy that serialises every write command (see proxy.go).
// Both listen only on Unix sockets inside a private (0700) folder. It prints the MongoDB
// connection string on its first stdout line and exits when its parent closes stdin, so a
// crashed parent never leaves it running.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func fail(msg string, err error) {
	fmt.Fprintf(os.Stderr, "embeddedferretdb: %s: %v\n", msg, err)
	os.Exit(1)
}

func main() {
	handler := flag.String("handler", "sqlite", "backend: postgresql or sqlite")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL connection string (postgresql backend)")
	dataDir := flag.String("data", "", "folder for the SQLite database files (sqlite backend)")
	socketDir := flag.String("sockets", "", "private folder for the Unix sockets")
	flag.Parse()

	if addr := os.Getenv("EMBEDDED_FERRETDB_PPROF"); addr != "" {
		go func() { _ = http.ListenAndServe(addr, nil) }()
	}
	syscall.Umask(0o077)
	sockets, err := filepath.Abs(*socketDir)
	if err == nil {
		err = os.MkdirAll(sockets, 0o700)
	}
	if err == nil {
		err = os.Chmod(sockets, 0o700)
	}
	if err != nil {
		fail("socket folder", err)
	}
	inner := filepath.Join(sockets, "ferretdb.sock")
	outer := filepath.Join(sockets, "mongodb.sock")
	for _, s := range []string{inner, outer} {
		if err := os.Remove(s); err != nil && !os.IsNotExist(err) {
			fail("stale socket", err)
		}
	}

	config := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{Unix: inner},
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Handler:  *handler,
	}
	switch *handler {
	case "postgresql":
		config.PostgreSQLURL = *postgresURL
	case "sqlite":
		dir, err := filepath.Abs(*dataDir)
		if err == nil {
			err = os.MkdirAll(dir, 0o700)
		}
		if err != nil {
			fail("data folder", err)
		}
		config.SQLiteURL = "file:" + dir + "/"
	default:
		fail("handler", fmt.Errorf("unknown %q", *handler))
	}
	f, err := ferretdb.New(config)
	if err != nil {
		fail("start", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		stop()
	}()

	done := make(chan struct{})
	go func() {
		_ = f.Run(ctx)
		close(done)
	}()
	if err := waitForSocket(inner, 30*time.Second); err != nil {
		fail("FerretDB did not start", err)
	}

	ln, err := net.Listen("unix", outer)
	if err != nil {
		fail("listen", err)
	}
	go func() {
		<-ctx.Done()
		_ = ln.Close()
	}()
	var indexes *indexSync
	if *handler == "postgresql" {
		if indexes, err = newIndexSync(ctx, *postgresURL); err != nil {
			fail("index sync", err)
		}
		go indexes.run(ctx)
	}
	go serveProxy(ln, inner, indexes)

	fmt.Println("mongodb://" + url.PathEscape(outer) + "/")
	<-done
	_ = os.Remove(outer)
}

func waitForSocket(path string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.Dial("unix", path)
		if err == nil {
			return c.Close()
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}
