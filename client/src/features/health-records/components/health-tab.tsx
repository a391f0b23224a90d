// A resident's health, as a tab of the resident record: the profile (allergies, conditions,
// medications, vaccinations), measurements with their charts, and growth for children.
import '../i18n/catalogues';
import { Skeleton, Stack } from '@mantine/core';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useGrowth } from '../api/get-growth';
import { useHealthProfile } from '../api/get-health-profile';
import { GrowthSection } from './growth-section';
import { MeasurementsSection } from './measurements-section';
import { ProfileSections } from './profile-sections';

function HealthRecord({ residentId }: { residentId: string }) {
  const canEdit = useCan('health.write');
  const profile = useHealthProfile(residentId);
  const growth = useGrowth(residentId);
  // A length may be measured lying or standing for anyone not known to be an adult.
  const child = !(growth.data?.available === false && growth.data.reason === 'over_19');
  return (
    <Stack gap="lg" mt="lg">
      {profile.isPending ? (
        <Skeleton h={240} />
      ) : profile.isError ? (
        <QueryError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileSections residentId={residentId} profile={profile.data} canEdit={canEdit} />
      )}
      <MeasurementsSection residentId={residentId} canEdit={canEdit} child={child} />
      <GrowthSection residentId={residentId} />
    </Stack>
  );
}

export function HealthTab({ residentId }: { residentId: string }) {
  const canRead = useCan('health.read');
  return canRead ? <HealthRecord residentId={residentId} /> : null;
}
