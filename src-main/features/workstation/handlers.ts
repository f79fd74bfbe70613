import type { Workstation } from '../../../src-shared/domain/workstation/schemas';
import type { DomainHandlers } from '../../core/registry';
import type { AppConfigFile } from '../../store/app-config';

/** This PC's settings live in its data folder (vade-app.json), whichever company is open and wherever it is stored. */
export function workstationHandlers(config: AppConfigFile, account: string): DomainHandlers<'workstation'> {
  const read = (): Workstation => ({ personName: config.read().personName, account });
  return {
    'workstation/get': () => read(),
    'workstation/update': ({ personName }) => {
      config.update((c) => {
        c.personName = personName;
      });
      return read();
    },
  };
}
