// The kitchen's screens under one heading, one tab each (today's overview, the food-safety logs,
// foods, dishes, diet groups, residents).
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { PageHeader } from '../../../components/page-header';
import '../i18n/catalogues';

const tabs = [
  { value: paths.kitchen.path, label: 'kitchen.tabs.overview' },
  { value: paths.kitchenFoodSafety.path, label: 'kitchen.tabs.foodSafety' },
  { value: paths.kitchenFoods.path, label: 'kitchen.tabs.foods' },
  { value: paths.kitchenRecipes.path, label: 'kitchen.tabs.recipes' },
  { value: paths.kitchenDietGroups.path, label: 'kitchen.tabs.dietGroups' },
  { value: paths.kitchenResidents.path, label: 'kitchen.tabs.residents' },
] as const;

export function KitchenLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // The overview is the kitchen's own address; every other tab owns the addresses below it.
  const active =
    tabs.find((tab) => tab.value !== paths.kitchen.path && pathname.startsWith(tab.value))?.value ??
    tabs[0].value;
  return (
    <>
      <PageHeader title={t('kitchen.title')} description={t('kitchen.intro')} />
      <Tabs value={active} onChange={(value) => value && void navigate(value)} mb="md">
        <Tabs.List className="no-print">
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
