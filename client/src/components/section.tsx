// A titled part of a screen: a framed <section> named for assistive technology by its heading.
import type { CSSProperties, ReactNode } from 'react';
import { Group, Paper, Title, type MantineSpacing } from '@mantine/core';

type Props = {
  /** The heading, and the section's accessible name. */
  title: string;
  /** Name the section without showing a heading. */
  hideTitle?: boolean;
  /** Before the heading, e.g. a warning sign (decorative). */
  icon?: ReactNode;
  /** The space below the heading. */
  titleGap?: MantineSpacing;
  mb?: MantineSpacing;
  style?: CSSProperties;
  children: ReactNode;
};

export function Section({ title, hideTitle, icon, titleGap = 'sm', mb, style, children }: Props) {
  const heading = (
    <Title order={2} size="h4" mb={icon ? undefined : titleGap}>
      {title}
    </Title>
  );
  return (
    <Paper withBorder p="md" mb={mb} component="section" aria-label={title} style={style}>
      {hideTitle ? null : icon ? (
        <Group gap="xs" mb={titleGap}>
          {icon}
          {heading}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Paper>
  );
}
