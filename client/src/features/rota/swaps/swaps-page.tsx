// /rota/swaps: shift swaps and cover. Staff answer what waits for them (a swap naming them, open
// offers anyone qualified may take) and follow their own requests; managers approve accepted
// ones after the rule checks, or reject with a reason. A month's requests are kept as history.
import '../i18n/catalogues';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay } from '@care/shared/dates';
import { addMonths } from '@care/shared/rota';
import type { SwapView } from '@care/shared/rota-swaps';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useSwaps, type SwapAction } from '../api/swaps';
import { formatMonth } from '../components/rota-text';
import { useRotaLookup } from '../components/use-rota-lookup';
import { ApproveDialog } from './approve-dialog';
import { SwapStepDialog } from './swap-step-dialog';
import { SwapTable } from './swap-table';

type Step = { swap: SwapView; action: Exclude<SwapAction, 'approve'> | 'approve' };

export function SwapsPage() {
  const { t } = useTranslation();
  const approver = useCan('rota.swap_approve');
  const me = useCurrentUser();
  const [view, setView] = useState<'open' | 'month'>('open');
  const [month, setMonth] = useState(centreDay().slice(0, 7));
  const swaps = useSwaps(view === 'open' ? {} : { month });
  const { lookup } = useRotaLookup(undefined, month.slice(0, 4));
  const [step, setStep] = useState<Step | null>(null);
  const all = swaps.data?.data ?? [];
  const button = (swap: SwapView, action: Step['action'], danger = false) => (
    <Button
      key={action}
      size="xs"
      variant={danger ? 'default' : 'filled'}
      c={danger ? 'red.9' : undefined}
      mr={4}
      onClick={() => setStep({ swap, action })}
    >
      {t(action === 'approve' ? 'rotaSwaps.do.check' : `rotaSwaps.do.${action}`)}
    </Button>
  );
  const forMe = all.filter(
    (s) =>
      (s.status === 'proposed' && s.target?.id === me.id) ||
      (s.status === 'offered' && s.requester.id !== me.id),
  );
  const mine = all.filter((s) => s.requester.id === me.id);
  const toApprove = all.filter((s) => s.status === 'accepted' || s.status === 'applying');
  const others = all.filter(
    (s) =>
      (s.status === 'offered' || s.status === 'proposed') &&
      !forMe.includes(s) &&
      s.requester.id !== me.id,
  );
  return (
    <>
      <PageHeader
        title={t('rotaSwaps.title')}
        description={t(approver ? 'rotaSwaps.introApprover' : 'rotaSwaps.intro')}
        actions={
          <Button variant="default" component={Link} to={paths.rota.href()}>
            {t('rota.backToPlanner')}
          </Button>
        }
      />
      <Group mb="md">
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v === 'month' ? 'month' : 'open')}
          data={[
            { value: 'open', label: t('rotaSwaps.views.open') },
            { value: 'month', label: t('rotaSwaps.views.month') },
          ]}
        />
        {view === 'month' ? (
          <Group gap="xs">
            <Button
              variant="default"
              aria-label={t('rota.previous')}
              onClick={() => setMonth(addMonths(month, -1))}
            >
              <IconChevronLeft size={18} aria-hidden />
            </Button>
            <Text fw={700} miw={120} ta="center" aria-live="polite">
              {t('rota.monthLabel', { month: formatMonth(month) })}
            </Text>
            <Button
              variant="default"
              aria-label={t('rota.next')}
              onClick={() => setMonth(addMonths(month, 1))}
            >
              <IconChevronRight size={18} aria-hidden />
            </Button>
          </Group>
        ) : null}
      </Group>
      {swaps.isError ? (
        <QueryError error={swaps.error} onRetry={() => void swaps.refetch()} />
      ) : null}
      {swaps.data && view === 'open' ? (
        <Stack>
          {approver ? (
            <SwapTable
              title={t('rotaSwaps.sections.toApprove')}
              empty={t('rotaSwaps.empty.toApprove')}
              swaps={toApprove}
              lookup={lookup}
              actions={(s) => [button(s, 'approve'), button(s, 'reject', true)]}
            />
          ) : null}
          <SwapTable
            title={t('rotaSwaps.sections.forMe')}
            empty={t('rotaSwaps.empty.forMe')}
            swaps={forMe}
            lookup={lookup}
            actions={(s) => [
              button(s, 'accept'),
              s.kind === 'swap' ? button(s, 'decline', true) : null,
              approver ? button(s, 'reject', true) : null,
            ]}
          />
          <SwapTable
            title={t('rotaSwaps.sections.mine')}
            empty={t('rotaSwaps.empty.mine')}
            swaps={mine}
            lookup={lookup}
            actions={(s) => button(s, 'withdraw', true)}
          />
          {approver ? (
            <SwapTable
              title={t('rotaSwaps.sections.others')}
              empty={t('rotaSwaps.empty.others')}
              swaps={others}
              lookup={lookup}
              actions={(s) => button(s, 'reject', true)}
            />
          ) : null}
        </Stack>
      ) : null}
      {swaps.data && view === 'month' ? (
        <SwapTable
          title={t('rotaSwaps.sections.month', { month: formatMonth(month) })}
          empty={t('rotaSwaps.empty.month')}
          swaps={all}
          lookup={lookup}
        />
      ) : null}
      {step?.action === 'approve' ? (
        <ApproveDialog
          swap={step.swap}
          lookup={lookup}
          onClose={() => setStep(null)}
          onReject={() => setStep({ swap: step.swap, action: 'reject' })}
        />
      ) : step ? (
        <SwapStepDialog
          swap={step.swap}
          action={step.action}
          lookup={lookup}
          onClose={() => setStep(null)}
        />
      ) : null}
    </>
  );
}
