import {
  can,
  navigation,
  navigationFor,
  permissions,
  permissionsOf,
  rolesWith,
} from './permissions';
import { roles } from './roles';

describe('the permission table', () => {
  it('gives account management and the audit trail to the admin only', () => {
    for (const role of roles) {
      expect(can(role, 'users.manage')).toBe(role === 'admin');
      expect(can(role, 'audit.read')).toBe(role === 'admin');
    }
  });

  it('lets every caring role list residents but only managers, social workers and nurses open a full record', () => {
    expect(roles.filter((r) => can(r, 'residents.list'))).toEqual([
      'manager',
      'social_worker',
      'nurse',
      'carer',
    ]);
    expect(roles.filter((r) => can(r, 'residents.read'))).toEqual([
      'manager',
      'social_worker',
      'nurse',
    ]);
  });

  it('keeps resident data from the kitchen and the administrator', () => {
    expect(can('kitchen', 'residents.list')).toBe(false);
    expect(can('admin', 'residents.read')).toBe(false);
  });

  it('names only known permissions and gives every role the dashboard', () => {
    for (const role of roles) {
      for (const p of permissionsOf(role)) expect(permissions).toContain(p);
      expect(can(role, 'dashboard.read')).toBe(true);
    }
  });
});

describe('care plan permissions', () => {
  it('lets managers, social workers and nurses read, the first two write, managers alone approve', () => {
    expect(roles.filter((r) => can(r, 'care_plans.read'))).toEqual([
      'manager',
      'social_worker',
      'nurse',
    ]);
    expect(roles.filter((r) => can(r, 'care_plans.write'))).toEqual(['manager', 'social_worker']);
    expect(roles.filter((r) => can(r, 'care_plans.approve'))).toEqual(['manager']);
  });
});

describe('navigationFor', () => {
  it('shows each role exactly the entries its permissions allow', () => {
    expect(navigationFor('admin').map((e) => e.id)).toEqual(['dashboard', 'users', 'audit']);
    expect(navigationFor('nurse').map((e) => e.id)).toEqual([
      'dashboard',
      'duty',
      'residents',
      'shift',
      'incidents',
      'rota',
      'kitchen',
      'menus',
    ]);
    expect(navigationFor('carer').map((e) => e.id)).toEqual([
      'dashboard',
      'duty',
      'residents',
      'shift',
      'incidents',
      'rota',
      'kitchen',
      'menus',
    ]);
    expect(navigationFor('kitchen').map((e) => e.id)).toEqual([
      'dashboard',
      'duty',
      'rota',
      'kitchen',
      'menus',
    ]);
  });

  it('has a unique id and label key per entry', () => {
    expect(new Set(navigation.map((e) => e.id)).size).toBe(navigation.length);
    expect(new Set(navigation.map((e) => e.labelKey)).size).toBe(navigation.length);
  });
});

describe('health records', () => {
  it('lets managers, social workers and nurses read health data, and managers and nurses edit it', () => {
    expect(roles.filter((r) => can(r, 'health.read'))).toEqual([
      'manager',
      'social_worker',
      'nurse',
    ]);
    expect(roles.filter((r) => can(r, 'health.write'))).toEqual(['manager', 'nurse']);
  });
});

describe('case records by role', () => {
  it('keeps case notes, incidents and family records from the kitchen, and legal papers from carers', () => {
    for (const p of ['notes.read', 'incidents.read', 'family.read', 'documents.read'] as const)
      expect(can('kitchen', p)).toBe(false);
    expect(can('kitchen', 'residents.care_summary')).toBe(true);
    expect(can('carer', 'residents.legal')).toBe(false);
    expect(roles.filter((r) => can(r, 'incidents.close'))).toEqual(['manager']);
  });
});

describe('rota permissions', () => {
  it('lets every duty role read published rotas and ask for leave; managers plan and approve', () => {
    const duty = ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'];
    expect(roles.filter((r) => can(r, 'rota.read'))).toEqual(duty);
    expect(roles.filter((r) => can(r, 'rota.leave_request'))).toEqual(duty);
    expect(roles.filter((r) => can(r, 'rota.plan'))).toEqual(['manager']);
    expect(roles.filter((r) => can(r, 'rota.leave_approve'))).toEqual(['manager']);
  });
});

describe('kitchen', () => {
  it('lets every duty role read the kitchen, and only the kitchen and managers change it', () => {
    expect(rolesWith('kitchen.read')).toEqual([
      'manager',
      'social_worker',
      'nurse',
      'carer',
      'kitchen',
    ]);
    expect(rolesWith('kitchen.write')).toEqual(['manager', 'kitchen']);
  });
});

describe('duty desk permissions', () => {
  it('lets every duty role use the desk and the handover book; managers see flags and override', () => {
    const duty = ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'];
    expect(roles.filter((r) => can(r, 'duty.desk'))).toEqual(duty);
    expect(roles.filter((r) => can(r, 'duty.manage'))).toEqual(['manager']);
  });
});
