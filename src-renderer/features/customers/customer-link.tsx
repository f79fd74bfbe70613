import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCustomer } from './queries';

/** A link to a customer's card, shown as its code and title (loaded from the cache or the backend). */
export function CustomerLink({ id, testId }: { id: number; testId?: string }) {
  const customer = useCustomer(id);
  return (
    <Anchor component={Link} to={`/customers/${id}`} size="sm" data-testid={testId}>
      {customer.data ? (
        <>
          <Text span ff="monospace" size="xs" c="dimmed" mr={6}>
            {customer.data.code}
          </Text>
          {customer.data.title}
        </>
      ) : (
        '…'
      )}
    </Anchor>
  );
}
