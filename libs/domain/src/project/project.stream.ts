export const projectStream = (projectId: string): string => `project-${projectId}`;
