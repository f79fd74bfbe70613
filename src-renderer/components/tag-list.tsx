import { Badge, Group } from '@mantine/core';

interface TagListProps {
  tags: string[];
  size?: 'xs' | 'sm';
  /** Shown before "+n" in tight places (list rows); all of them elsewhere. */
  max?: number;
}

export function TagList({ tags, size = 'sm', max }: TagListProps) {
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <Group gap={4} wrap={max === undefined ? 'wrap' : 'nowrap'}>
      {shown.map((tag) => (
        <Badge key={tag} size={size} variant="light" color="gray" tt="none" fw={500}>
          {tag}
        </Badge>
      ))}
      {hidden > 0 && (
        <Badge size={size} variant="transparent" color="gray" tt="none">
          +{hidden}
        </Badge>
      )}
    </Group>
  );
}
