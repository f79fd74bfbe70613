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
    <SectionCard title={t('customer.section.identity')} testId="section-identity">
      <FieldList
        fields={[
          { label: t('customer.title'), value: customer.title },
          { label: t('customer.code'), value: customer.code },
          { label: t('customer.kind'), value: t(`customer.kind.${customer.kind}`) },
          {
            label: t('customer.taxId'),
            value: customer.taxId && `${customer.taxId} (${taxIdKind(customer.taxId)})`,
            testId: 'customer-taxId',
          },
          { label: t('customer.taxOffice'), value: customer.taxOffice },
        ]}
      />
    </SectionCard>
  );
}

export function ContactDetailsSection({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('customer.section.contact')} testId="section-contact">
      <FieldList
        fields={[
          { label: t('customer.address'), value: customer.address && <MultilineText>{customer.address}</MultilineText> },
          { label: t('customer.city'), value: customer.city, testId: 'customer-city' },
          { label: t('customer.phone'), value: customer.phone },
          { label: t('customer.email'), value: customer.email },
        ]}
      />
    </SectionCard>
  );
}

export function TermsSection({ customer }: { customer: Customer }) {
  const { t, language } = useI18n();
  const limit = customer.creditLimit;
  return (
    <SectionCard title={t('customer.section.terms')} testId="section-terms">
      <FieldList
        fields={[
          { label: t('customer.paymentTermsDays'), value: t('customer.paymentTermsValue', { days: customer.paymentTermsDays }) },
          {
            label: t('customer.creditLimit'),
            value: limit ? formatMoney(limit.amount, limit.currency, language) : t('customer.creditLimitNone'),
            testId: 'customer-creditLimit',
          },
          { label: t('customer.tags'), value: customer.tags.length > 0 && <TagList tags={customer.tags} /> },
          { label: t('customer.notes'), value: customer.notes && <MultilineText>{customer.notes}</MultilineText> },
        ]}
      />
    </SectionCard>
  );
}
