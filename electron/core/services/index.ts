// The handler map: one handler per contract method (a missing one is a compile error).
import type { HandlerMap } from '../handlers';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { noticeDraftHandlers } from './notice-drafts';
import { noticeHandlers } from './notices';
import { patientHandlers } from './patients';
import { practiceHandlers } from './practice';
import { userHandlers } from './users';
import { workstationHandlers } from './workstation';

export const handlers: HandlerMap = {
  ...appHandlers,
  ...authHandlers,
  ...userHandlers,
  ...practiceHandlers,
  ...auditHandlers,
  ...patientHandlers,
  ...noticeHandlers,
  ...noticeDraftHandlers,
  ...workstationHandlers,
};
