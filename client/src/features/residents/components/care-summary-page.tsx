// /residents/:id/summary: the care summary with the quick note form, for the duty desk tablet.
import { Anchor, Button, Grid, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ResidentNotesTab } from '../../notes/components/resident-notes-tab';
import { useCareSummary } from '../api/get-care-summary';
import { CareSummaryCard } from './care-summary-card';

export function CareSummaryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const summary = useCareSummary(id);
  const canReadNotes = useCan('notes.read');
  const canWrite = useCan('notes.write');
  const canList = useCan('residents.list');
  if (summary.isPending) return <Skeleton h={400} role="status" aria-label={t('common.loading')} />;
  if (summary.isError)
    return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('careSummary.title')}
        actions={
          canList ? (
            <Button
              variant="default"
              component={Link}
              to={paths.residents.href()}
              leftSection={<IconArrowLeft size={18} aria-hidden />}
            >
              {t('residents.backToList')}
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CareSummaryCard summary={summary.data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {canReadNotes ? (
            <ResidentNotesTab residentId={id} canWrite={canWrite} />
          ) : (
            <Stack>
              <Anchor component={Link} to={paths.home.href()}>
                {t('nav.dashboard')}
              </Anchor>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
