// Build-time patches of FerretDB 1.24 (applied to a copy of the pinned module, see ferretdb.ts).
// Profiling the scale benchmark showed most of FerretDB's CPU time going to two things:
// - `sjson` (how it turns PostgreSQL's jsonb back into documents) decodes every scalar of every
//   document with a fresh json.Decoder, then checks the reader is consumed, and decodes each
//   document's schema again. The patch decodes a value with one json.Unmarshal call (which also
//   refuses trailing data), cuts a plain string (no escapes, valid UTF-8) out of its quotes, and
//   keeps decoded schemas (read-only once built) in a small cache keyed by their text. Struct
//   targets that upstream decodes with DisallowUnknownFields keep upstream's code.
// - `resource.Track`, a leak detector, records a stack trace for every cursor and iterator and
//   panics the process when one is collected untracked. Patched to run in debug builds only.
// FerretDB 1.x is no longer developed: the version is pinned and every edit checks it applied.
import { createHash } from 'node:crypto';

/** The Go types the patched sites decode into; anything else keeps upstream's code. */
const simpleTypes = new Set([
  'string',
  'int32',
  'int64',
  'float64',
  'bool',
  'map[string]json.RawMessage',
  '[]json.RawMessage',
]);

const site = new RegExp(
  [
    String.raw`\tr := bytes\.NewReader\(data\)\n`,
    String.raw`\tdec := json\.NewDecoder\(r\)\n`,
    String.raw`(?:\tdec\.DisallowUnknownFields\(\)\n)?`,
    String.raw`\n\tvar (\w+) ([\w.\[\]]+)\n`,
    String.raw`\tif err := dec\.Decode\(&\1\); err != nil \{\n`,
    String.raw`\t\treturn lazyerrors\.Error\(err\)\n`,
    String.raw`\t\}\n\n`,
    String.raw`\tif err := checkConsumed\(dec, r\); err != nil \{\n`,
    String.raw`\t\treturn lazyerrors\.Error\(err\)\n`,
    String.raw`\t\}\n`,
  ].join(''),
  'g',
);

/** The patched text of one sjson source file and how many decode sites it changed. */
export function patchSjsonFile(text: string): { text: string; sites: number } {
  let sites = 0;
  const patched = text.replace(site, (whole, name: string, type: string) => {
    if (!simpleTypes.has(type)) return whole;
    sites++;
    return (
      `\tvar ${name} ${type}\n` +
      `\tif err := decodeExact(data, &${name}); err != nil {\n` +
      `\t\treturn lazyerrors.Error(err)\n` +
      `\t}\n`
    );
  });
  return { text: patched, sites };
}

/** The helper the patched files call, added to the package as a file of its own. */
export const decodeExactSource = `// Added by the carecentre build (server/src/platform/database/ferretdb-patch.ts).
package sjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"sync"
	"unicode/utf8"
)

// decodeExact decodes one JSON value that must fill data entirely, as upstream's Decoder and
// checkConsumed did, without a Decoder per value. A plain string is cut out of its quotes.
func decodeExact(data []byte, v any) error {
	if s, ok := v.(*string); ok && plainString(data) {
		*s = string(data[1 : len(data)-1])
		return nil
	}
	return json.Unmarshal(data, v)
}

// plainString reports whether data is a JSON string with no escapes and valid UTF-8 inside.
func plainString(data []byte) bool {
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return false
	}
	inner := data[1 : len(data)-1]
	for _, c := range inner {
		if c == '\\\\' || c == '"' || c < 0x20 {
			return false
		}
	}
	return utf8.Valid(inner)
}

// Decoded schemas by their text: documents of one collection share a few shapes. A schema is
// only read once built. The cache starts again when it holds too many.
var (
	schemasM sync.Mutex
	schemas  = map[string]*schema{}
)

func cachedSchema(data []byte) (*schema, error) {
	schemasM.Lock()
	sch, ok := schemas[string(data)]
	schemasM.Unlock()
	if ok {
		return sch, nil
	}
	sch = new(schema)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(sch); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errTrailing
	}
	schemasM.Lock()
	if len(schemas) >= 4096 {
		schemas = map[string]*schema{}
	}
	schemas[string(data)] = sch
	schemasM.Unlock()
	return sch, nil
}

var errTrailing = errors.New("sjson: data after the schema")
`;

/** Decode sites the pinned FerretDB 1.24.2 has; a different count means the sources changed. */
export const expectedSites = 10;

/** Exact edits of one file, each of which must apply once. */
type Edit = { file: string; find: string; replace: string };

const untracked = (fn: 'Track' | 'Untrack') => ({
  file: 'internal/util/resource/resource.go',
  find: `func ${fn}(obj any, token *Token) {\n\tcheckArgs(obj, token)\n`,
  replace:
    `func ${fn}(obj any, token *Token) {\n\tcheckArgs(obj, token)\n` +
    `\tif !debugbuild.Enabled {\n\t\treturn\n\t}\n`,
});

export const edits: Edit[] = [
  untracked('Track'),
  untracked('Untrack'),
  {
    file: 'internal/handler/sjson/sjson.go',
    find: [
      '\tvar v map[string]json.RawMessage',
      '\tr := bytes.NewReader(data)',
      '\tdec := json.NewDecoder(r)',
      '',
      '\terr := dec.Decode(&v)',
      '\tif err != nil {',
      '\t\treturn nil, lazyerrors.Error(err)',
      '\t}',
      '',
      '\tif err = checkConsumed(dec, r); err != nil {',
      '\t\treturn nil, lazyerrors.Error(err)',
      '\t}',
      '',
    ].join('\n'),
    replace: [
      '\tvar v map[string]json.RawMessage',
      '\tif err := decodeExact(data, &v); err != nil {',
      '\t\treturn nil, lazyerrors.Error(err)',
      '\t}',
      '',
    ].join('\n'),
  },
  {
    file: 'internal/handler/sjson/sjson.go',
    find: [
      '\tvar sch schema',
      '\tr = bytes.NewReader(jsch)',
      '\tdec = json.NewDecoder(r)',
      '\tdec.DisallowUnknownFields()',
      '',
      '\tif err := dec.Decode(&sch); err != nil {',
      '\t\treturn nil, lazyerrors.Error(err)',
      '\t}',
      '',
      '\tif err := checkConsumed(dec, r); err != nil {',
      '\t\treturn nil, lazyerrors.Error(err)',
      '\t}',
      '',
    ].join('\n'),
    replace: [
      '\tsch, err := cachedSchema(jsch)',
      '\tif err != nil {',
      '\t\treturn nil, lazyerrors.Error(err)',
      '\t}',
      '',
    ].join('\n'),
  },
];

/** Applies the exact edits to a file's text; throws when one does not apply exactly once. */
export function applyEdits(file: string, text: string): string {
  for (const edit of edits.filter((e) => e.file === file)) {
    const parts = text.split(edit.find);
    if (parts.length !== 2)
      throw new Error(`FerretDB patch: ${file} changed (edit not found once)`);
    text = parts.join(edit.replace);
  }
  return text;
}

/** Part of the binary's name: a changed patch builds a new binary. */
export const patchFingerprint = createHash('sha256')
  .update(site.source)
  .update([...simpleTypes].join())
  .update(decodeExactSource)
  .update(JSON.stringify(edits))
  .digest('hex')
  .slice(0, 8);
