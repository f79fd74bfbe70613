import type { Customer } from '../../../../src-shared/domain/customers/types';
import { formatMoney } from '../../../../src-shared/money/format';
import { FieldList } from '../../../components/field-list';
import { MultilineText } from '../../../components/multiline-text';
import { SectionCard } from '../../../components/section-card';
import { TagList } from '../../../components/tag-list';
import { useI18n } from '../../../i18n/i18n-context';

/** Which identifier a tax id is, by its length: companies have a VKN, people a TCKN. */
const taxIdKind = (taxId: string): string => (taxId.length === 11 ? 'TCKN' : 'VKN');

export function IdentitySection({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('customers.section.identity')} testId="section-identity">
      <FieldList
        fields={[
          { label: t('customers.legalName'), value: customer.title },
          { label: t('customers.code'), value: customer.code },
          { label: t('customers.kind'), value: t(`customers.kind.${customer.kind}`) },
          {
            label: t('customers.taxId'),
            value: customer.taxId && `${customer.taxId} (${taxIdKind(customer.taxId)})`,
            testId: 'customer-taxId',
          },
          { label: t('customers.taxOffice'), value: customer.taxOffice },
        ]}
      />
    </SectionCard>
  );
}

export function ContactDetailsSection({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('customers.section.contact')} testId="section-contact">
      <FieldList
        fields={[
          { label: t('customers.address'), value: customer.address && <MultilineText>{customer.address}</MultilineText> },
          { label: t('customers.city'), value: customer.city, testId: 'customer-city' },
          { label: t('customers.phone'), value: customer.phone },
          { label: t('customers.email'), value: customer.email },
        ]}
      />
    </SectionCard>
  );
}

export function TermsSection({ customer }: { customer: Customer }) {
  const { t, language } = useI18n();
  const limit = customer.creditLimit;
  return (
    <SectionCard title={t('customers.section.terms')} testId="section-terms">
      <FieldList
        fields={[
          { label: t('customers.paymentTermsDays'), value: t('customers.paymentTermsValue', { days: customer.paymentTermsDays }) },
          {
            label: t('customers.creditLimit'),
            value: limit ? formatMoney(limit.amount, limit.currency, language) : t('customers.creditLimitNone'),
            testId: 'customer-creditLimit',
          },
          { label: t('customers.tags'), value: customer.tags.length > 0 && <TagList tags={customer.tags} /> },
          { label: t('customers.notes'), value: customer.notes && <MultilineText>{customer.notes}</MultilineText> },
        ]}
      />
    </SectionCard>
  );
}
