// The FerretDB build patch on upstream-shaped text: the decode sites it rewrites, the ones it
// leaves, and an edit that no longer applies stops the build.
import { applyEdits, patchSjsonFile } from './ferretdb-patch';

const site = (decl: string, strict = false) =>
  [
    'func (x *t) UnmarshalJSON(data []byte) error {',
    '\tr := bytes.NewReader(data)',
    '\tdec := json.NewDecoder(r)',
    ...(strict ? ['\tdec.DisallowUnknownFields()'] : []),
    '',
    `\tvar o ${decl}`,
    '\tif err := dec.Decode(&o); err != nil {',
    '\t\treturn lazyerrors.Error(err)',
    '\t}',
    '',
    '\tif err := checkConsumed(dec, r); err != nil {',
    '\t\treturn lazyerrors.Error(err)',
    '\t}',
    '',
    '\t*x = t(o)',
    '}',
  ].join('\n');

describe('patchSjsonFile', () => {
  it('decodes a simple value with one call, strict or not', () => {
    for (const strict of [false, true]) {
      const { text, sites } = patchSjsonFile(site('int64', strict));
      expect(sites).toBe(1);
      expect(text).toContain('\tvar o int64\n\tif err := decodeExact(data, &o); err != nil {');
      expect(text).not.toContain('NewDecoder');
      expect(text).toContain('\t*x = t(o)');
    }
  });

  it('leaves a struct or byte-slice target as upstream wrote it', () => {
    for (const decl of ['schema', '[]byte', 'uint64']) {
      const { text, sites } = patchSjsonFile(site(decl, true));
      expect(sites).toBe(0);
      expect(text).toBe(site(decl, true));
    }
  });
});

describe('applyEdits', () => {
  it('turns the leak tracker off outside debug builds', () => {
    const upstream = [
      'func Track(obj any, token *Token) {\n\tcheckArgs(obj, token)\n\n\tname := profileName(obj)\n}',
      'func Untrack(obj any, token *Token) {\n\tcheckArgs(obj, token)\n\n\tp := pprof.Lookup("x")\n}',
    ].join('\n');
    const text = applyEdits('internal/util/resource/resource.go', upstream);
    expect(text.match(/if !debugbuild\.Enabled \{\n\t\treturn\n\t\}/g)).toHaveLength(2);
  });

  it('stops when the upstream text changed', () => {
    expect(() => applyEdits('internal/util/resource/resource.go', 'func Track() {}')).toThrow(
      /changed/,
    );
  });
});
