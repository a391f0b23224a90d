// Small helpers for component tests: what a field's error says (as assistive technology reads it),
// and picking an option of a select.
import { waitFor, within } from '@testing-library/react';

/** The text of the elements that describe a field (its hint and its error message). */
export function descriptionOf(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
    .join(' ')
    .trim();
}

/** Picks an option of a Mantine select: opens it, then clicks the option in its own list. */
export async function chooseOption(
  user: { click: (element: Element) => Promise<void> },
  select: HTMLElement,
  name: string,
): Promise<void> {
  await user.click(select);
  const list = await waitFor(() => {
    const found = document.getElementById(select.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('the select did not open');
    return found;
  });
  await user.click(within(list).getByRole('option', { name, hidden: true }));
}
