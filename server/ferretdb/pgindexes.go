package main

// FerretDB 1.24 on PostgreSQL pushes a top-level equality down as `_jsonb -> 'field' @> value`
// (for `_id` too), but the indexes it creates are btree indexes on `_jsonb -> 'field'`, which
// cannot answer `@>`: every query, even by `_id`, scans the whole table. This keeps a GIN
// (jsonb_path_ops) index beside every single-field part of every btree index FerretDB made, so
// the same pushed-down filters become index scans. PostgreSQL must plan each query with its
// parameters (plan_cache_mode=force_custom_plan, set by the launcher) for the expression to match.
//
// A sync runs at start and shortly after a command that can create a collection or an index (the
// first write into a collection not seen before, create, createIndexes). It holds the proxy's
// write lock: FerretDB's own DDL (create, drop) deadlocks with a concurrent CREATE INDEX.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	btreeField = regexp.MustCompile(`\(_jsonb -> '([^']+)'::text\)`)
	// Writes that create their collection when it does not exist yet.
	creatingWrites = map[string]bool{"insert": true, "update": true, "findAndModify": true}
	// Commands that always change tables or indexes.
	schemaCommands = map[string]bool{"create": true, "createIndexes": true, "renameCollection": true}
	dropCommands   = map[string]bool{"drop": true, "dropDatabase": true}
)

type indexSync struct {
	pool  *pgxpool.Pool
	dirty chan struct{}
	mu    sync.Mutex
	seen  map[string]bool // namespaces whose tables have been synced
}

func newIndexSync(ctx context.Context, url string) (*indexSync, error) {
	config, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	config.MaxConns = 2
	pool, err := pgxpool.NewWithConfig(ctx, config)
	if err != nil {
		return nil, err
	}
	return &indexSync{pool: pool, dirty: make(chan struct{}, 1), seen: map[string]bool{}}, nil
}

// touch asks for a sync soon when `command` on namespace `ns` may have made a table or an index;
// cheap and non-blocking.
func (s *indexSync) touch(command, ns string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	switch {
	case dropCommands[command]:
		s.seen = map[string]bool{}
		s.mu.Unlock()
		return
	case schemaCommands[command]:
	case creatingWrites[command] && !s.seen[ns]:
		s.seen[ns] = true
	default:
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	select {
	case s.dirty <- struct{}{}:
	default:
	}
}

func (s *indexSync) run(ctx context.Context) {
	defer s.pool.Close()
	s.syncLogged(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.dirty:
			// Let a burst of inserts finish creating its tables first.
			select {
			case <-ctx.Done():
				return
			case <-time.After(300 * time.Millisecond):
			}
			s.syncLogged(ctx)
		}
	}
}

func (s *indexSync) syncLogged(ctx context.Context) {
	writeLock.Lock()
	defer writeLock.Unlock()
	if err := s.sync(ctx); err != nil && ctx.Err() == nil {
		fmt.Fprintln(os.Stderr, "embeddedferretdb: index sync:", err)
	}
}

func ginName(schema, table, field string) string {
	sum := sha256.Sum256([]byte(schema + "\x00" + table + "\x00" + field))
	return "cc_gin_" + hex.EncodeToString(sum[:])[:24]
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func (s *indexSync) sync(ctx context.Context) error {
	rows, err := s.pool.Query(ctx, `
		SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes
		WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'public')
		  AND tablename NOT LIKE '\_ferretdb\_%'`)
	if err != nil {
		return err
	}
	existing := map[string]bool{}
	type want struct{ schema, table, field string }
	var wanted []want
	for rows.Next() {
		var schema, table, name, def string
		if err := rows.Scan(&schema, &table, &name, &def); err != nil {
			rows.Close()
			return err
		}
		existing[name] = true
		if !strings.Contains(def, " USING btree ") {
			continue
		}
		for _, m := range btreeField.FindAllStringSubmatch(def, -1) {
			wanted = append(wanted, want{schema, table, m[1]})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, w := range wanted {
		name := ginName(w.schema, w.table, w.field)
		if existing[name] {
			continue
		}
		sql := fmt.Sprintf(
			"CREATE INDEX IF NOT EXISTS %s ON %s.%s USING gin ((_jsonb -> '%s') jsonb_path_ops)",
			quoteIdent(name), quoteIdent(w.schema), quoteIdent(w.table), strings.ReplaceAll(w.field, "'", "''"),
		)
		if _, err := s.pool.Exec(ctx, sql); err != nil {
			// The table may have been dropped meanwhile; the next sync sees the truth.
			fmt.Fprintln(os.Stderr, "embeddedferretdb: index sync:", w.schema, w.table, w.field, err)
		}
		existing[name] = true
	}
	return nil
}
