// The route table: every screen loads lazily from its feature folder, guarded by its permission.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Permission } from '@care/shared/permissions';
import { FullPageLoader } from '../components/full-page-loader';
import { NotFoundPage } from './layout/not-found-page';
import { RequireAuth } from './layout/require-auth';
import { RequirePermission } from './layout/require-permission';
import { RouteError } from './layout/route-error';
import { paths } from './paths';

/** Screens that need one permission sit under a guard that shows "not allowed" otherwise. */
function guarded(permission: Permission, children: RouteObject[]): RouteObject {
  return { element: <RequirePermission permission={permission} />, children };
}

export const routes: RouteObject[] = [
  {
    path: paths.login.path,
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteError,
    lazy: () =>
      import('../features/auth/components/login-page').then((m) => ({ Component: m.LoginPage })),
  },
  {
    element: <RequireAuth />,
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteError,
    children: [
      {
        // A failing screen shows its error inside the shell, so navigation stays usable.
        ErrorBoundary: RouteError,
        children: [
          guarded('dashboard.read', [
            {
              index: true,
              lazy: () =>
                import('../features/dashboard/components/dashboard-page').then((m) => ({
                  Component: m.DashboardPage,
                })),
            },
          ]),
          {
            path: paths.account.path,
            lazy: () =>
              import('../features/auth/components/account-page').then((m) => ({
                Component: m.AccountPage,
              })),
          },
          guarded('residents.list', [
            {
              path: paths.residents.path,
              lazy: () =>
                import('../features/residents/components/residents-page').then((m) => ({
                  Component: m.ResidentsPage,
                })),
            },
            {
              path: paths.residentsPrint.path,
              lazy: () =>
                import('../features/residents/components/residents-print-page').then((m) => ({
                  Component: m.ResidentsPrintPage,
                })),
            },
          ]),
          guarded('residents.admit', [
            {
              path: paths.residentNew.path,
              lazy: () =>
                import('../features/residents/components/admission-page').then((m) => ({
                  Component: m.AdmissionPage,
                })),
            },
          ]),
          guarded('residents.read', [
            {
              path: paths.resident.path,
              lazy: () =>
                import('../features/residents/components/resident-page').then((m) => ({
                  Component: m.ResidentPage,
                })),
            },
          ]),
          guarded('residents.care_summary', [
            {
              path: paths.residentSummary.path,
              lazy: () =>
                import('../features/residents/components/care-summary-page').then((m) => ({
                  Component: m.CareSummaryPage,
                })),
            },
          ]),
          guarded('notes.read', [
            {
              path: paths.shift.path,
              lazy: () =>
                import('../features/notes/components/shift-notes-page').then((m) => ({
                  Component: m.ShiftNotesPage,
                })),
            },
          ]),
          guarded('users.manage', [
            {
              path: paths.users.path,
              lazy: () =>
                import('../features/users/components/users-page').then((m) => ({
                  Component: m.UsersPage,
                })),
            },
          ]),
          guarded('audit.read', [
            {
              path: paths.audit.path,
              lazy: () =>
                import('../features/audit/components/audit-page').then((m) => ({
                  Component: m.AuditPage,
                })),
            },
          ]),
          guarded('rota.read', [
            {
              path: paths.rota.path,
              lazy: () =>
                import('../features/rota/components/rota-page').then((m) => ({
                  Component: m.RotaPage,
                })),
            },
            {
              path: paths.rotaPrint.path,
              lazy: () =>
                import('../features/rota/components/rota-print-page').then((m) => ({
                  Component: m.RotaPrintPage,
                })),
            },
            {
              path: paths.rotaTimesheets.path,
              lazy: () =>
                import('../features/timesheets/components/timesheets-page').then((m) => ({
                  Component: m.TimesheetsPage,
                })),
            },
          ]),
          guarded('rota.leave_request', [
            {
              path: paths.rotaLeave.path,
              lazy: () =>
                import('../features/rota/components/leave-page').then((m) => ({
                  Component: m.LeavePage,
                })),
            },
          ]),
          guarded('rota.swap', [
            {
              path: paths.rotaSwaps.path,
              lazy: () =>
                import('../features/rota/swaps/swaps-page').then((m) => ({
                  Component: m.SwapsPage,
                })),
            },
          ]),
          guarded('rota.plan', [
            {
              path: paths.rotaSettings.path,
              lazy: () =>
                import('../features/rota/components/rota-settings-page').then((m) => ({
                  Component: m.RotaSettingsPage,
                })),
            },
          ]),
          guarded('incidents.read', [
            {
              path: paths.incidents.path,
              lazy: () =>
                import('../features/incidents/components/incidents-page').then((m) => ({
                  Component: m.IncidentsPage,
                })),
            },
          ]),
          guarded('kitchen.read', [
            {
              path: paths.kitchen.path,
              lazy: () =>
                import('../features/kitchen/components/kitchen-layout').then((m) => ({
                  Component: m.KitchenLayout,
                })),
              children: [
                {
                  index: true,
                  lazy: () =>
                    import('../features/food-safety/components/kitchen-dashboard').then((m) => ({
                      Component: m.KitchenDashboard,
                    })),
                },
                {
                  path: paths.kitchenFoods.path,
                  lazy: () =>
                    import('../features/kitchen/components/foods-page').then((m) => ({
                      Component: m.FoodsPage,
                    })),
                },
                {
                  path: paths.kitchenRecipes.path,
                  lazy: () =>
                    import('../features/kitchen/components/recipes-page').then((m) => ({
                      Component: m.RecipesPage,
                    })),
                },
                {
                  path: paths.kitchenRecipe.path,
                  lazy: () =>
                    import('../features/kitchen/components/recipe-editor-page').then((m) => ({
                      Component: m.RecipeEditorPage,
                    })),
                },
                {
                  path: paths.kitchenDietGroups.path,
                  lazy: () =>
                    import('../features/kitchen/components/diet-groups-page').then((m) => ({
                      Component: m.DietGroupsPage,
                    })),
                },
                {
                  path: paths.kitchenResidents.path,
                  lazy: () =>
                    import('../features/kitchen/components/kitchen-residents-page').then((m) => ({
                      Component: m.KitchenResidentsPage,
                    })),
                },
                {
                  path: paths.kitchenFoodSafety.path,
                  lazy: () =>
                    import('../features/food-safety/components/food-safety-page').then((m) => ({
                      Component: m.FoodSafetyPage,
                    })),
                },
              ],
            },
          ]),
          guarded('kitchen.read', [
            {
              path: paths.menus.path,
              lazy: () =>
                import('../features/menus/components/menus-page').then((m) => ({
                  Component: m.MenusPage,
                })),
            },
            {
              path: paths.menusPrint.path,
              lazy: () =>
                import('../features/menus/components/menus-print-page').then((m) => ({
                  Component: m.MenusPrintPage,
                })),
            },
            {
              path: paths.foodSafetyPrint.path,
              lazy: () =>
                import('../features/food-safety/components/food-safety-print-page').then((m) => ({
                  Component: m.FoodSafetyPrintPage,
                })),
            },
          ]),
          guarded('duty.desk', [
            {
              path: paths.duty.path,
              lazy: () =>
                import('../features/duty/components/duty-desk-page').then((m) => ({
                  Component: m.DutyDeskPage,
                })),
            },
            {
              path: paths.dutyHandover.path,
              lazy: () =>
                import('../features/duty/components/handover-page').then((m) => ({
                  Component: m.HandoverPage,
                })),
            },
            {
              path: paths.dutyHandoverPrint.path,
              lazy: () =>
                import('../features/duty/components/handover-print-page').then((m) => ({
                  Component: m.HandoverPrintPage,
                })),
            },
            {
              path: paths.dutyBook.path,
              lazy: () =>
                import('../features/duty/components/handover-book-page').then((m) => ({
                  Component: m.HandoverBookPage,
                })),
            },
          ]),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

// Made on first render, so importing the table (component tests use it) starts no router.
let router: ReturnType<typeof createBrowserRouter> | undefined;

export function AppRouter() {
  router ??= createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
