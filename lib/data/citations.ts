// Every source a role's facts cite, once each, in first-cited order.
import type { Role } from './schema';

export function citedSourceIds(role: Role): string[] {
  const ids = [
    ...role.salary.figures.flatMap((figure) => (figure.occupationSourceId ? [figure.sourceId, figure.occupationSourceId] : [figure.sourceId])),
    role.experience.sourceId,
    ...role.experience.alternatives.map((alternative) => alternative.sourceId),
    ...role.education.map((item) => item.sourceId),
    ...role.certifications.map((item) => item.sourceId),
    role.duties.sourceId,
    ...role.relatedRoles.map((related) => related.sourceId),
  ];
  return [...new Set(ids)];
}
