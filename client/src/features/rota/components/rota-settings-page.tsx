// /rota/settings: the rota's setup for managers, one tab each (the tab is kept in the address).
import '../i18n/catalogues';
import { Button, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { PageHeader } from '../../../components/page-header';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { DutySettings } from '../../duty/components/duty-settings';
import { CoverageSettings } from './settings-coverage';
import { HolidaySettings } from './settings-holidays';
import { LimitSettings } from './settings-limits';
import { StaffSettings } from './settings-staff';
import { UnitsSettings } from './settings-units';

const tabs = ['units', 'holidays', 'coverage', 'profiles', 'limits', 'duty'] as const;

export function RotaSettingsPage() {
  const { t } = useTranslation();
  const [params, update] = useUrlFilters();
  const tab = tabs.find((x) => x === params.get('tab')) ?? 'units';
  return (
    <>
      <PageHeader
        title={t('rota.settings.title')}
        description={t('rota.settings.intro')}
        actions={
          <Button variant="default" component={Link} to={paths.rota.href()}>
            {t('rota.backToPlanner')}
          </Button>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => update({ tab: v === 'units' ? null : v })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`rota.settings.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="units">
          <UnitsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="holidays">
          <HolidaySettings />
        </Tabs.Panel>
        <Tabs.Panel value="coverage">
          <CoverageSettings />
        </Tabs.Panel>
        <Tabs.Panel value="profiles">
          <StaffSettings />
        </Tabs.Panel>
        <Tabs.Panel value="limits">
          <LimitSettings />
        </Tabs.Panel>
        <Tabs.Panel value="duty">
          <DutySettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
