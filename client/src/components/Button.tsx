// The one button of the app: primary (the step forward), plain, or quiet (a way out); busy while a call runs.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { AS_BUTTON, goHome } from './common';

export function Button({
  id,
  kind = 'plain',
  busy = false,
  className = '',
  onTap,
  children,
}: {
  id: string;
  kind?: 'primary' | 'plain' | 'quiet';
  busy?: boolean;
  className?: string;
  onTap: () => void;
  children: ReactNode;
}) {
  const classes = ['btn', kind === 'plain' ? '' : `btn--${kind}`, 'tap', busy ? 'btn--busy' : '', className];
  return (
    <View
      id={id}
      className={classes.filter(Boolean).join(' ')}
      {...AS_BUTTON}
      aria-disabled={busy}
      onClick={() => {
        if (!busy) onTap();
      }}
    >
      {children}
    </View>
  );
}

/** 回到首页: the way out at the foot of a result page. */
export function HomeButton() {
  return (
    <Button id="go-home" kind="quiet" onTap={goHome}>
      回到首页
    </Button>
  );
}
