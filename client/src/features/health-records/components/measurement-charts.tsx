// Measurements over time, one chart at a time (weight, blood pressure, temperature, pulse).
// Loaded lazily: recharts is only downloaded when a resident's health tab shows a chart.
import { useState } from 'react';
import { SegmentedControl, Stack, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDateTime, formatDay, centreDay } from '@care/shared/dates';
import type { MeasurementView } from '@care/shared/health-records';
import { useNumberFormat } from './number-format';

const kinds = ['weight', 'bloodPressure', 'temperature', 'pulse'] as const;
type Kind = (typeof kinds)[number];

const series: Record<Kind, { key: keyof MeasurementView; labelKey: string }[]> = {
  weight: [{ key: 'weightKg', labelKey: 'health.measurement.weightKg' }],
  bloodPressure: [
    { key: 'systolic', labelKey: 'health.measurement.systolic' },
    { key: 'diastolic', labelKey: 'health.measurement.diastolic' },
  ],
  temperature: [{ key: 'temperatureC', labelKey: 'health.measurement.temperatureC' }],
  pulse: [{ key: 'pulse', labelKey: 'health.measurement.pulse' }],
};

// Lines staff know from paper charts: fever from 37.5 °C, high blood pressure from 140/90.
const references: Partial<Record<Kind, number[]>> = {
  temperature: [37.5],
  bloodPressure: [140, 90],
};

// Axes wide enough that a normal wobble (±0.5 kg, ±0.3 °C) does not look like a swing.
type Bound = (value: number) => number;
const domains: Record<Kind, [Bound, Bound]> = {
  weight: [(min) => Math.max(0, Math.floor(min * 0.9)), (max) => Math.ceil(max * 1.1)],
  bloodPressure: [(min) => Math.min(40, Math.floor(min)), (max) => Math.max(180, Math.ceil(max))],
  temperature: [(min) => Math.min(35, Math.floor(min)), (max) => Math.max(40, Math.ceil(max))],
  pulse: [(min) => Math.min(40, Math.floor(min)), (max) => Math.max(140, Math.ceil(max))],
};

export function MeasurementCharts({ measurements }: { measurements: MeasurementView[] }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const { number } = useNumberFormat();
  const present = kinds.filter((kind) =>
    measurements.some((m) => series[kind].some((s) => m[s.key] !== null)),
  );
  const [chosen, setChosen] = useState<Kind>(present[0] ?? 'weight');
  const kind = present.includes(chosen) ? chosen : (present[0] ?? 'weight');
  const lines = series[kind];
  const colors = [theme.colors.blue[8], theme.colors.teal[8]];
  const data = measurements
    .filter((m) => lines.some((s) => m[s.key] !== null))
    .map((m) => ({ ...m, time: Date.parse(m.at) }))
    .sort((a, b) => a.time - b.time);
  const day = (time: number) => formatDay(centreDay(new Date(time)));

  return (
    <Stack gap="sm">
      {present.length > 1 ? (
        <SegmentedControl
          aria-label={t('health.chart.choose')}
          data={present.map((k) => ({ value: k, label: t(`health.chart.${k}`) }))}
          value={kind}
          onChange={(value) => setChosen(value as Kind)}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <figure
        aria-label={t('health.chart.figureLabel', { what: t(`health.chart.${kind}`) })}
        style={{ margin: 0, width: '100%', height: 300 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke={theme.colors.gray[3]} strokeDasharray="3 3" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={day}
              minTickGap={24}
            />
            <YAxis domain={domains[kind]} width={48} tickFormatter={(v: number) => number(v)} />
            <Tooltip
              labelFormatter={(time) => formatDateTime(new Date(Number(time)))}
              formatter={(value) => number(Number(value))}
            />
            <Legend />
            {(references[kind] ?? []).map((y) => (
              <ReferenceLine key={y} y={y} stroke={theme.colors.red[7]} strokeDasharray="4 4" />
            ))}
            {lines.map((s, i) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={t(s.labelKey)}
                stroke={colors[i]}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </Stack>
  );
}
