// How serious an incident is: one colour per level (the theme's dot variant keeps the words dark).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentView } from '@care/shared/incidents';

const severityColour = {
  minor: 'gray',
  moderate: 'yellow',
  serious: 'orange',
  critical: 'red',
} as const;

export function SeverityBadge({ severity }: { severity: IncidentView['severity'] }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={severityColour[severity]}>
      {t(`incidents.severities.${severity}`)}
    </Badge>
  );
}
