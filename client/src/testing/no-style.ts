// Stands in for the style sheets screens import (Vite bundles them; jsdom has no use for them).
export {};
