// The WHO growth chart: the child's points over the −3, −2, 0, +2, +3 SD lines, weight-for-age or
// length/height-for-age. Loaded lazily with the chart library.
import { useState } from 'react';
import { SegmentedControl, Stack, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chartSds } from '@care/shared/growth';
import type { GrowthView } from '@care/shared/health-records';
import { useNumberFormat } from './number-format';

type View = Extract<GrowthView, { available: true }>;
const charts = ['weightForAge', 'heightForAge'] as const;
type Chart = (typeof charts)[number];

export function GrowthChart({ view }: { view: View }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const { number, z } = useNumberFormat();
  const present = charts.filter((c) => view.curves[c].length > 0);
  const [chosen, setChosen] = useState<Chart>('weightForAge');
  const chart = present.includes(chosen) ? chosen : (present[0] ?? 'heightForAge');
  const curve = view.curves[chart];
  const value = chart === 'weightForAge' ? 'weightKg' : 'heightCm';
  const child = view.points
    .filter((p) => p[value] !== null && p.z[chart] !== null)
    .map((p) => ({ ageMonths: p.ageMonths, y: p[value], z: p.z[chart] }));
  // Whole months on the axis, every 3, 6 or 12 months as the span grows.
  const first = curve[0]?.ageMonths ?? 0;
  const last = curve[curve.length - 1]?.ageMonths ?? 0;
  const step = last - first <= 24 ? 3 : last - first <= 72 ? 6 : 12;
  const ticks = Array.from(
    { length: Math.floor(last / step) - Math.ceil(first / step) + 1 },
    (_, i) => (Math.ceil(first / step) + i) * step,
  );
  const sdColor: Record<(typeof chartSds)[number], string> = {
    [-3]: theme.colors.red[8],
    [-2]: theme.colors.orange[7],
    0: theme.colors.green[8],
    2: theme.colors.orange[7],
    3: theme.colors.red[8],
  };
  const sdName = (sd: number) =>
    sd === 0
      ? t('health.growth.median')
      : t('health.growth.sd', { sd: sd > 0 ? `+${sd}` : `−${-sd}` });

  return (
    <Stack gap="sm">
      {present.length > 1 ? (
        <SegmentedControl
          aria-label={t('health.chart.choose')}
          data={present.map((c) => ({ value: c, label: t(`health.growth.indicators.${c}`) }))}
          value={chart}
          onChange={(v) => setChosen(v as Chart)}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <figure
        aria-label={t('health.growth.figureLabel', {
          what: t(`health.growth.indicators.${chart}`),
        })}
        style={{ margin: 0, width: '100%', height: 360 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
            <CartesianGrid stroke={theme.colors.gray[3]} strokeDasharray="3 3" />
            <XAxis
              dataKey="ageMonths"
              type="number"
              domain={[first, last]}
              ticks={ticks}
              allowDuplicatedCategory={false}
              label={{ value: t('health.growth.ageAxis'), position: 'insideBottom', offset: -8 }}
            />
            <YAxis
              domain={['auto', 'auto']}
              width={48}
              tickFormatter={(v: number) => number(v)}
              label={{
                value: chart === 'weightForAge' ? 'kg' : 'cm',
                angle: -90,
                position: 'insideLeft',
              }}
            />
            <Tooltip
              labelFormatter={(m) => t('health.growth.atMonths', { months: number(Number(m)) })}
              formatter={(v, _name, item) => {
                const zs = (item.payload as { z?: number }).z;
                return zs === undefined ? number(Number(v)) : `${number(Number(v))} (z ${z(zs)})`;
              }}
            />
            <Legend verticalAlign="top" />
            {chartSds.map((sd) => (
              <Line
                key={sd}
                data={curve.map((p) => ({ ageMonths: p.ageMonths, y: p.sd[sd] }))}
                dataKey="y"
                name={sdName(sd)}
                stroke={sdColor[sd]}
                strokeWidth={sd === 0 ? 2 : 1.5}
                strokeDasharray={Math.abs(sd) === 3 ? '6 4' : undefined}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                legendType="plainline"
              />
            ))}
            <Line
              data={child}
              dataKey="y"
              name={t('health.growth.child')}
              stroke={theme.colors.blue[9]}
              strokeWidth={2.5}
              dot={{ r: 4, fill: theme.colors.blue[9] }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </Stack>
  );
}
