// The Mantine theme: calm blue, large enough targets for a shared tablet, AA contrast throughout.
import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above 4.5:1.
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Light badges of green, orange and teal fall below 4.5:1 at badge size; a coloured dot beside
    // dark text keeps the colour cue and stays readable. Vietnamese is never upper-cased.
    Badge: Badge.extend({
      defaultProps: { variant: 'dot', radius: 'sm', size: 'lg' },
      // Never shrink to an ellipsis inside a narrow table cell: the table scrolls instead.
      styles: {
        root: { maxWidth: 'none', flexShrink: 0 },
        label: {
          textTransform: 'none',
          fontWeight: 600,
          fontSize: 'var(--mantine-font-size-sm)',
          overflow: 'visible',
        },
      },
    }),
  },
});

// Mantine's default dimmed grey and error red are below 4.5:1 on white; darker shades pass.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // A file picker shows its placeholder as text, which must be readable (4.5:1).
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
