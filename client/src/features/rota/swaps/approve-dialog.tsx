// The manager's look before approving: the shifts changing hands and the rule checks on the rota
// as it would be after the swap (only what the swap adds). Approval waits while a hard rule
// would break or a shift changed since the request; rejecting asks for a reason.
import { Alert, Button, Group, Loader, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SwapView } from '@care/shared/rota-swaps';
import { errorMessage } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { QueryError } from '../../../components/query-error';
import { useSwapChange, useSwapCheck } from '../api/swaps';
import { violationText, type Lookup } from '../components/rota-text';
import { shiftText } from './swap-words';

// A light alert's coloured title is below 4.5:1: the words stay dark, the colour stays in the frame.
const darkTitle = { title: { color: 'var(--mantine-color-text)' } };

type Props = { swap: SwapView; lookup: Lookup; onClose: () => void; onReject: () => void };

export function ApproveDialog({ swap, lookup, onClose, onReject }: Props) {
  const { t } = useTranslation();
  const check = useSwapCheck(swap.id);
  const change = useSwapChange();
  const named: Lookup = { ...lookup, names: new Map(Object.entries(check.data?.names ?? {})) };
  const errors = check.data?.errors ?? [];
  const warnings = check.data?.warnings ?? [];
  const blocked = !check.data || errors.length > 0 || check.data.stale;
  const line = (v: (typeof errors)[number]) =>
    `${v.day.slice(8, 10)}/${v.day.slice(5, 7)} · ${v.staffId ? (named.names.get(v.staffId) ?? '—') : t('rota.violations.shift')} · ${t(`rota.ruleNames.${v.rule}`)}: ${violationText(t, v, named)}`;
  return (
    <AppModal onClose={onClose} title={t('rotaSwaps.approve.title')} size="lg">
      <Stack>
        <Text>
          <Text span fw={700}>
            {swap.target?.fullName}
          </Text>{' '}
          {t('rotaSwaps.approve.takes')} {shiftText(t, lookup, swap.entry)}{' '}
          {t('rotaSwaps.approve.from', { name: swap.requester.fullName })}
        </Text>
        {swap.targetEntry ? (
          <Text>
            <Text span fw={700}>
              {swap.requester.fullName}
            </Text>{' '}
            {t('rotaSwaps.approve.takes')} {shiftText(t, lookup, swap.targetEntry)}{' '}
            {t('rotaSwaps.approve.from', { name: swap.target?.fullName })}
          </Text>
        ) : null}
        <Title order={3} size="h5">
          {t('rotaSwaps.approve.checks')}
        </Title>
        {check.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
        {check.isError ? (
          <QueryError error={check.error} onRetry={() => void check.refetch()} />
        ) : null}
        {check.data?.stale ? (
          <Alert color="red" role="alert">
            {t('errors.swap_stale')}
          </Alert>
        ) : null}
        {check.data && errors.length === 0 && !check.data.stale ? (
          <Alert color="green" title={t('rotaSwaps.approve.passed')} styles={darkTitle}>
            {t('rotaSwaps.approve.passedBody')}
          </Alert>
        ) : null}
        {errors.length ? (
          <Alert
            color="red"
            title={t('rotaSwaps.approve.errors', { count: errors.length })}
            styles={darkTitle}
          >
            <List size="sm" data-testid="swap-errors">
              {errors.map((v, i) => (
                <List.Item key={i} data-rule={v.rule}>
                  {line(v)}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {warnings.length ? (
          <Alert
            color="orange"
            title={t('rotaSwaps.approve.warnings', { count: warnings.length })}
            styles={darkTitle}
          >
            <List size="sm">
              {warnings.map((v, i) => (
                <List.Item key={i} data-rule={v.rule}>
                  {line(v)}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {change.error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, change.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="default" c="red.9" onClick={onReject}>
            {t('rotaSwaps.do.reject')}
          </Button>
          <Button
            disabled={blocked}
            loading={change.isPending}
            onClick={() =>
              change.mutate(
                { kind: 'approve', id: swap.id, body: { version: swap.version } },
                { onSuccess: onClose },
              )
            }
          >
            {t('rotaSwaps.do.approve')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
