// Allergy severity and growth flags as labels whose words carry the meaning (colour only helps).
import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GrowthFlag } from '@care/shared/growth';
import type { AllergySeverity } from '@care/shared/health-records';

const severityColors: Record<AllergySeverity, string> = {
  mild: 'yellow',
  moderate: 'orange',
  severe: 'red',
  life_threatening: 'red.9',
};

export function SeverityBadge({ severity }: { severity: AllergySeverity }) {
  const { t } = useTranslation();
  const danger = severity === 'life_threatening';
  return (
    <Badge
      color={severityColors[severity]}
      variant={danger ? 'filled' : 'dot'}
      leftSection={danger ? <IconAlertTriangle size={14} aria-hidden /> : undefined}
    >
      {t(`health.severity.${severity}`)}
    </Badge>
  );
}

const flagColors: Record<GrowthFlag, string> = {
  severe_underweight: 'red.9',
  severe_stunting: 'red.9',
  severe_wasting: 'red.9',
  underweight: 'orange',
  stunting: 'orange',
  wasting: 'orange',
  overweight: 'grape',
  obesity: 'grape',
  implausible: 'gray',
};

export function GrowthFlagBadge({ flag }: { flag: GrowthFlag }) {
  const { t } = useTranslation();
  const severe = flag.startsWith('severe_');
  return (
    <Badge color={flagColors[flag]} variant={severe ? 'filled' : 'dot'}>
      {t(`health.growth.flag.${flag}`)}
    </Badge>
  );
}
