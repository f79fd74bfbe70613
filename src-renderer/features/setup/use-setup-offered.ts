import { useState } from 'react';
import { useCompanies } from '../companies/queries';
import { useCompanyProfile } from '../company-profile/queries';
import { useSettings } from '../settings/queries';

/** The first-run setup is offered while the open company has no name, until the user skips or finishes it. */
function useSetupOffered(): boolean {
  const company = useCompanyProfile();
  const settings = useSettings();
  return company.data !== undefined && settings.data !== undefined && !company.data.title && !settings.data.setupDismissed;
}

/**
 * Whether the dashboard shows the setup. Once shown for a company it stays until closed: saving the company's name
 * in its first step must not make it vanish before the e-mail and data steps. Another company (the demo) starts over.
 */
export function useFirstRunSetup(): { open: boolean; close: () => void } {
  const offered = useSetupOffered();
  const company = useCompanies().data?.find((c) => c.current)?.id ?? null;
  const [openFor, setOpenFor] = useState<string | null>(null);
  // Derived during render (no effect): the first time it is offered for this company, it opens.
  if (offered && company !== null && openFor !== company) setOpenFor(company);
  return { open: openFor !== null && openFor === company, close: () => setOpenFor(null) };
}
