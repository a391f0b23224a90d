// List filters kept in the address, so back, reload and a return after login show the same view.
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigation, useSearchParams } from 'react-router';
import type { z } from 'zod';

/** Reads the query string and changes some keys of it; any change but paging goes back to page 1. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}

/** A search box bound to one query key: typed freely, written to the address once typing pauses. */
export function useSearchBox(committed: string, commit: (value: string) => void) {
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const [settled] = useDebouncedValue(text.trim(), 350);

  // The address changed from elsewhere (a link, back): show what it says (adjusted while rendering).
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== text.trim()) setText(committed);
  }

  // A click that leaves the list (opening a record) must win over a search still being typed:
  // committing now would replace that pending navigation with the list's own address.
  const leaving = useNavigation().state !== 'idle';
  useEffect(() => {
    if (settled !== committed && !leaving) commit(settled);
    // Only a pause in typing writes; the committed value is read fresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return [text, setText] as const;
}

/**
 * Reads list filters from the address with the shared query schema, field by field: a value the
 * schema refuses (an old link, a hand-edited address) is dropped instead of failing the screen.
 */
export function readQuery<S extends z.ZodObject>(
  schema: S,
  params: URLSearchParams,
): Partial<z.output<S>> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.get(key);
    const parsed = (field as z.ZodType).safeParse(raw === null || raw === '' ? undefined : raw);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as Partial<z.output<S>>;
}
