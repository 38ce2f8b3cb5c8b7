import type { ViewSnapshot } from '../../reader/view-reader';
import { type ContactLogRow, contactLogProjection } from './contact-log.projection';

/** Every contact logged in a project, by date. */
export function contactsOfProject(snapshot: ViewSnapshot, projectId: string): Promise<ContactLogRow[]> {
  return snapshot.rows(contactLogProjection, { where: { projectId }, orderBy: ['contactedOn', 'contactId'] });
}
