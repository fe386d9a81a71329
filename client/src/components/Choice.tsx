// The tappable answers every screen uses: a full-width choice (one of several, with an optional hint) and a
// chip (one of many that can be on at once).
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON } from './common';

export function Choice({
  id,
  label,
  hint,
  on,
  className = '',
  onPick,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  on: boolean;
  className?: string;
  onPick: () => void;
}) {
  return (
    <View id={id} className={`choice tap${on ? ' choice--on' : ''} ${className}`} {...AS_BUTTON} onClick={onPick}>
      {hint ? (
        <View className="choice__body">
          <Text className="choice__label">{label}</Text>
          <Text className="choice__hint">{hint}</Text>
        </View>
      ) : (
        <Text className="choice__label">{label}</Text>
      )}
    </View>
  );
}

export function Chip({ id, label, on, onToggle }: { id: string; label: string; on: boolean; onToggle: () => void }) {
  return (
    <View
      id={id}
      className={`chip tap${on ? ' chip--on' : ''}`}
      data-on={on ? 'true' : 'false'}
      {...AS_BUTTON}
      onClick={onToggle}
    >
      {on ? '✓ ' : ''}
      {label}
    </View>
  );
}
