// /api/timesheets: the centre's month (managers), one person's month, and the export links.
import { useQuery } from '@tanstack/react-query';
import type { StaffTimesheetView, TimesheetView } from '@care/shared/timesheets';
import { api } from '../../../app/api-client';

export const useTimesheets = (month: string, enabled: boolean) =>
  useQuery({
    queryKey: ['timesheets', month],
    queryFn: ({ signal }) =>
      api<TimesheetView>(`/timesheets?month=${encodeURIComponent(month)}`, { signal }),
    enabled,
  });

export const useStaffTimesheet = (month: string, staffId: string | null) =>
  useQuery({
    queryKey: ['timesheets', month, 'staff', staffId],
    queryFn: ({ signal }) =>
      api<StaffTimesheetView>(
        `/timesheets/staff/${encodeURIComponent(staffId!)}?month=${encodeURIComponent(month)}`,
        { signal },
      ),
    enabled: !!staffId,
  });

export const timesheetExportHref = (month: string, format: 'xlsx' | 'csv') =>
  `/api/timesheets/export.${format}?month=${encodeURIComponent(month)}`;
