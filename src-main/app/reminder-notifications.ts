import { Notification } from 'electron';
import type { Backend } from '../backend';
import type { Settings } from '../../src-shared/domain/settings/schemas';
import { translate } from '../../src-shared/i18n/translate';

/**
 * A desktop notification when a reminder run leaves work for a person (approvals waiting, tasks for today);
 * emails that simply went to the queue need nobody. Clicking it brings the window forward.
 */
export function notifyReminders(backend: Backend, onClick: () => void): () => void {
  return backend.events.subscribe((event) => {
    if (event.type !== 'reminders/produced' || event.approvals + event.tasks === 0 || !Notification.isSupported()) return;
    void backend.dispatch('settings/get', {}).then((result) => {
      const language = result.ok ? (result.value as Settings).language : 'tr';
      const notification = new Notification({
        title: translate(language, 'reminders.notify.title'),
        body: translate(language, 'reminders.notify.body', {
          emails: event.emails,
          approvals: event.approvals,
          tasks: event.tasks,
        }),
      });
      notification.on('click', onClick);
      notification.show();
    });
  });
}
