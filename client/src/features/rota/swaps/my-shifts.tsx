// Beside the published rota: the viewer's own shifts still to come this month, each with
// "offer / swap" (or the request already open for it), and a link to the requests waiting.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryView, MonthView } from '@care/shared/rota';
import { paths } from '../../../app/paths';
import { useCurrentUser } from '../../../app/session';
import { useSwaps } from '../api/swaps';
import type { Lookup } from '../components/rota-text';
import { SwapDialog } from './swap-dialog';
import { shiftText } from './swap-words';

/** The next few shifts; the rest of the month one click away, so the grid stays in view. */
const shown = 5;

export function MyShifts({ month, lookup }: { month: MonthView; lookup: Lookup }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const swaps = useSwaps({});
  const [open, setOpen] = useState<EntryView | null>(null);
  const [sent, setSent] = useState(false);
  const [all, setAll] = useState(false);
  const [now] = useState(() => Date.now());
  const mine = month.entries
    .filter((e) => e.staffId === me.id && Date.parse(e.start) > now)
    .sort((a, b) => a.start.localeCompare(b.start));
  const asked = new Map(
    (swaps.data?.data ?? [])
      .filter((s) => s.requester.id === me.id)
      .map((s) => [s.entry.id, s.status]),
  );
  const waiting = (swaps.data?.data ?? []).filter(
    (s) =>
      (s.status === 'proposed' && s.target?.id === me.id) ||
      (s.status === 'offered' && s.requester.id !== me.id),
  ).length;
  if (month.state !== 'published') return null;
  return (
    <Paper withBorder p="sm" mt="md" component="section" aria-labelledby="my-shifts-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="my-shifts-title">
          {t('rotaSwaps.mine.title')}
        </Title>
        <Button
          variant="default"
          component={Link}
          to={paths.rotaSwaps.href()}
          leftSection={<IconArrowsExchange size={18} aria-hidden />}
        >
          {waiting ? t('rotaSwaps.mine.waiting', { count: waiting }) : t('rotaSwaps.mine.requests')}
        </Button>
      </Group>
      {sent ? (
        <Text c="green.9" role="status" mb="xs">
          {t('rotaSwaps.mine.sent')}
        </Text>
      ) : null}
      {mine.length === 0 ? (
        <Text c="dimmed">{t('rotaSwaps.mine.empty')}</Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {(all ? mine : mine.slice(0, shown)).map((e) => {
            const status = asked.get(e.id);
            return (
              <Group
                key={e.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                gap="sm"
                data-entry={e.id}
              >
                <Text size="sm">{shiftText(t, lookup, e)}</Text>
                {status ? (
                  <Badge variant="dot" color="orange.9">
                    {t(`rotaSwaps.statuses.${status}`)}
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      setSent(false);
                      setOpen(e);
                    }}
                    aria-label={`${t('rotaSwaps.mine.offer')}: ${shiftText(t, lookup, e)}`}
                  >
                    {t('rotaSwaps.mine.offer')}
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
      {mine.length > shown ? (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll((a) => !a)}>
          {all ? t('rotaSwaps.mine.fewer') : t('rotaSwaps.mine.all', { count: mine.length })}
        </Button>
      ) : null}
      {open ? (
        <SwapDialog
          entry={open}
          month={month}
          me={me.id}
          lookup={lookup}
          onClose={() => setOpen(null)}
          onSent={() => {
            setOpen(null);
            setSent(true);
          }}
        />
      ) : null}
    </Paper>
  );
}
