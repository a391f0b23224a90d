// Staff accounts, with what sign-in needs: password hash, lockout counters, session epoch.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { raisesRevision } from '../platform/revisions';
import { languages } from '@care/shared/language';
import { roles } from '@care/shared/roles';

const userSchema = new Schema(
  {
    username: { type: String, required: true, unique: true },
    fullName: { type: String, required: true },
    // Folded full name: sorts Vietnamese names as people expect (no collation on the database).
    sortName: { type: String, required: true },
    role: { type: String, enum: roles, required: true, index: true },
    passwordHash: { type: String, required: true },
    active: { type: Boolean, default: true },
    language: { type: String, enum: languages, default: 'vi' },
    version: { type: Number, default: 0 },
    failedLoginCount: { type: Number, default: 0 },
    lockedUntil: { type: Date, default: null },
    lastFailedAt: { type: Date, default: null },
    // Bumped when a password is reset or the account is deactivated: older sessions stop working.
    sessionEpoch: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: mongoose.Types.ObjectId };
userSchema.plugin(raisesRevision('users'));
export const User = mongoose.model('User', userSchema, 'users');

/** Fields the audit trail follows (never the password hash). */
export const auditedUserFields = ['username', 'fullName', 'role', 'active', 'language'] as const;
