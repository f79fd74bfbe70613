import { expect, test } from './fixtures';
import { CalendarPage } from './pages/calendar-page';
import { ShellPage } from './pages/shell-page';

test('the calendar marks weekends and holidays, with the holiday name in the cell and on hover', async ({ page, app }) => {
  await app.call('holidays/add', { date: '2027-05-12', name: 'Şirket envanter günü', kind: 'company' });
  const calendar = new CalendarPage(page);
  await new ShellPage(page).open(app.url);
  await calendar.open({ day: '2027-05-10' });

  // 16 May 2027 (Sunday): Kurban Bayramı, seeded; 15 May a Saturday; 12 May the company's own closure.
  const bayram = calendar.day('2027-05-16');
  await expect(bayram).toHaveAttribute('data-holiday', 'public');
  await expect(bayram.getByTestId('calendar-holiday')).toHaveText('Kurban Bayramı 1. gün');
  await expect(bayram).toHaveAttribute('title', 'Kurban Bayramı 1. gün · Resmî tatil');
  await expect(calendar.day('2027-05-15')).toHaveAttribute('data-weekend', 'true');
  await expect(calendar.day('2027-05-14')).not.toHaveAttribute('data-weekend', 'true');
  await expect(calendar.day('2027-05-12').getByTestId('calendar-holiday')).toHaveText('Şirket envanter günü');
  await expect(calendar.day('2027-05-11')).not.toHaveAttribute('data-holiday', /.+/);

  if (process.env.VADE_SHOTS) await page.screenshot({ path: `${process.env.VADE_SHOTS}/calendar-holidays-tr.png` });
  await calendar.setView('week');
  await expect(calendar.day('2027-05-12').getByTestId('calendar-holiday')).toHaveText('Şirket envanter günü');
  await expect(calendar.day('2027-05-15')).toHaveAttribute('data-weekend', 'true');
  await expect(calendar.day('2027-05-16').getByTestId('calendar-holiday')).toHaveText('Kurban Bayramı 1. gün');
});
