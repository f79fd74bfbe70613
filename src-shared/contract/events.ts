/** Pushed to every open window after a mutation, so cached queries can be refreshed. */
export type AppEvent = { type: 'customers/changed'; ids: number[] } | { type: 'settings/changed' };

export type AppEventType = AppEvent['type'];
