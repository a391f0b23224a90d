// Incidents: one document each, with its notifications and follow-up tasks embedded (they change
// together, under one version check). Read by resident, or the centre's open ones by status.
import mongoose, { Schema } from 'mongoose';
import type { z } from 'zod';
import type { incidentCreateSchema } from '@care/shared/incidents';

const incidentSchema = new Schema(
  {
    residentId: { type: String, required: true, index: true },
    residentName: { type: String, default: '' },
    type: String,
    severity: String,
    occurredAt: String,
    month: { type: String, index: true },
    place: String,
    description: String,
    peopleInvolved: String,
    immediateAction: String,
    notifications: { type: [{ party: String, name: String, at: String, _id: false }], default: [] },
    followUps: {
      type: [
        { id: String, task: String, ownerId: String, dueDate: String, doneOn: String, _id: false },
      ],
      default: [],
    },
    status: { type: String, default: 'open', index: true },
    outcome: { type: String, default: '' },
    reportedBy: { id: String, fullName: String },
    closedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type IncidentDoc = Omit<z.output<typeof incidentCreateSchema>, 'followUps'> & {
  _id: mongoose.Types.ObjectId;
  residentId: string;
  residentName: string;
  month: string;
  followUps: {
    id: string;
    task: string;
    ownerId: string;
    dueDate: string;
    doneOn: string | null;
  }[];
  status: 'open' | 'closed';
  outcome: string;
  reportedBy: { id: string; fullName: string };
  closedBy: { id: string; fullName: string } | null;
  version: number;
};
export const Incident = mongoose.model('Incident', incidentSchema, 'incidents');

export const auditedIncidentFields = [
  'type',
  'severity',
  'occurredAt',
  'place',
  'description',
  'peopleInvolved',
  'immediateAction',
  'notifications',
  'followUps',
  'status',
  'outcome',
] as const;
