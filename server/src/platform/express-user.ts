// The signed-in user that passport puts on `req.user`.
import type { Role } from '@care/shared/roles';
import type { Language } from '@care/shared/language';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the shape passport augments
  namespace Express {
    interface User {
      id: string;
      username: string;
      fullName: string;
      role: Role;
      language: Language;
      /** The account's session epoch when this session was opened. */
      epoch: number;
    }
  }
}

export {};
